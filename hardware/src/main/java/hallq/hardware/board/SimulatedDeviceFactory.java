package hallq.hardware.board;

import hallq.hardware.config.ButtonConfig;
import hallq.hardware.config.LampConfig;
import hallq.hardware.config.LedStripConfig;
import hallq.hardware.config.PrinterConfig;
import hallq.hardware.gpio.InputLine;
import hallq.hardware.gpio.OutputLine;
import hallq.hardware.gpio.SimulatedInputLine;
import hallq.hardware.gpio.SimulatedOutputLine;
import hallq.hardware.led.LedDisplay;
import hallq.hardware.led.SimulatedLedDisplay;
import hallq.hardware.printer.PaperWidth;
import hallq.hardware.printer.SimulatedTicketPrinter;
import hallq.hardware.printer.TicketPrinter;

/** Devices for desktops: keys pressed through simulate hooks, lamps and sign in the log, tickets as files. */
final class SimulatedDeviceFactory implements DeviceFactory {

    @Override
    public InputLine input(String name, ButtonConfig config) {
        return new SimulatedInputLine(name);
    }

    @Override
    public OutputLine output(String name, LampConfig config) {
        return new SimulatedOutputLine(name);
    }

    @Override
    public TicketPrinter printer(PrinterConfig config) {
        return new SimulatedTicketPrinter(config.outputFolderPath(), PaperWidth.ofMillimetres(config.paperWidthMm()),
                config.qr().equals("raster"));
    }

    @Override
    public LedDisplay ledDisplay(String id, LedStripConfig config) {
        return new SimulatedLedDisplay(config.modulesWide() * 8, config.modulesHigh() * 8);
    }

    @Override
    public boolean simulated() {
        return true;
    }

    @Override
    public void close() {
    }
}
