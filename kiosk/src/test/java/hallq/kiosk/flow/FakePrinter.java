package hallq.kiosk.flow;

import hallq.hardware.printer.PaperWidth;
import hallq.hardware.printer.PrinterException;
import hallq.hardware.printer.PrinterFault;
import hallq.hardware.printer.PrinterStatus;
import hallq.hardware.printer.TicketPrinter;
import hallq.hardware.printer.TicketSlip;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A printer that keeps the slips, or refuses with a fault the test sets. */
public final class FakePrinter implements TicketPrinter {
    public final List<TicketSlip> printed = new ArrayList<>();
    public PrinterFault fault;

    @Override
    public void print(TicketSlip ticket) throws PrinterException {
        if (fault != null) {
            throw new PrinterException(fault, "fake printer reports " + fault);
        }
        printed.add(ticket);
    }

    @Override
    public PrinterStatus status() {
        return fault == null ? PrinterStatus.READY : new PrinterStatus(true, Set.of(fault), false);
    }

    @Override
    public PaperWidth paperWidth() {
        return PaperWidth.MM_80;
    }

    @Override
    public void close() {
    }
}
