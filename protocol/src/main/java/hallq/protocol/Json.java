package hallq.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The one JSON mapper configuration both ends use, and the contract's time format. */
public final class Json {
    /** {@code 2026-11-22T09:15:02.113+08:00}: always milliseconds, always the hall's offset. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /** One value and nothing after it: {@code {"zone":"legal"} junk} is not a request (contract section 7). */
    private static final ObjectReader WHOLE = MAPPER.readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Typed reads of what the other side sent: no coercion (a {@code "5"} is no number, a {@code 1} no boolean), no
     * null or missing value for a field marked required or a primitive, a known enum by its wire name only. Fields a
     * newer side adds are passed over (the contract lets every side add fields).
     */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** A value of {@code type} read strictly from a tree (see {@link #STRICT}); a mismatch is a {@link Mismatch}. */
    public static <T> T strict(JsonNode node, Class<T> type) {
        try {
            return STRICT.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new Mismatch(type, e);
        }
    }

    /** What the other side sent is not the shape the contract gives it. */
    public static final class Mismatch extends IllegalArgumentException {
        Mismatch(Class<?> type, Exception cause) {
            super("not a " + type.getSimpleName() + ": " + firstLine(cause.getMessage()), cause);
        }

        private static String firstLine(String s) {
            if (s == null) {
                return "";
            }
            int nl = s.indexOf('\n');
            String line = nl < 0 ? s : s.substring(0, nl);
            return line.length() > 200 ? line.substring(0, 200) + "…" : line;
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A text that is one JSON value with nothing after it but white space (a request frame, a request body). */
    public static JsonNode readWhole(String text) throws JsonProcessingException {
        return WHOLE.readValue(text);
    }

    /**
     * {@link #TIME} of an instant in a zone. Written out by hand for the years 1000–9999 and whole-minute offsets
     * (every ticket, reply and event carries a few of these, and the formatter's way through a ZonedDateTime was a
     * tenth of the hall thread); the same text as {@link #TIME} gives, which the tests check.
     */
    public static String time(Instant at, ZoneId zone) {
        if (at == null) {
            return null;
        }
        ZoneOffset offset = zone.getRules().getOffset(at);
        long local = at.getEpochSecond() + offset.getTotalSeconds();
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(local, 86_400));
        if (day.getYear() < 1000 || day.getYear() > 9999 || offset.getTotalSeconds() % 60 != 0) {
            return TIME.format(at.atZone(zone));
        }
        int second = (int) Math.floorMod(local, 86_400);
        StringBuilder b = new StringBuilder(29);
        b.append(day.getYear()).append('-');
        two(b, day.getMonthValue()).append('-');
        two(b, day.getDayOfMonth()).append('T');
        two(b, second / 3600).append(':');
        two(b, second / 60 % 60).append(':');
        two(b, second % 60).append('.');
        int milli = at.getNano() / 1_000_000;
        b.append((char) ('0' + milli / 100)).append((char) ('0' + milli / 10 % 10)).append((char) ('0' + milli % 10));
        return b.append(offset.getId()).toString();
    }

    private static StringBuilder two(StringBuilder b, int n) {
        return b.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
