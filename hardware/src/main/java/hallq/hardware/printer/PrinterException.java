package hallq.hardware.printer;

/** A ticket could not be printed; {@link #fault()} says why. */
public class PrinterException extends Exception {

    private final PrinterFault fault;

    public PrinterException(PrinterFault fault, String detail) {
        super(fault + ": " + detail);
        this.fault = fault;
    }

    public PrinterException(PrinterFault fault, String detail, Throwable cause) {
        super(fault + ": " + detail, cause);
        this.fault = fault;
    }

    public PrinterFault fault() {
        return fault;
    }
}
