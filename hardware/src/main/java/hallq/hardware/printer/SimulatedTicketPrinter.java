package hallq.hardware.printer;

import hallq.hardware.printer.escpos.TicketEscPosEncoder;
import hallq.hardware.printer.preview.EscPosDecoder;
import hallq.hardware.printer.preview.PrintPreviewRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;

/**
 * A desktop stand-in for the ticket printer: each ticket becomes the exact ESC/POS bytes a real
 * printer would get ({@code .bin}) and a picture of the printout ({@code .png}) drawn from those bytes.
 */
public final class SimulatedTicketPrinter implements TicketPrinter {

    private static final Logger log = LoggerFactory.getLogger(SimulatedTicketPrinter.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The files written for one ticket. */
    public record Output(Path escPos, Path png) {
    }

    private final Path folder;
    private final PaperWidth paper;
    private final TicketEscPosEncoder encoder;
    private final Set<PrinterFault> faults = EnumSet.noneOf(PrinterFault.class);
    private Output lastOutput;

    public SimulatedTicketPrinter(Path folder, PaperWidth paper, boolean rasterQr) {
        this.folder = folder;
        this.paper = paper;
        this.encoder = new TicketEscPosEncoder(paper, rasterQr);
    }

    /** Makes the printer report a fault (e.g. paper out) until cleared with {@link #clearFaults()}; for trying out kiosk error screens. */
    public synchronized void simulateFault(PrinterFault fault) {
        faults.add(fault);
        log.info("[sim] printer now reports {}", faults);
    }

    public synchronized void clearFaults() {
        faults.clear();
    }

    @Override
    public synchronized void print(TicketSlip ticket) throws PrinterException {
        PrinterStatus status = status();
        if (!status.isReady()) {
            throw new PrinterException(status.mainFault(), "simulated printer reports " + status.faults());
        }
        byte[] job = encoder.encode(ticket);
        String base = STAMP.format(ticket.issuedAt()) + "-" + ticket.number().replaceAll("[^A-Za-z0-9_-]", "_");
        Path bin = folder.resolve(base + ".bin");
        Path png = folder.resolve(base + ".png");
        try {
            Files.createDirectories(folder);
            Files.write(bin, job);
            ImageIO.write(new PrintPreviewRenderer(paper.dots()).render(EscPosDecoder.decode(job)), "png", png.toFile());
        } catch (IOException e) {
            throw new PrinterException(PrinterFault.LINK_FAILED, "cannot write ticket files to " + folder, e);
        }
        lastOutput = new Output(bin, png);
        log.info("[sim] printed ticket {} -> {}", ticket.number(), png);
    }

    @Override
    public synchronized void printDocument(String name, byte[] escPos) throws PrinterException {
        PrinterStatus status = status();
        if (!status.isReady()) {
            throw new PrinterException(status.mainFault(), "simulated printer reports " + status.faults());
        }
        String base = STAMP.format(java.time.LocalDateTime.now()) + "-" + name.replaceAll("[^A-Za-z0-9_-]", "_");
        Path bin = folder.resolve(base + ".bin");
        Path png = folder.resolve(base + ".png");
        try {
            Files.createDirectories(folder);
            Files.write(bin, escPos);
            ImageIO.write(new PrintPreviewRenderer(paper.dots()).render(EscPosDecoder.decode(escPos)), "png",
                    png.toFile());
        } catch (IOException e) {
            throw new PrinterException(PrinterFault.LINK_FAILED, "cannot write " + name + " to " + folder, e);
        }
        lastOutput = new Output(bin, png);
        log.info("[sim] printed {} -> {}", name, png);
    }

    public synchronized Output lastOutput() {
        return lastOutput;
    }

    @Override
    public synchronized PrinterStatus status() {
        return new PrinterStatus(true, faults, false);
    }

    @Override
    public PaperWidth paperWidth() {
        return paper;
    }

    @Override
    public void close() {
    }
}
