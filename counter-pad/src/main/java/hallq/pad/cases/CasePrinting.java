package hallq.pad.cases;

import hallq.hardware.printer.CaseSlip;
import hallq.hardware.printer.PrinterException;
import hallq.hardware.printer.TicketPrinter;
import hallq.hardware.printer.escpos.CaseSlipEscPosEncoder;
import hallq.pad.clerk.Notice;
import hallq.pad.clerk.PadModel;
import hallq.pad.clerk.PadState;
import hallq.protocol.CaseView;
import hallq.protocol.ClerkRef;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the slip of every case this window opens (issue 18) on the window's printer. The slip is made on the model
 * thread from what the pad knows then; the printing, which blocks on the device, on a thread of its own. A printer
 * that fails tells the clerk in words (the case is open all the same: the citizen can be given its number) and the
 * hall manager by a {@code report}.
 */
public final class CasePrinting implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CasePrinting.class);

    private final PadModel model;
    private final TicketPrinter printer;
    private final CaseSlipEscPosEncoder encoder;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pad-case-printer");
        t.setDaemon(true);
        return t;
    });

    private CasePrinting(PadModel model, TicketPrinter printer) {
        this.model = model;
        this.printer = printer;
        this.encoder = new CaseSlipEscPosEncoder(printer.paperWidth(), false);
    }

    /** Prints every case {@code model} opens from now on. */
    public static CasePrinting attach(PadModel model, TicketPrinter printer) {
        CasePrinting p = new CasePrinting(model, printer);
        model.onCaseOpened(p::opened);
        return p;
    }

    private void opened(CaseView c) {
        PadState s = model.state();
        if (s.setup() == null || c.key() == null) {
            return;
        }
        ClerkRef clerk = s.counter() == null ? null : s.counter().clerk();
        model.fetchMatters().thenAccept(matters -> {
            CaseSlip slip = CaseSlips.of(c, s.setup(), clerk, matters, model.publicBase());
            byte[] job = encoder.encode(slip);
            worker.execute(() -> print(slip, job));
        });
    }

    private void print(CaseSlip slip, byte[] job) {
        String name = (slip.kind() == CaseSlip.Kind.NOTICE ? "notice-" : "receipt-") + slip.caseId();
        try {
            printer.printDocument(name, job);
        } catch (PrinterException e) {
            log.warn("{} not printed: {}", name, e.getMessage());
            model.modelThread().execute(() -> {
                model.tell(Notice.warning("notice.slipNotPrinted", slip.caseId(), e.fault().messageZh()));
                model.report("PRINTER_" + e.fault().name(), name + " not printed");
            });
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
