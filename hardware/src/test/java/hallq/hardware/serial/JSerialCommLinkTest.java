package hallq.hardware.serial;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The real library on this machine: a port that is not there is an IOException naming it, not a crash. */
class JSerialCommLinkTest {

    @Test
    void aMissingPortIsAnIoExceptionNamingIt() {
        IOException e = assertThrows(IOException.class,
                () -> JSerialCommLink.open(new SerialSettings("/dev/ttyHALLQ-none", 115200)));
        assertTrue(e.getMessage().contains("/dev/ttyHALLQ-none"), e.getMessage());
    }

    @Test
    void onlyTheRatesReadersSpeak() {
        assertThrows(IllegalArgumentException.class, () -> new SerialSettings("/dev/ttyUSB0", 12345));
        assertThrows(IllegalArgumentException.class, () -> new SerialSettings(" ", 9600));
    }
}
