package hallq.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Announce;
import hallq.protocol.ClerkRef;
import hallq.protocol.CounterRef;
import hallq.protocol.CounterState;
import hallq.protocol.CounterView;
import hallq.protocol.Json;
import hallq.protocol.Snapshot;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import hallq.protocol.ZoneStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTest {
    static final TicketView A007 = new TicketView("A007", "legal", false, TicketState.CALLED, "2026-11-22",
            "2026-11-22T09:01:00.000+08:00", "2026-11-22T09:15:02.113+08:00", "3", null, null, null, null, null,
            null, null, 0, null);
    static final String AT = "2026-11-22T09:15:02.113+08:00";

    static JsonNode tree(String json) throws Exception {
        return Json.readWhole(json);
    }

    @Test
    void aCalledEventIsTheContractsFlatObject() throws Exception {
        CounterRef three = new CounterRef("3", "3号窗口", "Window 3");
        Event e = new Event(1042, AT, new Called(A007, three, false, Announce.of("A007", three)));

        JsonNode wire = Json.mapper().valueToTree(e);

        assertThat(wire.path("event").asText()).isEqualTo("called");
        assertThat(wire.path("seq").asLong()).isEqualTo(1042);
        assertThat(wire.path("at").asText()).isEqualTo(AT);
        assertThat(wire.path("ticket").path("number").asText()).isEqualTo("A007");
        assertThat(wire.path("counter").path("name").asText()).isEqualTo("3号窗口");
        assertThat(wire.path("announce").path("zh").asText()).isEqualTo("请A007号到3号窗口办理");
        assertThat(wire.has("data")).as("the data's fields sit beside the envelope's").isFalse();
        assertThat(Json.strict(wire, Event.class)).isEqualTo(e);
    }

    @Test
    void everyKindComesBackAsItWent() {
        CounterView window = new CounterView("3", "3号窗口", "Window 3", CounterState.SERVING, A007,
                new ClerkRef("1001", "张三"), null, 4, 300);
        List<EventData> all = List.of(
                new Called(A007, new CounterRef("3", "3号窗口", null), true, new Announce("zh", "en")),
                new TicketChanged(A007, TicketChange.NO_SHOW),
                new QueueChanged("legal", 12, 1, 840),
                new CounterChanged(window),
                new DeviceReport("kiosk-1", "kiosk", "PRINTER_PAPER_OUT", "纸用完了"),
                // cases (issue 18)
                new CaseChanged(new hallq.protocol.CaseView("20261203-A007", "2026-12-03", "A007", "legal", "3",
                        "1001", hallq.protocol.Outcome.ACCEPTED, null, "2026-12-10",
                        hallq.protocol.CaseState.ACCEPTED, null, List.of(), List.of("营业执照副本"), "2026-12-08",
                        null, null, AT, AT, "soon", null), CaseChange.OPENED),
                // rating (issue 20)
                new RatingItemChanged(new hallq.protocol.RectifyItem("2026-12-03/A007/FR001", "2026-12-03", "A007",
                        "FR001", "legal", "3", "3号窗口", "1001", "张三", 2,
                        List.of(hallq.protocol.RatingReason.WAIT), AT, hallq.protocol.RectifyState.RECTIFYING,
                        "2026-12-24", "张三", false, List.of(new hallq.protocol.RectifyItem.Step(
                                hallq.protocol.RectifyState.RECTIFYING, "核实属实", "office", AT)),
                        List.of(hallq.protocol.RectifyState.RECTIFIED)), RatingItemChange.STEPPED));
        assertThat(all).extracting(EventData::kind).containsExactly(EventKind.values());
        for (EventData data : all) {
            Event e = new Event(7, AT, data);
            String text = WireText.of(e);
            assertThat(Json.strict(Json.mapper().valueToTree(e), Event.class)).as(text).isEqualTo(e);
            assertThat(text).startsWith("{\"event\":\"" + data.kind().wire() + "\",\"seq\":7,");
        }
    }

    @Test
    void aKindThisSideDoesNotKnowIsPassedOverNotAFailure() throws Exception {
        Event e = Json.strict(tree("{\"event\":\"booking\",\"seq\":9,\"at\":\"" + AT + "\",\"code\":\"X\"}"),
                Event.class);
        assertThat(e.data()).isEqualTo(new EventData.Unknown("booking"));
        assertThat(e.kindName()).isEqualTo("booking");
    }

    @Test
    void readingIsStrict() {
        // a primitive left out is no zero: the field is missing
        assertThatThrownBy(() -> Json.strict(tree("{\"event\":\"queue\",\"seq\":9,\"at\":\"" + AT
                + "\",\"zone\":\"legal\",\"waiting\":5}"), Event.class)).isInstanceOf(Json.Mismatch.class);
        String queue = "{\"event\":\"queue\",\"seq\":9,\"at\":\"" + AT + "\",";
        // a number as a text, a missing required field, an unknown change, no envelope
        assertThatThrownBy(() -> Json.strict(tree(queue + "\"zone\":\"legal\",\"waiting\":\"5\"}"), Event.class))
                .isInstanceOf(Json.Mismatch.class);
        assertThatThrownBy(() -> Json.strict(tree(queue + "\"waiting\":5}"), Event.class))
                .isInstanceOf(Json.Mismatch.class).hasMessageContaining("zone");
        assertThatThrownBy(() -> Json.strict(tree("{\"event\":\"ticket\",\"seq\":9,\"at\":\"" + AT
                + "\",\"ticket\":null,\"change\":\"vanished\"}"), Event.class)).isInstanceOf(Json.Mismatch.class);
        assertThatThrownBy(() -> Json.strict(tree("{\"zone\":\"legal\",\"waiting\":5}"), Event.class))
                .isInstanceOf(Json.Mismatch.class).hasMessageContaining("'event'");
        assertThatThrownBy(() -> Json.strict(tree(queue + "\"zone\":\"legal\",\"waiting\":5,\"greenWaiting\":true}"),
                Event.class)).isInstanceOf(Json.Mismatch.class);
    }

    @Test
    void fieldsANewerServerAddsArePassedOver() throws Exception {
        Event e = Json.strict(tree("{\"event\":\"queue\",\"seq\":9,\"at\":\"" + AT
                + "\",\"zone\":\"legal\",\"waiting\":5,\"greenWaiting\":1,\"longestWaitSec\":60,\"bookedWaiting\":2}"),
                Event.class);
        assertThat(e.data()).isEqualTo(new QueueChanged("legal", 5, 1, 60));
    }

    @Test
    void aSnapshotCarriesItsRecentCallsAsEvents() throws Exception {
        CounterRef three = new CounterRef("3", "3号窗口", "Window 3");
        Event call = new Event(5, AT, new Called(A007, three, false, Announce.of("A007", three)));
        Snapshot s = new Snapshot(List.of(new ZoneStatus("legal", "法人服务区", "Legal", "A", 1, 0, 60)), List.of(),
                List.of(call));
        JsonNode wire = Json.mapper().valueToTree(s);
        assertThat(wire.path("recentCalls").get(0).path("event").asText()).isEqualTo("called");
        assertThat(Json.strict(wire, Snapshot.class)).isEqualTo(s);
    }

    /** The text as the server sends it. */
    static final class WireText {
        static String of(Object o) {
            try {
                return Json.mapper().writeValueAsString(o);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }
}
