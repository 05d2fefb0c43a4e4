package hallq.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import hallq.protocol.Json;
import hallq.server.rating.VisitMatters;
import java.util.List;

/**
 * Rating (issue 20, 一事一评): the matters a visit handled, in its row as one JSON array of codes; null for none. A
 * visit has at most {@link VisitMatters#MAX} matters of at most {@link VisitMatters#MAX_CODE} characters each, so
 * {@link #MAX} always holds them.
 */
final class MattersColumn {
    /** Ten codes of 64 characters, quoted and separated, with room. */
    static final int MAX = 1000;
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    private MattersColumn() {
    }

    static String write(List<String> matters) {
        if (matters == null || matters.isEmpty()) {
            return null;
        }
        try {
            return Json.mapper().writeValueAsString(matters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("matters that cannot be written as JSON", e);
        }
    }

    static List<String> read(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return Json.mapper().readValue(text, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ticket's matters column is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
