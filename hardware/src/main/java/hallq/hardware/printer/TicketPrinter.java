package hallq.hardware.printer;

/** The kiosk's ticket printer. Calls block on I/O: call from a worker thread, not the UI thread. */
public interface TicketPrinter extends AutoCloseable {

    /**
     * Prints and cuts one ticket. Where the link can read, asks the printer first and refuses with
     * the printer's fault (paper out, cover open, offline, …) instead of printing into the void.
     */
    void print(TicketSlip ticket) throws PrinterException;

    /**
     * Cases2 (issue 18): prints and cuts a document already laid out as ESC/POS (a window's 收件通知单), after the
     * same status check as a ticket; {@code name} says what it is in logs and file names.
     */
    default void printDocument(String name, byte[] escPos) throws PrinterException {
        throw new PrinterException(PrinterFault.PRINTER_ERROR, name + " not printed: this printer takes tickets only");
    }

    /** Asks the printer how it is; {@link PrinterStatus#UNKNOWN} on a write-only link. */
    PrinterStatus status() throws PrinterException;

    PaperWidth paperWidth();

    @Override
    void close();
}
