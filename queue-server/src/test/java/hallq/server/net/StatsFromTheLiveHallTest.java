package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.stats.StatsReport;
import hallq.server.queue.HallQueue;
import hallq.server.queue.Halls;
import hallq.server.queue.TicketRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Today's statistics read today's tickets from the live hall instead of the database (issue 21, goal 2): that is
 * only right while the live hall's records are the ones the database stores, field for field, in the same order.
 */
class StatsFromTheLiveHallTest {
    private static JsonNode ok(JsonNode reply) {
        assertThat(reply.path("ok").asBoolean()).as(reply.toString()).isTrue();
        return reply;
    }

    @Test
    void todaysTicketsFromTheHallAreTheDatabasesAndGiveTheSameFigures() throws Exception {
        try (RunningHall hall = new RunningHall(Halls.test())) {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            for (String body : List.of("{\"zone\":\"legal\"}", "{\"zone\":\"natural\"}",
                    "{\"zone\":\"legal\",\"green\":true,\"greenReason\":\"pregnant\"}", "{\"zone\":\"legal\"}",
                    "{\"zone\":\"natural\"}", "{\"zone\":\"estate\"}", "{\"zone\":\"legal\"}")) {
                assertThat(hall.post("/api/tickets", "k1-secret", body).statusCode()).as(body).isEqualTo(201);
            }
            WsClient pad = hall.hello("pad-3", "p3-secret");
            ok(pad.request("login", "clerk", "1001", "pin", "4821"));
            String first = ok(pad.request("call-next")).path("ticket").path("number").asText();
            ok(pad.request("start"));
            ok(pad.request("finish", "outcome", "done"));
            ok(pad.request("rate", "ticket", first, "level", 2, "reasons", List.of("wait")));
            ok(pad.request("call-next"));
            ok(pad.request("finish", "outcome", "consult"));
            ok(pad.request("call-next"));
            ok(pad.request("no-show"));
            ok(pad.request("call-next"));
            ok(pad.request("transfer", "zone", "estate"));
            String called = ok(pad.request("call-next")).path("ticket").path("number").asText();
            ok(pad.request("recall"));
            assertThat(called).isNotBlank();

            HallServer server = hall.server;
            List<TicketRecord> live = server.engine().query(HallQueue::todayRecords).get(5, TimeUnit.SECONDS);
            List<TicketRecord> stored = server.store().database().tickets(today, today);
            assertThat(live).hasSize(7);
            assertThat(live).as("the live hall's records against the database's").containsExactlyElementsOf(stored);

            // and so the figures: a period around today, from the live hall and from the database alone
            StatsService fromDb = new StatsService(server.engine().hall(), server.store().database(), Runnable::run,
                    Clock.systemUTC());
            StatsService fromLive = new StatsService(server.engine().hall(), server.store().database(), Runnable::run,
                    Clock.systemUTC(), () -> new StatsService.Today(today, live));
            StatsReport a = fromLive.stats(today.minusDays(3), today.plusDays(1)).get(5, TimeUnit.SECONDS);
            StatsReport b = fromDb.stats(today.minusDays(3), today.plusDays(1)).get(5, TimeUnit.SECONDS);
            assertThat(a.totals().issued()).isEqualTo(7);
            assertThat(a.totals().served()).isEqualTo(2);
            assertThat(a).isEqualTo(b);
            assertThat(fromLive.csv(today, today).get(5, TimeUnit.SECONDS))
                    .isEqualTo(fromDb.csv(today, today).get(5, TimeUnit.SECONDS));
        }
    }
}
