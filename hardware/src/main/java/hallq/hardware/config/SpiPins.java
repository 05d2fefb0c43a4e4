package hallq.hardware.config;

/**
 * The BCM pins of a Raspberry Pi SPI bus: MOSI, MISO and SCLK for the bus, one pin per chip select. SPI0 is
 * {@code dtparam=spi=on}; SPI1 is {@code dtoverlay=spi1-3cs}.
 */
record SpiPins(int[] busPins, int[] chipSelects) {
    private static final SpiPins SPI0 = new SpiPins(new int[] {10, 9, 11}, new int[] {8, 7});
    private static final SpiPins SPI1 = new SpiPins(new int[] {20, 19, 21}, new int[] {18, 17, 16});

    /** The pins of bus 0 or 1; null for the other buses, whose pins this file does not know. */
    static SpiPins of(int bus) {
        return switch (bus) {
            case 0 -> SPI0;
            case 1 -> SPI1;
            default -> null;
        };
    }
}
