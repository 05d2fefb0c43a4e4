package hallq.hardware.printer;

/** The kiosk's ticket printer. Calls block on I/O: call from a worker thread, not the UI thread. */
public interface TicketPrinter extends AutoCloseable {

    /**
     * Prints and cuts one ticket. Where the link can read, asks the printer first and refuses with
     * the printer's fault (paper out, cover open, offline, …) instead of printing into the void.
     */
    void print(TicketSlip ticket) throws PrinterException;

    /** Asks the printer how it is; {@link PrinterStatus#UNKNOWN} on a write-only link. */
    PrinterStatus status() throws PrinterException;

    PaperWidth paperWidth();

    @Override
    void close();
}
