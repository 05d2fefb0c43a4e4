package hallq.server.queue;

import hallq.protocol.hall.HallConfig;
import hallq.server.hall.HallFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test hall (src/test/resources/test-hall.yaml), optionally with some of its text replaced. */
public final class Halls {
    private Halls() {
    }

    public static String testYaml() {
        try (InputStream in = Halls.class.getResourceAsStream("/test-hall.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HallConfig test() {
        return parse(testYaml());
    }

    /** The test hall with {@code pairs} of (old text, new text) replaced. */
    public static HallConfig test(String... pairs) {
        String yaml = testYaml();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!yaml.contains(pairs[i])) {
                throw new IllegalArgumentException("test hall has no '" + pairs[i] + "'");
            }
            yaml = yaml.replace(pairs[i], pairs[i + 1]);
        }
        return parse(yaml);
    }

    public static HallConfig parse(String yaml) {
        return HallFile.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test hall");
    }

    public static IdHasher hasher() {
        return new IdHasher(new byte[] {1, 2, 3, 4});
    }
}
