package hallq.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Announce;
import hallq.protocol.CounterRef;
import hallq.protocol.Json;
import hallq.protocol.event.Called;
import hallq.protocol.event.Event;
import hallq.protocol.event.EventKind;
import hallq.server.net.WsClient;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The table the pages decode with ({@link ProtocolSchema}, served in {@code /web/protocol.js}) against what is
 * really written: every record of it filled in and written by protocol's mapper has exactly the table's fields,
 * each of the table's JSON type; every message a real hall sends the pages (hello reply, each kind of event, the
 * stats reply, {@code /api/stats}) fits it. So a record changed in protocol either changes the table with it or
 * fails here. The decoder itself runs in Chromium ({@link BrowserProtocolTest}).
 */
class WebProtocolTest {
    private static final String AT = "2026-11-23T09:15:02.113+08:00";
    private final JsonNode table = ProtocolSchema.table();

    @Test
    void theTableNamesEveryKindAndTheRecordsThePagesRead() {
        for (EventKind k : EventKind.values()) {
            assertThat(table.path("events").path(k.wire()).asText()).isEqualTo(k.dataType().getSimpleName());
            assertThat(table.path("enums").path("EventKind").path(k.name()).asText()).isEqualTo(k.wire());
        }
        assertThat(table.path("replies").path("hello").asText()).isEqualTo("Welcome");
        assertThat(table.path("replies").path("stats").asText()).isEqualTo("StatsReport");
        assertThat(table.path("ops").path("CALL_NEXT").asText()).isEqualTo("call-next");
        // a few fields as the contract states them, so that a wrong reflection cannot pass as its own check
        JsonNode called = table.path("records").path("Called");
        assertThat(fieldNames(called)).containsExactly("ticket", "counter", "recall", "announce");
        assertThat(called.path("announce").toString()).isEqualTo("{\"type\":{\"record\":\"Announce\"},\"required\":true}");
        assertThat(called.path("recall").toString()).isEqualTo("{\"type\":\"boolean\",\"required\":true}");
        assertThat(table.path("records").path("Announce").toString()).isEqualTo(
                "{\"zh\":{\"type\":\"string\",\"required\":false},\"en\":{\"type\":\"string\",\"required\":false}}");
        assertThat(table.path("records").path("CounterView").path("state").path("type").toString())
                .isEqualTo("{\"enum\":\"CounterState\"}");
        assertThat(table.path("enums").path("CounterState").path("PAUSED").asText()).isEqualTo("paused");
        assertThat(table.path("enums").path("TicketChange").path("NO_SHOW").asText()).isEqualTo("no_show");
        assertThat(table.path("records").path("Snapshot").path("recentCalls").path("type").toString())
                .isEqualTo("{\"list\":\"event\"}");
        assertThat(table.path("records").path("TicketView").path("ahead").toString())
                .isEqualTo("{\"type\":\"integer\",\"required\":false}");
        assertThat(table.path("records").path("StatsReport").path("ratings").path("type").toString())
                .isEqualTo("{\"map\":\"any\"}");
        assertThat(fieldNames(table.path("records"))).contains("TicketView", "CounterView", "CounterRef", "ClerkRef",
                "ZoneStatus", "Snapshot", "HallConfig", "HallInfo", "Policy", "Zone", "Counter", "Clerk", "Device");
    }

    /** Each record of the table, every field filled in, as protocol's mapper writes it: the table's fields exactly. */
    @Test
    void everyRecordIsWrittenWithTheTablesFieldsAndTypes() throws Exception {
        for (Iterator<Map.Entry<String, JsonNode>> it = table.path("records").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> r = it.next();
            Class<?> type = recordClass(r.getKey());
            JsonNode written = Json.mapper().valueToTree(sample(type));
            assertThat(new TreeSet<>(fieldNames(written))).as(r.getKey() + " as written")
                    .isEqualTo(new TreeSet<>(fieldNames(r.getValue())));
            assertThat(new Fit(table).record(r.getKey(), written, r.getKey())).as(r.getKey()).isEmpty();
        }
    }

    @Test
    void whatARealHallSendsThePagesFitsTheTable() throws Exception {
        try (WebHall hall = new WebHall(Clock.systemUTC());
             WsClient manager = WsClient.hello(hall.port, "office", "demo-manager");
             WsClient pad = WsClient.hello(hall.port, "pad-1", "demo-pad-1");
             WsClient board = WsClient.connect(hall.port)) {
            Fit fit = new Fit(table);
            JsonNode welcome = board.request("hello", "device", "board-1", "token", "demo-board-1");
            assertThat(welcome.path("ok").asBoolean()).as(welcome.toString()).isTrue();
            hall.issue("legal", false);
            hall.issue("legal", false);
            pad.request("login", "clerk", "1001", "pin", "4821");
            pad.request("call-next");
            pad.request("recall");
            pad.request("start");
            pad.request("finish", "outcome", "accepted"); // opens a case (issue 18): a case event
            pad.request("rate", "ticket", "A001", "level", 1); // a 差评 (issue 20): a rating-item event
            pad.request("pause", "reason", "会议");
            pad.request("report", "fault", "PRINTER_PAPER_OUT", "message", "out of paper");
            List<JsonNode> events = new ArrayList<>();
            for (EventKind k : EventKind.values()) {
                events.add(manager.awaitEvent(k.wire(), e -> true));
            }
            // the board's hello again, now with a call in its snapshot
            JsonNode later = board.request("hello", "device", "board-1", "token", "demo-board-1");
            assertThat(later.path("snapshot").path("recentCalls").size()).isPositive();
            String day = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(); // the demo hall's day
            JsonNode stats = manager.request("stats", "from", day, "to", day);
            HttpResponse<String> http = hall.get("/api/stats?from=" + day + "&to=" + day, "demo-manager");
            assertThat(http.statusCode()).as(http.body()).isEqualTo(200);

            for (JsonNode e : events) {
                assertThat(fit.event(e, "event")).as(e.toString()).isEmpty();
            }
            assertThat(fit.reply("Welcome", welcome)).as(welcome.toString()).isEmpty();
            assertThat(fit.reply("Welcome", later)).as(later.toString()).isEmpty();
            assertThat(fit.reply("StatsReport", stats)).as(stats.toString()).isEmpty();
            assertThat(fit.record("StatsReport", Json.mapper().readTree(http.body()), "/api/stats")).isEmpty();
        }
    }

    @Test
    void theServerServesTheDecoderWithTheTableWrittenIn() throws Exception {
        try (WebHall hall = new WebHall(Clock.systemUTC())) {
            HttpResponse<String> r = hall.get("/web/protocol.js", "");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("content-type")).hasValue("text/javascript; charset=utf-8");
            String js = r.body();
            assertThat(js).doesNotContain(ProtocolScript.MARKER).contains("window.HallqProtocol");
            int from = js.indexOf("const SCHEMA = ") + "const SCHEMA = ".length();
            int to = js.indexOf(";\n", from);
            assertThat(Json.mapper().readTree(js.substring(from, to))).isEqualTo(table);
        }
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The record class of a table name, found from the event kinds' and replies' records down. */
    private static Class<?> recordClass(String name) {
        List<Class<?>> roots = new ArrayList<>(Arrays.stream(EventKind.values()).map(k -> (Class<?>) k.dataType())
                .toList());
        roots.add(hallq.protocol.message.Replies.Welcome.class);
        roots.add(hallq.protocol.stats.StatsReport.class);
        // rating (issue 20): the 差评 work items' replies
        roots.add(hallq.protocol.message.Replies.RatingItemList.class);
        roots.add(hallq.protocol.message.Replies.RatingItemReply.class);
        Set<Class<?>> seen = new java.util.HashSet<>();
        List<Class<?>> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            Class<?> c = todo.remove(0);
            if (!c.isRecord() || !seen.add(c)) {
                continue;
            }
            if (c.getSimpleName().equals(name)) {
                return c;
            }
            for (RecordComponent rc : c.getRecordComponents()) {
                todo.addAll(classesIn(rc.getGenericType()));
            }
        }
        throw new AssertionError("no record " + name + " reached from the events and replies");
    }

    private static List<Class<?>> classesIn(Type t) {
        if (t instanceof ParameterizedType p) {
            List<Class<?>> all = new ArrayList<>();
            for (Type a : p.getActualTypeArguments()) {
                all.addAll(classesIn(a));
            }
            return all;
        }
        return t instanceof Class<?> c ? List.of(c == Event.class ? Called.class : c) : List.of();
    }

    /** A value of {@code t} with every field set (no null anywhere), for the mapper to write. */
    private static Object sample(Type t) throws Exception {
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Object element = sample(p.getActualTypeArguments()[p.getActualTypeArguments().length - 1]);
            if (Collection.class.isAssignableFrom(raw)) {
                return List.of(element);
            }
            return Map.of("k", element);
        }
        Class<?> c = (Class<?>) t;
        if (c == String.class || c == Object.class) {
            return "x";
        } else if (c == int.class || c == Integer.class) {
            return 1;
        } else if (c == long.class || c == Long.class) {
            return 1L;
        } else if (c == double.class || c == Double.class) {
            return 1.5;
        } else if (c == boolean.class || c == Boolean.class) {
            return true;
        } else if (c == LocalDate.class) {
            return LocalDate.of(2026, 11, 23);
        } else if (c.isEnum()) {
            return c.getEnumConstants()[0];
        } else if (c == Event.class) {
            CounterRef counter = new CounterRef("3", "3号窗口", "Window 3");
            return new Event(1, AT, new Called((hallq.protocol.TicketView) sample(hallq.protocol.TicketView.class),
                    counter, false, Announce.of("A001", counter)));
        } else if (c.isRecord()) {
            RecordComponent[] rcs = c.getRecordComponents();
            Object[] args = new Object[rcs.length];
            Class<?>[] types = new Class<?>[rcs.length];
            for (int i = 0; i < rcs.length; i++) {
                args[i] = sample(rcs[i].getGenericType());
                types[i] = rcs[i].getType();
            }
            Constructor<?> canonical = c.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        }
        throw new AssertionError("no sample of " + t);
    }

    /** Whether JSON fits the table, as the pages' decoder reads it: the problems found, none when it fits. */
    private static final class Fit {
        private final JsonNode table;
        private final List<String> problems = new ArrayList<>();

        Fit(JsonNode table) {
            this.table = table;
        }

        List<String> event(JsonNode e, String path) {
            problems.clear();
            envelope(e, path);
            return List.copyOf(problems);
        }

        List<String> reply(String record, JsonNode r) {
            problems.clear();
            if (!r.path("ok").isBoolean() || !r.path("ok").asBoolean() || !r.path("re").isTextual()) {
                problems.add("not an ok reply");
            }
            fields(record, r, "reply");
            return List.copyOf(problems);
        }

        List<String> record(String record, JsonNode v, String path) {
            problems.clear();
            fields(record, v, path);
            return List.copyOf(problems);
        }

        private void envelope(JsonNode e, String path) {
            if (!e.path("event").isTextual() || !e.path("seq").isIntegralNumber() || !e.path("at").isTextual()) {
                problems.add(path + ": no event, seq and at");
                return;
            }
            JsonNode record = table.path("events").path(e.path("event").asText());
            if (!record.isTextual()) {
                problems.add(path + ": a kind the table does not have: " + e.path("event"));
                return;
            }
            fields(record.asText(), e, path);
        }

        private void fields(String record, JsonNode v, String path) {
            JsonNode fields = table.path("records").path(record);
            if (!fields.isObject()) {
                problems.add(path + ": no record " + record + " in the table");
            } else if (!v.isObject()) {
                problems.add(path + ": not an object");
            } else {
                fields.fields().forEachRemaining(f -> {
                    JsonNode x = v.get(f.getKey());
                    String at = path + "." + f.getKey();
                    if (x == null || x.isNull()) {
                        if (f.getValue().path("required").asBoolean()) {
                            problems.add(at + ": missing");
                        }
                    } else {
                        value(f.getValue().path("type"), x, at);
                    }
                });
            }
        }

        private void value(JsonNode type, JsonNode x, String path) {
            boolean fits = switch (type.isTextual() ? type.asText() : type.fieldNames().next()) {
                case "string" -> x.isTextual();
                case "integer" -> x.isIntegralNumber();
                case "number" -> x.isNumber();
                case "boolean" -> x.isBoolean();
                case "any" -> true;
                case "event" -> {
                    envelope(x, path);
                    yield true;
                }
                case "record" -> {
                    fields(type.path("record").asText(), x, path);
                    yield true;
                }
                case "enum" -> x.isTextual() && fieldNames(table.path("enums").path(type.path("enum").asText()))
                        .stream().map(n -> table.path("enums").path(type.path("enum").asText()).path(n).asText())
                        .toList().contains(x.asText());
                case "list" -> {
                    if (x.isArray()) {
                        for (int i = 0; i < x.size(); i++) {
                            value(type.path("list"), x.get(i), path + "[" + i + "]");
                        }
                    }
                    yield x.isArray();
                }
                case "map" -> {
                    if (x.isObject()) {
                        x.fields().forEachRemaining(f -> value(type.path("map"), f.getValue(), path + "." + f.getKey()));
                    }
                    yield x.isObject();
                }
                default -> false;
            };
            if (!fits) {
                problems.add(path + ": " + x + " is not " + type);
            }
        }
    }
}
