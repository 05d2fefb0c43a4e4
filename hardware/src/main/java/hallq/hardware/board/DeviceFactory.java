package hallq.hardware.board;

import hallq.hardware.config.ButtonConfig;
import hallq.hardware.config.LampConfig;
import hallq.hardware.config.LedStripConfig;
import hallq.hardware.config.PrinterConfig;
import hallq.hardware.gpio.InputLine;
import hallq.hardware.gpio.OutputLine;
import hallq.hardware.led.LedDisplay;
import hallq.hardware.printer.TicketPrinter;

/** Makes the lowest-level devices, real or simulated; {@link NodeHardware} builds the rest on top. */
interface DeviceFactory extends AutoCloseable {

    InputLine input(String name, ButtonConfig config);

    OutputLine output(String name, LampConfig config);

    TicketPrinter printer(PrinterConfig config);

    /** @param id a name unique on this node (the Pi4J device id) */
    LedDisplay ledDisplay(String id, LedStripConfig config);

    boolean simulated();

    @Override
    void close();
}
