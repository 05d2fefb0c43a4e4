package hallq.hardware.board;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells a Raspberry Pi from anything else by the device-tree model string ("Raspberry Pi 4 Model B
 * Rev 1.4"). Reading one file never throws and never loads native code, unlike probing Pi4J providers.
 */
public final class BoardDetector {

    public static final Path DEVICE_TREE_MODEL = Path.of("/proc/device-tree/model");

    private final Path modelFile;

    public BoardDetector(Path modelFile) {
        this.modelFile = modelFile;
    }

    public static BoardDetector system() {
        return new BoardDetector(DEVICE_TREE_MODEL);
    }

    /** The Pi's model, or empty when this is not a Raspberry Pi. */
    public Optional<String> raspberryPiModel() {
        try {
            // The device tree terminates the string with NUL.
            String model = new String(Files.readAllBytes(modelFile), StandardCharsets.US_ASCII)
                    .replace("\0", "").trim();
            return model.startsWith("Raspberry Pi") ? Optional.of(model) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    public Path modelFile() {
        return modelFile;
    }
}
