package hallq.hardware.scanner;

import hallq.hardware.config.ScannerConfig;
import hallq.hardware.serial.JSerialCommLink;
import hallq.hardware.serial.SerialSettings;
import java.nio.file.Path;
import java.time.Duration;

/** The code scanner a device file describes: keyboard mode, serial mode, or simulated. */
public final class CodeScanners {
    private static final Duration REOPEN = Duration.ofSeconds(2);

    private CodeScanners() {
    }

    public static CodeScanner open(ScannerConfig config) {
        switch (config.mode()) {
            case "simulated":
                return new SimulatedCodeScanner();
            case "serial":
                SerialSettings port = new SerialSettings(config.device(), config.baud());
                return new SerialCodeScanner(() -> JSerialCommLink.open(port), REOPEN);
            default:
                return new EvdevCodeScanner(Path.of(config.device()), REOPEN);
        }
    }
}
