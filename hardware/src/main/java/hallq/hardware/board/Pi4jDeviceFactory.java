package hallq.hardware.board;

import com.pi4j.context.Context;
import hallq.hardware.config.ButtonConfig;
import hallq.hardware.config.GpioConfig;
import hallq.hardware.config.LampConfig;
import hallq.hardware.config.LedStripConfig;
import hallq.hardware.config.PrinterConfig;
import hallq.hardware.gpio.InputLine;
import hallq.hardware.gpio.OutputLine;
import hallq.hardware.gpio.Pi4jInputLine;
import hallq.hardware.gpio.Pi4jOutputLine;
import hallq.hardware.led.LedDisplay;
import hallq.hardware.led.max7219.Max7219Display;
import hallq.hardware.led.max7219.Max7219Frames;
import hallq.hardware.led.max7219.ModuleOrientation;
import hallq.hardware.led.max7219.Pi4jSpiWriter;
import hallq.hardware.printer.EscPosTicketPrinter;
import hallq.hardware.printer.PaperWidth;
import hallq.hardware.printer.SimulatedTicketPrinter;
import hallq.hardware.printer.TicketPrinter;
import hallq.hardware.printer.link.DeviceFilePrinterLink;
import hallq.hardware.printer.link.SerialPortSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;

/** Real devices: GPIO and SPI through Pi4J, the printer through its device file. */
final class Pi4jDeviceFactory implements DeviceFactory {

    private static final Logger log = LoggerFactory.getLogger(Pi4jDeviceFactory.class);

    private final Context pi4j;
    private final GpioConfig gpio;
    private final boolean ownsContext;

    Pi4jDeviceFactory(Context pi4j, GpioConfig gpio, boolean ownsContext) {
        this.pi4j = pi4j;
        this.gpio = gpio;
        this.ownsContext = ownsContext;
    }

    @Override
    public InputLine input(String name, ButtonConfig config) {
        return pi4jCall("button " + name + " on pin " + config.pin() + " via " + gpio.inputProviderId(),
                () -> Pi4jInputLine.create(pi4j, name, config.pin(), config.activeLow(), gpio.inputProviderId()));
    }

    @Override
    public OutputLine output(String name, LampConfig config) {
        return pi4jCall("lamp " + name + " on pin " + config.pin() + " via " + gpio.outputProviderId(),
                () -> new Pi4jOutputLine(pi4j, name, config.pin(), config.activeLow(), gpio.outputProviderId()));
    }

    @Override
    public TicketPrinter printer(PrinterConfig config) {
        PaperWidth paper = PaperWidth.ofMillimetres(config.paperWidthMm());
        boolean rasterQr = config.qr().equals("raster");
        if (config.link().equals("simulated")) {
            return new SimulatedTicketPrinter(config.outputFolderPath(), paper, rasterQr);
        }
        Path device = Path.of(config.device());
        if (config.link().equals("serial")) {
            try {
                SerialPortSetup.configure(device, config.baud());
            } catch (IOException e) {
                // The port may already be set up (e.g. by a udev rule); writing will tell.
                log.warn("Could not set up serial port {} at {} baud: {}", device, config.baud(), e.getMessage());
            }
        }
        DeviceFilePrinterLink link = new DeviceFilePrinterLink(device, config.readStatus() ? device : null);
        log.info("Printer {} on {} ({} mm, status {})", config.model(), device, config.paperWidthMm(),
                config.readStatus() ? "read" : "not read");
        return new EscPosTicketPrinter(link, paper, rasterQr, config.readStatus(), config.statusTimeout());
    }

    @Override
    public LedDisplay ledDisplay(String id, LedStripConfig config) {
        Max7219Frames frames = new Max7219Frames(config.modulesWide(), config.modulesHigh(),
                Max7219Frames.ChainStart.parse(config.chainStartsAt()), ModuleOrientation.parse(config.orientation()));
        Pi4jSpiWriter spi = pi4jCall(id + " on SPI " + config.spiBus() + "." + config.chipSelect() + " via "
                        + config.spiProviderId(),
                () -> Pi4jSpiWriter.open(pi4j, id, config.spiBus(), config.chipSelect(), config.baud(),
                        config.spiProviderId()));
        return new Max7219Display(spi, frames, config.brightness());
    }

    /** Turns Pi4J's exceptions into one line that names the device, its pin and the provider. */
    private static <T> T pi4jCall(String what, java.util.function.Supplier<T> create) {
        try {
            return create.get();
        } catch (RuntimeException e) {
            throw new HardwareException("Cannot set up " + what + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean simulated() {
        return false;
    }

    @Override
    public void close() {
        if (ownsContext && !pi4j.isShutdown()) {
            pi4j.shutdown();
        }
    }
}
