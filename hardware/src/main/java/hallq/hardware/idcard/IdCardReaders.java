package hallq.hardware.idcard;

import hallq.hardware.config.IdCardReaderConfig;
import hallq.hardware.serial.JSerialCommLink;
import hallq.hardware.serial.SerialSettings;
import java.time.Clock;
import java.util.Optional;

/** The card reader a device file describes: a SAM module on its serial port, or a simulated one. */
public final class IdCardReaders {

    /** The reader, and the simulated module behind it when there is one (the desktop's "lay a card" key). */
    public record Opened(IdCardReader reader, Optional<SimulatedSamModule> simulated) {
    }

    private IdCardReaders() {
    }

    /** Checks the port's settings now; the port itself is opened by the reader's thread (and again if unplugged). */
    public static Opened open(IdCardReaderConfig config, Clock clock) {
        if (config.link().equals("simulated")) {
            SimulatedSamModule module = new SimulatedSamModule();
            return new Opened(SerialIdCardReader.of(() -> module, clock), Optional.of(module));
        }
        SerialSettings port = new SerialSettings(config.device(), config.baud());
        return new Opened(SerialIdCardReader.of(() -> JSerialCommLink.open(port), clock), Optional.empty());
    }
}
