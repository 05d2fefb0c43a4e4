package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.queue.Halls;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ticket's page and its live stream (contract section 8) over real sockets on 127.0.0.1. */
class TicketPagesTest {
    private RunningHall hall;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        if (hall != null) {
            hall.close();
        }
    }

    /** A ticket from kiosk-1 in {@code zone}: {number, day, key}. */
    private String[] issue(String zone) throws Exception {
        JsonNode r = Json.mapper().readTree(hall.post("/api/tickets", "k1-secret", "{\"zone\":\"" + zone + "\"}").body());
        return new String[] {r.path("ticket").path("number").asText(), r.path("ticket").path("day").asText(),
                r.path("key").asText()};
    }

    private SseClient stream(String[] t, String key, String forwardedFor) throws Exception {
        SseClient c = SseClient.open(hall.port, "/t/" + t[1] + "/" + t[0] + "/events" + (key == null ? "" : "?k=" + key),
                forwardedFor);
        open.add(c);
        return c;
    }

    @Test
    void thePageIsOnlyForTheHolderOfTheTicketsKey() throws Exception {
        hall = new RunningHall(Halls.test());
        String[] a = issue("legal");
        HttpResponse<String> page = hall.get("/t/" + a[1] + "/" + a[0] + "?k=" + a[2], null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("ticket.js", "ticket-words.js").doesNotContain("<script>");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CSP);

        String[] wrongs = {
            "/t/" + a[1] + "/" + a[0] + "?k=" + "x".repeat(22),                       // a wrong key
            "/t/" + a[1] + "/" + a[0],                                                // no key
            "/t/" + a[1] + "/" + a[0] + "?k=" + a[2].substring(1),                    // a key cut short
            "/t/" + a[1] + "/A999?k=" + a[2],                                         // another ticket
            "/t/2026-13-45/" + a[0] + "?k=" + a[2],                                   // no such day
        };
        String unavailable = null;
        for (String w : wrongs) {
            HttpResponse<String> r = hall.get(w, null);
            assertThat(r.statusCode()).as(w).isEqualTo(404);
            assertThat(r.body()).as(w).contains("页面不可用", "not available").doesNotContain(a[0], "legal", "法人");
            unavailable = unavailable == null ? r.body() : unavailable;
            assertThat(r.body()).as("the same page for every wrong address").isEqualTo(unavailable);
        }
        for (String key : new String[] {"x".repeat(22), null}) {
            SseClient s = stream(a, key, null);
            assertThat(s.status).isEqualTo(404);
            assertThat(s.body).contains("NOT_AVAILABLE").doesNotContain(a[0], "legal", "waiting");
        }
    }

    @Test
    void theStreamSendsTheStatusAtOnceAndAgainWhenItChangesUntilTheTicketIsDone() throws Exception {
        hall = new RunningHall(Halls.test());
        issue("legal");
        String[] b = issue("legal");
        SseClient s = stream(b, b[2], null);
        assertThat(s.status).isEqualTo(200);
        assertThat(s.head).containsIgnoringCase("content-type: text/event-stream").containsIgnoringCase("x-accel-buffering: no");
        JsonNode first = s.awaitStatus(j -> true, "at once");
        assertThat(first.path("number").asText()).isEqualTo("A002");
        assertThat(first.path("state").asText()).isEqualTo("waiting");
        assertThat(first.path("ahead").asInt()).isEqualTo(1);
        assertThat(first.path("zoneName").asText()).isEqualTo("法人服务区");
        assertThat(first.has("counter")).isFalse();

        WsClient pad1 = hall.hello("pad-1", "p1-secret");
        pad1.request("login", "clerk", "1001", "pin", "4821");
        pad1.request("call-next"); // A001
        JsonNode next = s.awaitStatus(j -> j.path("ahead").asInt(-1) == 0, "with nobody ahead");
        assertThat(next.path("state").asText()).isEqualTo("waiting");

        WsClient pad3 = hall.hello("pad-3", "p3-secret");
        pad3.request("login", "clerk", "1003", "pin", "2648");
        pad3.request("call-next"); // A002
        JsonNode called = s.awaitStatus(j -> j.path("state").asText().equals("called"), "called");
        assertThat(called.path("counter").path("name").asText()).isEqualTo("3号窗口");
        assertThat(called.path("announce").path("zh").asText()).isEqualTo("请A002号到3号窗口办理");
        assertThat(called.has("ahead")).isFalse();
        assertThat(called.toString()).as("no clerk on a citizen's phone").doesNotContain("1003", "王五");

        pad3.request("start");
        s.awaitStatus(j -> j.path("state").asText().equals("serving"), "serving");
        pad3.request("finish", "outcome", "done");
        JsonNode done = s.awaitStatus(j -> j.path("state").asText().equals("done"), "done");
        assertThat(done.path("outcome").asText()).isEqualTo("done");
        assertThat(s.next().name()).isEqualTo("end");
        assertThat(s.next()).as("the server ends a finished ticket's stream").isEqualTo(SseClient.EOF);
        assertThat(s.head + done).doesNotContain(b[2]);

        // the page of a finished ticket gets its status and the end at once
        SseClient again = stream(b, b[2], null);
        assertThat(again.awaitStatus(j -> true, "at once").path("state").asText()).isEqualTo("done");
        assertThat(again.next().name()).isEqualTo("end");
        pad1.close();
        pad3.close();
    }

    @Test
    void streamsAreCappedPerCitizenBehindTheHallsProxyAndInAll() throws Exception {
        hall = new RunningHall(Halls.test("timezone: Asia/Shanghai", "timezone: Asia/Shanghai\n  proxies: [\"127.0.0.1\"]"),
                NetLimits.defaults().withStreams(2, 3));
        String[] a = issue("legal");
        SseClient first = stream(a, a[2], "10.0.0.5");
        assertThat(first.status).isEqualTo(200);
        assertThat(stream(a, a[2], "10.0.0.5").status).isEqualTo(200);
        SseClient third = stream(a, a[2], "198.51.100.1, 10.0.0.5"); // the proxy's own entry is the last
        assertThat(third.status).isEqualTo(429);
        assertThat(third.body).contains("TOO_MANY_STREAMS");
        assertThat(stream(a, a[2], "10.0.0.6").status).as("another citizen").isEqualTo(200);
        SseClient over = stream(a, a[2], "10.0.0.7");
        assertThat(over.status).as("all streams taken").isEqualTo(429);

        // a closed page gives its place back
        first.close();
        long until = System.nanoTime() + 10_000_000_000L;
        int status = 0;
        while (System.nanoTime() < until && status != 200) {
            status = stream(a, a[2], "10.0.0.5").status;
        }
        assertThat(status).isEqualTo(200);
    }

    @Test
    void withoutTheProxyListedForwardedForIsNotBelieved() throws Exception {
        hall = new RunningHall(Halls.test(), NetLimits.defaults().withStreams(2, 10));
        String[] a = issue("legal");
        assertThat(stream(a, a[2], "10.0.0.1").status).isEqualTo(200);
        assertThat(stream(a, a[2], "10.0.0.2").status).isEqualTo(200);
        assertThat(stream(a, a[2], "10.0.0.3").status).as("all from 127.0.0.1").isEqualTo(429);
    }
}
