package hallq.hardware.config;

/**
 * A lamp (LED or relay) on one GPIO pin.
 *
 * @param pin       BCM pin number
 * @param activeLow true for relay boards that switch on a low level (default false)
 */
public record LampConfig(Integer pin, Boolean activeLow) {
    public LampConfig {
        if (pin == null) {
            throw new IllegalArgumentException("lamp needs a pin");
        }
        activeLow = activeLow == null ? Boolean.FALSE : activeLow;
    }
}
