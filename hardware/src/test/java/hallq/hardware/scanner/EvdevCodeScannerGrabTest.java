package hallq.hardware.scanner;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The scanner on a device it cannot grab: the refusal is said in words, and nothing is read ungrabbed although the
 * file holds a whole scan (read ungrabbed it would decode: InputEventDecoderTest).
 */
class EvdevCodeScannerGrabTest {

    @Test
    void aGrabRefusedIsSaidInWordsAndNothingIsReadUngrabbed(@TempDir Path dir) throws Exception {
        Path device = dir.resolve("usb-scanner-event-kbd");
        Files.write(device, InputEventDecoder.typing("BK7Q2M", EvdevDevice.eventSize()));
        CompletableFuture<String> warned = new CompletableFuture<>();
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent e) {
                if (e.getLevel().isGreaterOrEqual(Level.WARN)) {
                    warned.complete(e.getFormattedMessage());
                }
            }
        };
        appender.start();
        Logger logger = (Logger) LoggerFactory.getLogger(ReopeningReader.class);
        logger.addAppender(appender);
        CompletableFuture<String> code = new CompletableFuture<>();
        EvdevCodeScanner scanner = new EvdevCodeScanner(device, Duration.ofMillis(50));
        try {
            scanner.start(code::complete);
            String words = warned.get(10, TimeUnit.SECONDS);
            assertTrue(words.contains("GrabRefused") && words.contains("is not an input device"), words);
            assertTrue(!words.contains("Bk") && !words.contains("BK7Q2M"), words);
            // a few retries pass in this second; none may read the file ungrabbed
            assertThrows(TimeoutException.class, () -> code.get(1, TimeUnit.SECONDS));
        } finally {
            scanner.close();
            logger.detachAppender(appender);
        }
    }
}
