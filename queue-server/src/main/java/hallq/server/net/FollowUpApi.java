package hallq.server.net;

import hallq.protocol.stats.StatsReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.hall.Device;
import hallq.server.followup.FollowUp;
import hallq.server.followup.FollowUpStore;
import hallq.server.queue.HallException;
import hallq.server.stats.HallStats;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The 差评 follow-up list of a period ({@code GET /api/followups}) and recording a follow-up of one of them
 * ({@code POST /api/followups/{day}/{number}}), for the manager. A follow-up is answered only once it is on disk.
 */
final class FollowUpApi {

    private final StatsService stats;
    private final FollowUpStore store;
    private final Executor executor;
    private final Clock clock;
    private final ZoneId tz;

    FollowUpApi(StatsService stats, FollowUpStore store, Executor executor, Clock clock, ZoneId tz) {
        this.stats = stats;
        this.store = store;
        this.executor = executor;
        this.clock = clock;
        this.tz = tz;
    }

    /** {@code {from, to, badRatings: [{...rating, followUp: {note, at, by} or null}]}}. */
    CompletableFuture<JsonNode> list(LocalDate from, LocalDate to) {
        return stats.badRatings(from, to).thenApplyAsync(ratings -> {
            Map<String, FollowUp> done = StatsService.sql(() -> store.between(from, to));
            ObjectNode out = Json.mapper().createObjectNode();
            out.put("from", from.toString());
            out.put("to", to.toString());
            ArrayNode list = out.putArray("badRatings");
            for (StatsReport.BadRating r : ratings) {
                ObjectNode n = Json.mapper().valueToTree(r);
                FollowUp f = done.get(r.id());
                n.set("followUp", f == null ? null : view(f));
                list.add(n);
            }
            return out;
        }, executor);
    }

    /** Records the follow-up of the rating {@code day/number}; NOT_FOUND unless that ticket was rated 1 or 2. */
    CompletableFuture<JsonNode> record(String dayText, String number, JsonNode body, Device by) {
        LocalDate day;
        try {
            day = LocalDate.parse(dayText);
        } catch (DateTimeParseException e) {
            throw new HallException(ErrorCode.BAD_REQUEST, "a rating id is YYYY-MM-DD/NUMBER");
        }
        JsonNode noteNode = body == null ? null : body.get("note");
        if (noteNode == null || !noteNode.isTextual() || noteNode.textValue().isBlank()) {
            throw new HallException(ErrorCode.BAD_REQUEST, "EMPTY_NOTE",
                    "'note' must say what was done (整改, 回访): it is empty");
        }
        String note = noteNode.textValue().strip();
        return stats.ticket(day, number).thenApplyAsync(ticket -> {
            if (ticket.isEmpty() || ticket.get().rating() == null || ticket.get().rating() > 2) {
                throw new HallException(ErrorCode.NOT_FOUND, "UNKNOWN_RATING",
                        "no bad rating (level 1-2) with id " + HallStats.ratingId(day, number));
            }
            FollowUp f = new FollowUp(day, number, note, clock.instant(), by.id());
            StatsService.sql(() -> {
                store.record(f);
                return f;
            });
            ObjectNode out = Json.mapper().createObjectNode();
            out.put("id", HallStats.ratingId(day, number));
            out.set("followUp", view(f));
            return out;
        }, executor);
    }

    private ObjectNode view(FollowUp f) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("note", f.note());
        n.put("at", Json.time(f.at(), tz));
        n.put("by", f.by());
        return n;
    }

}
