package hallq.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import hallq.protocol.Json;
import hallq.server.queue.RatingEntry;
import hallq.server.rating.VisitMatters;
import java.util.List;

/** A list kept in its row as one JSON array in a bounded VARCHAR column; null when the list is empty. */
final class JsonListColumn<T> {
    /**
     * Rating (issue 20): a ticket's ratings. The hall allows at most {@code HallQueue.MAX_RATINGS} a ticket, each a
     * matter code of at most 64 characters and at most six reasons: ten of about 250 characters, with room.
     */
    static final JsonListColumn<RatingEntry> RATINGS = new JsonListColumn<>("ratings", 4000, new TypeReference<>() {
    });
    /**
     * Rating (issue 20, 一事一评): the matters a visit handled, at most {@link VisitMatters#MAX} codes of at most
     * {@link VisitMatters#MAX_CODE} characters: ten of 64, quoted and separated, with room.
     */
    static final JsonListColumn<String> MATTERS = new JsonListColumn<>("matters", 1000, new TypeReference<>() {
    });

    private final String what;
    /** The column's VARCHAR length, which always holds the longest list the hall allows. */
    final int max;
    private final TypeReference<List<T>> type;

    private JsonListColumn(String what, int max, TypeReference<List<T>> type) {
        this.what = what;
        this.max = max;
        this.type = type;
    }

    String write(List<T> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return Json.mapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " that cannot be written as JSON", e);
        }
    }

    List<T> read(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return Json.mapper().readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ticket's " + what + " column is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
