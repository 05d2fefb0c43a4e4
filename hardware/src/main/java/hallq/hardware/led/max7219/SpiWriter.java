package hallq.hardware.led.max7219;

/** One SPI transaction: chip select held for the whole array. */
@FunctionalInterface
public interface SpiWriter extends AutoCloseable {

    void write(byte[] transaction);

    @Override
    default void close() {
    }
}
