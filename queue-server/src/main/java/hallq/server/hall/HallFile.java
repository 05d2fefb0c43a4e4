package hallq.server.hall;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import hallq.protocol.hall.HallConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a hall file (YAML) and validates it whole; any problem becomes one {@link BadHallFile} line. */
public final class HallFile {
    public static final String DEMO = "/hallq/server/hall/demo-hall.yaml";

    private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private HallFile() {
    }

    public static HallConfig load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new BadHallFile(file + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    /** The bundled demo hall. */
    public static HallConfig demo() {
        try (InputStream in = HallFile.class.getResourceAsStream(DEMO)) {
            return parse(in, "demo hall");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HallConfig parse(InputStream in, String name) {
        HallConfig hall;
        try {
            hall = YAML.readValue(in, HallConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new BadHallFile(name + ": unknown key '" + e.getPropertyName() + "'" + where(e));
        } catch (JsonProcessingException e) {
            throw new BadHallFile(name + ": not a valid hall file: " + firstLine(e.getOriginalMessage()) + where(e));
        } catch (IOException e) {
            throw new BadHallFile(name + ": cannot read it (" + e.getMessage() + ")");
        }
        if (hall == null) {
            throw new BadHallFile(name + ": the file is empty");
        }
        try {
            HallValidator.validate(hall);
        } catch (IllegalArgumentException e) {
            throw new BadHallFile(name + ": " + e.getMessage());
        }
        return Matters.withInitials(hall); // cases2 (issue 18): the matters' pinyin initials for the pad's search
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A hall file that must not start a hall; the message is one line. */
    public static final class BadHallFile extends RuntimeException {
        public BadHallFile(String message) {
            super(message, null, false, false);
        }
    }
}
