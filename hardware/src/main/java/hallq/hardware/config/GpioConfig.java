package hallq.hardware.config;

/**
 * @param provider Pi4J provider family for digital pins: {@code gpiod} (default), {@code linuxfs},
 *                 {@code pigpio}, or {@code mock} in tests. The Pi4J provider ids are derived from it
 *                 ({@code gpiod-digital-input}, {@code gpiod-digital-output}).
 */
public record GpioConfig(String provider) {
    public GpioConfig {
        provider = provider == null || provider.isBlank() ? "gpiod" : provider.trim();
    }

    public String inputProviderId() {
        return provider + "-digital-input";
    }

    public String outputProviderId() {
        return provider + "-digital-output";
    }
}
