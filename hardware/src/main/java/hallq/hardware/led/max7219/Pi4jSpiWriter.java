package hallq.hardware.led.max7219;

import com.pi4j.context.Context;
import com.pi4j.io.spi.Spi;
import com.pi4j.io.spi.SpiBus;
import com.pi4j.io.spi.SpiChipSelect;
import com.pi4j.io.spi.SpiConfig;
import com.pi4j.io.spi.SpiMode;

/** SPI through Pi4J (linuxfs-spi on a Pi, mock-spi in tests). MAX7219 wants mode 0, MSB first. */
public final class Pi4jSpiWriter implements SpiWriter {

    private final Context pi4j;
    private final Spi spi;

    public Pi4jSpiWriter(Context pi4j, Spi spi) {
        this.pi4j = pi4j;
        this.spi = spi;
    }

    public static Pi4jSpiWriter open(Context pi4j, String id, int bus, int chipSelect, int baud, String providerId) {
        SpiConfig config = Spi.newConfigBuilder(pi4j)
                .id(id)
                .name(id)
                .bus(SpiBus.getByNumber(bus))
                .chipSelect(SpiChipSelect.getByNumber(chipSelect))
                .mode(SpiMode.MODE_0)
                .baud(baud)
                .provider(providerId)
                .build();
        return new Pi4jSpiWriter(pi4j, pi4j.create(config));
    }

    public Spi spi() {
        return spi;
    }

    @Override
    public synchronized void write(byte[] transaction) {
        spi.write(transaction);
    }

    @Override
    public void close() {
        if (!pi4j.isShutdown()) {
            pi4j.shutdown(spi.id());
        }
    }
}
