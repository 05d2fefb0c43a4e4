package hallq.hardware.printer;

import hallq.hardware.printer.escpos.EscPosStatus;
import hallq.hardware.printer.escpos.TicketEscPosEncoder;
import hallq.hardware.printer.link.PrinterLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;

/** A real ESC/POS thermal printer behind a {@link PrinterLink}. */
public final class EscPosTicketPrinter implements TicketPrinter {

    private static final Logger log = LoggerFactory.getLogger(EscPosTicketPrinter.class);

    private final PrinterLink link;
    private final PaperWidth paper;
    private final TicketEscPosEncoder encoder;
    private final boolean readStatus;
    private final Duration statusTimeout;

    /**
     * @param readStatus    query DLE EOT before each ticket (only where the link can read)
     * @param statusTimeout wait per status byte
     */
    public EscPosTicketPrinter(PrinterLink link, PaperWidth paper, boolean rasterQr, boolean readStatus,
                               Duration statusTimeout) {
        this.link = link;
        this.paper = paper;
        this.encoder = new TicketEscPosEncoder(paper, rasterQr);
        this.readStatus = readStatus && link.canRead();
        this.statusTimeout = statusTimeout;
    }

    @Override
    public synchronized void print(TicketSlip ticket) throws PrinterException {
        PrinterStatus status = status();
        if (!status.isReady()) {
            throw new PrinterException(status.mainFault(), "ticket " + ticket.number() + " not printed on "
                    + link.describe() + ", printer reports " + status.faults());
        }
        if (status.paperNearEnd()) {
            log.warn("Printer {} paper is nearly out", link.describe());
        }
        byte[] job = encoder.encode(ticket);
        try {
            link.write(job);
        } catch (IOException e) {
            throw new PrinterException(PrinterFault.LINK_FAILED, "writing ticket " + ticket.number() + " to "
                    + link.describe() + " failed: " + e.getMessage(), e);
        }
        log.info("Printed ticket {} ({} bytes) on {}", ticket.number(), job.length, link.describe());
    }

    @Override
    public synchronized void printDocument(String name, byte[] escPos) throws PrinterException {
        PrinterStatus status = status();
        if (!status.isReady()) {
            throw new PrinterException(status.mainFault(), name + " not printed on " + link.describe()
                    + ", printer reports " + status.faults());
        }
        try {
            link.write(escPos);
        } catch (IOException e) {
            throw new PrinterException(PrinterFault.LINK_FAILED, "writing " + name + " to " + link.describe()
                    + " failed: " + e.getMessage(), e);
        }
        log.info("Printed {} ({} bytes) on {}", name, escPos.length, link.describe());
    }

    @Override
    public synchronized PrinterStatus status() throws PrinterException {
        if (!readStatus) {
            return PrinterStatus.UNKNOWN;
        }
        try {
            link.discardInput();
            int printer = ask(EscPosStatus.PRINTER);
            if (printer < 0) {
                throw new PrinterException(PrinterFault.NOT_RESPONDING, "no status answer from " + link.describe()
                        + " within " + statusTimeout.toMillis() + " ms");
            }
            int offlineCause = ask(EscPosStatus.OFFLINE_CAUSE);
            int paperSensor = ask(EscPosStatus.PAPER);
            return EscPosStatus.interpret(printer, offlineCause, paperSensor);
        } catch (IOException e) {
            throw new PrinterException(PrinterFault.LINK_FAILED, "status query on " + link.describe()
                    + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrinterException(PrinterFault.NOT_RESPONDING, "interrupted while waiting for the printer", e);
        }
    }

    /** Sends DLE EOT n and returns the answer byte, skipping bytes that cannot be an answer; -1 on timeout. */
    private int ask(int n) throws IOException, InterruptedException {
        link.write(EscPosStatus.query(n));
        long deadline = System.nanoTime() + statusTimeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return -1;
            }
            int b = link.read(Duration.ofNanos(left));
            if (b < 0 || EscPosStatus.isStatusByte(b)) {
                return b;
            }
        }
    }

    @Override
    public PaperWidth paperWidth() {
        return paper;
    }

    @Override
    public void close() {
        link.close();
    }
}
