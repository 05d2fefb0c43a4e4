package hallq.hardware.board;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BoardDetectorTest {

    @Test
    void readsThePiModelFromTheDeviceTree(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model");
        Files.write(model, "Raspberry Pi 4 Model B Rev 1.4\0".getBytes());
        assertThat(new BoardDetector(model).raspberryPiModel()).contains("Raspberry Pi 4 Model B Rev 1.4");
    }

    @Test
    void anotherBoardOrNoDeviceTreeIsNotAPi(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model");
        Files.write(model, "Rockchip RK3588 EVB\0".getBytes());
        assertThat(new BoardDetector(model).raspberryPiModel()).isEmpty();
        assertThat(new BoardDetector(dir.resolve("absent")).raspberryPiModel()).isEmpty();
    }
}
