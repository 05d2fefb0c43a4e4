package hallq.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.protocol.Json;
import hallq.protocol.Op;
import hallq.protocol.hall.HallConfig;
import hallq.server.queue.Halls;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An event is encoded once, whatever the number of clients that receive it: each gets the same encoding. */
class OneEncodingTest {
    private final HallConfig config = Halls.test();

    @Test
    void everyDisplayIsHandedTheSameEncodingOfAnEvent() throws Exception {
        // a Monday, 09:00 in the hall's time zone: open
        Clock monday = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        HallEngine engine = new HallEngine(config, new MemoryStorage(), monday).start();
        try {
            List<RecordingClient> displays = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                RecordingClient d = new RecordingClient(config.device("board-1").orElseThrow());
                engine.submit(new Command.Hello(d, d.device(), "h" + i, null, 0));
                assertThat(d.next().path("ok").asBoolean()).isTrue();
                displays.add(d);
            }
            RecordingClient kiosk = new RecordingClient(config.device("kiosk-1").orElseThrow());
            var args = Json.mapper().createObjectNode().put("zone", "legal");
            engine.submit(new Command.Op(kiosk, null, kiosk.device(), "r1", Op.ISSUE, args));
            assertThat(kiosk.next().path("ok").asBoolean()).isTrue();

            // the issue's events, up to its queue event (the last of a batch's: one per zone after all the changes)
            List<EncodedEvent> first = new ArrayList<>();
            do {
                first.add(next(displays.get(0)));
            } while (!first.get(first.size() - 1).event().kind().equals("queue"));
            for (RecordingClient d : displays) {
                for (int i = 0; i < first.size(); i++) {
                    EncodedEvent e = d == displays.get(0) ? first.get(i) : next(d);
                    assertThat(e).as("event %d", i).isSameAs(first.get(i));
                    assertThat(d.next().toString()).isEqualTo(Json.mapper().readTree(e.text()).toString());
                }
            }
        } finally {
            engine.close();
        }
    }

    private static EncodedEvent next(RecordingClient d) throws InterruptedException {
        EncodedEvent e = d.events.poll(10, TimeUnit.SECONDS);
        assertThat(e).as("an event delivered").isNotNull();
        return e;
    }
}
