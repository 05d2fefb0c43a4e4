package hallq.server.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.CaseState;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.Op;
import hallq.protocol.calendar.WorkingDays;
import hallq.protocol.hall.Device;
import hallq.server.cases.CaseRecord;
import hallq.server.cases.Cases;
import hallq.server.engine.Command;
import hallq.server.engine.HallEngine;
import hallq.server.queue.HallException;
import hallq.server.queue.TicketKey;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Cases over HTTP (contract section 10): the back office's and the manager's list ({@code GET /api/cases}), their
 * changes ({@code POST /api/cases/{id}/ready|returned|mailed}, through the hall thread and the journal like every op,
 * answered once on disk) and the citizen's view of one case by its key ({@code GET /api/cases/{id}?k=}). Lists are
 * read from the database, which holds every acknowledged change; a back-office device sees its zones only.
 */
final class CaseApi {
    /** The most cases one list answers; more is said with {@code truncated}. */
    static final int MAX_LIST = 2000;

    private final HallEngine engine;
    private final StatsService stats;
    private final WorkingDays days;

    CaseApi(HallEngine engine, StatsService stats) {
        this.engine = engine;
        this.stats = stats;
        this.days = WorkingDays.of(engine.hall().calendar());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(engine.clock().instant(), engine.zoneId());
    }

    /** {@code {cases: [...]}}: opened in [from, to] (each optional), of {@code state}, {@code due} soon or overdue. */
    CompletableFuture<JsonNode> list(Device by, String fromText, String toText, String stateText, String due) {
        LocalDate from = date("from", fromText);
        LocalDate to = date("to", toText);
        if (from != null && to != null && to.isBefore(from)) {
            throw new HallException(ErrorCode.BAD_REQUEST, "'to' is before 'from'");
        }
        String state = null;
        if (stateText != null) {
            try {
                state = CaseState.fromWire(stateText).wire();
            } catch (IllegalArgumentException e) {
                throw new HallException(ErrorCode.BAD_REQUEST, "'state' is one of accepted, incomplete, ready, "
                        + "returned, collected, mailed, closed");
            }
        }
        if (due != null && !due.equals("overdue") && !due.equals("soon")) {
            throw new HallException(ErrorCode.BAD_REQUEST, "'due' is overdue or soon");
        }
        LocalDate today = today();
        return stats.cases(from, to, state).thenApply(found -> {
            ObjectNode out = Json.mapper().createObjectNode();
            ArrayNode list = out.putArray("cases");
            int n = 0;
            for (CaseRecord c : found) {
                if (!Cases.mayAct(by, c.zone())) {
                    continue;
                }
                String dueNow = Cases.due(c, today, days);
                if (due != null && !due.equals(dueNow)) {
                    continue;
                }
                if (++n > MAX_LIST) {
                    out.put("truncated", true);
                    break;
                }
                list.add(Json.mapper().valueToTree(Cases.view(c, false, today, days, engine.zoneId())));
            }
            out.put("today", today.toString());
            return out;
        });
    }

    /** One case for the holder of its key (the receipt's QR): anything else is FORBIDDEN {@code BAD_KEY}. */
    CompletableFuture<JsonNode> one(String id, String key) {
        if (key == null) {
            throw new HallException(ErrorCode.FORBIDDEN, "BAD_KEY", "this page needs the key printed on the receipt");
        }
        LocalDate today = today();
        return stats.caseById(id).thenApply(found -> {
            CaseRecord c = found.filter(r -> TicketKey.matches(r.key(), key)).orElseThrow(() ->
                    new HallException(ErrorCode.FORBIDDEN, "BAD_KEY", "no case with that id and key"));
            ObjectNode out = Json.mapper().createObjectNode();
            out.set("case", Json.mapper().valueToTree(Cases.view(c, false, today, days, engine.zoneId())));
            return out;
        });
    }

    /**
     * A back-office change of case {@code id} ({@code ready}, {@code returned} with {@code reason}, {@code mailed}
     * with {@code tracking}), done on the hall thread; {@code {case}} once on disk, a refusal as its error.
     */
    CompletableFuture<JsonNode> change(Device by, String id, String action, JsonNode checkedBody, String requestId) {
        Op op = switch (action) {
            case "ready" -> Op.CASE_READY;
            case "returned" -> Op.CASE_RETURNED;
            case "mailed" -> Op.CASE_MAILED;
            default -> throw new HallException(ErrorCode.NOT_FOUND, "no such change of a case");
        };
        ObjectNode args = checkedBody.deepCopy();
        args.put("case", id);
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        engine.submit(new Command.Op(null, reply -> {
            if (reply.path("ok").asBoolean()) {
                ObjectNode out = Json.mapper().createObjectNode();
                out.set("case", reply.get("case"));
                result.complete(out);
            } else {
                JsonNode e = reply.path("error");
                String reason = e.hasNonNull("reason") ? e.get("reason").asText() : null;
                result.completeExceptionally(new HallException(ErrorCode.valueOf(e.path("code").asText()), reason,
                        e.path("message").asText()));
            }
        }, by, requestId, op, args));
        return result;
    }

    /** The body fields each change takes (the id comes from the path). */
    static List<Op.Arg> bodyOf(String action) {
        return switch (action) {
            case "returned" -> Op.CASE_RETURNED.args();
            case "mailed" -> Op.CASE_MAILED.args();
            default -> List.of();
        };
    }

    private static LocalDate date(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new HallException(ErrorCode.BAD_REQUEST, "'" + name + "' must be a date YYYY-MM-DD");
        }
    }
}
