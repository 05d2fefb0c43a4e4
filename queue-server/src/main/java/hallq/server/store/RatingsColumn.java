package hallq.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import hallq.protocol.Json;
import hallq.server.queue.RatingEntry;
import java.util.List;

/**
 * Rating (issue 20): a ticket's ratings in its row, as one JSON array; null when it has none. The hall allows at most
 * {@code HallQueue.MAX_RATINGS} a ticket, each a matter code of at most 64 characters and at most six reasons, so
 * {@link #MAX} always holds them.
 */
final class RatingsColumn {
    /** Ten ratings of about 250 characters each, with room. */
    static final int MAX = 4000;
    private static final TypeReference<List<RatingEntry>> LIST = new TypeReference<>() {
    };

    private RatingsColumn() {
    }

    static String write(List<RatingEntry> ratings) {
        if (ratings == null || ratings.isEmpty()) {
            return null;
        }
        try {
            return Json.mapper().writeValueAsString(ratings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ratings that cannot be written as JSON", e);
        }
    }

    static List<RatingEntry> read(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return Json.mapper().readValue(text, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ticket's ratings column is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
