package hallq.hardware.printer;

import hallq.hardware.printer.link.DeviceFilePrinterLink;
import hallq.hardware.printer.preview.EscPosDecoder;
import hallq.hardware.printer.preview.PrintedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The device-file link against a printer emulated behind two named pipes (to the printer, from the
 * printer), which behave like a character device: blocking reads, no end of file while open.
 */
@EnabledOnOs(OS.LINUX)
class DeviceFilePrinterLinkTest {

    /** Reads what the link sends, answers DLE EOT like a printer, and keeps everything it was sent. */
    private static final class FifoPrinter implements Runnable {
        final Path toPrinter;
        final Path fromPrinter;
        final PrinterEmulator emulator;
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        final CompletableFuture<Void> done = new CompletableFuture<>();

        FifoPrinter(Path toPrinter, Path fromPrinter, PrinterEmulator emulator) {
            this.toPrinter = toPrinter;
            this.fromPrinter = fromPrinter;
            this.emulator = emulator;
        }

        @Override
        public void run() {
            try (InputStream in = Files.newInputStream(toPrinter)) {
                OutputStream out = null;
                byte[] buffer = new byte[4096];
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    byte[] chunk = java.util.Arrays.copyOf(buffer, n);
                    synchronized (received) {
                        received.writeBytes(chunk);
                    }
                    byte[] answer = emulator.apply(chunk);
                    if (answer.length > 0) {
                        if (out == null) {
                            out = Files.newOutputStream(fromPrinter); // opens once the link listens
                        }
                        out.write(answer);
                        out.flush();
                    }
                }
                if (out != null) {
                    out.close();
                }
                done.complete(null);
            } catch (IOException e) {
                done.completeExceptionally(e);
            }
        }

        byte[] received() {
            synchronized (received) {
                return received.toByteArray();
            }
        }
    }

    private static Path fifo(Path dir, String name) throws Exception {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertThat(mk.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(mk.exitValue()).isZero();
        return p;
    }

    @Test
    void printsThroughTheDeviceAndReadsItsStatus(@TempDir Path dir) throws Exception {
        Path toPrinter = fifo(dir, "lp0-out");
        Path fromPrinter = fifo(dir, "lp0-in");
        PrinterEmulator emulator = new PrinterEmulator(PrinterEmulator.State.READY);
        FifoPrinter device = new FifoPrinter(toPrinter, fromPrinter, emulator);
        Thread deviceThread = new Thread(device, "fifo-printer");
        deviceThread.setDaemon(true);
        deviceThread.start();

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            DeviceFilePrinterLink link = new DeviceFilePrinterLink(toPrinter, fromPrinter);
            EscPosTicketPrinter printer = new EscPosTicketPrinter(link, PaperWidth.MM_80, false, true,
                    Duration.ofSeconds(2));
            try {
                printer.print(Tickets.a007());

                emulator.state(PrinterEmulator.State.PAPER_OUT);
                assertThatThrownBy(() -> printer.print(Tickets.a007())).isInstanceOfSatisfying(
                        PrinterException.class, e -> assertThat(e.fault()).isEqualTo(PrinterFault.PAPER_OUT));
            } finally {
                printer.close();
            }
            device.done.get(10, TimeUnit.SECONDS); // the pipe closed: everything sent has been read
        });

        PrintedDocument doc = EscPosDecoder.decode(device.received());
        assertThat(doc.lines()).contains("A007", "前面还有 3 人");
        assertThat(doc.qrCodes()).singleElement().extracting(PrintedDocument.QrCode::payload).isEqualTo(Tickets.URL_A007);
        assertThat(doc.elements().stream().filter(PrintedDocument.Cut.class::isInstance)).as("one ticket cut").hasSize(1);
    }

    @Test
    void aWriteOnlyDeviceGetsTheBytesAndNoStatusQueries(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lp0");
        Files.createFile(file);
        EscPosTicketPrinter printer = new EscPosTicketPrinter(new DeviceFilePrinterLink(file, null),
                PaperWidth.MM_58, false, true, Duration.ofMillis(200));
        assertThat(printer.status().known()).isFalse();
        printer.print(Tickets.a007());
        printer.close();

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0x1B, 0x40);
        assertThat(EscPosDecoder.decode(bytes).endsWithCut()).isTrue();
    }

    @Test
    void aMissingDeviceIsALinkFailure(@TempDir Path dir) {
        EscPosTicketPrinter printer = new EscPosTicketPrinter(new DeviceFilePrinterLink(dir.resolve("no-lp0"), null),
                PaperWidth.MM_80, false, false, Duration.ofMillis(200));
        assertThatThrownBy(() -> printer.print(Tickets.a007())).isInstanceOfSatisfying(PrinterException.class,
                e -> assertThat(e.fault()).isEqualTo(PrinterFault.LINK_FAILED));
    }
}
