package hallq.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.net.WsClient;
import hallq.testkit.ManualClock;
import hallq.testkit.Tools;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A case's journey end to end (cases2, issue 18) against a real server with the demo hall: window 3 accepts
 * 企业变更登记 (its promised working day makes the due date), the back office marks it ready on its page in headless
 * Chromium, the kiosk takes the pickup ticket with the receipt's code (the key its QR carries), window 8 (综合出件)
 * calls and finishes it, the case is collected, and the statistics count it on time and within 最多跑一次; a second
 * case left past its date is in the manager's overdue list. (The pad's screen and the printed receipt are checked
 * against a real server by counter-pad's CaseSheetUiTest, which decodes the receipt and scans its QR.)
 */
class BrowserCaseJourneyTest {
    private final ManualClock clock = ManualClock.shanghai("2026-12-03T09:00:00"); // a Thursday
    private WebHall hall;
    private Chromium browser;
    private WsClient window3;
    private WsClient window8;
    private WsClient kiosk;

    @BeforeEach
    void up() throws Exception {
        Tools.require(Chromium.installed(), "/usr/bin/chromium is absent: the case's journey is not tested");
        hall = new WebHall(clock);
        window3 = WsClient.hello(hall.port, "pad-3", "demo-pad-3");
        ok(window3.request("login", "clerk", "1003", "pin", "2648"));
        window8 = WsClient.hello(hall.port, "pad-8", "demo-pad-8");
        ok(window8.request("login", "clerk", "1008", "pin", "1946"));
        kiosk = WsClient.hello(hall.port, "kiosk-1", "demo-kiosk-1");
    }

    @AfterEach
    void down() throws Exception {
        for (WsClient c : new WsClient[] {window3, window8, kiosk}) {
            if (c != null) {
                c.close();
            }
        }
        assertThat(Chromium.closeWithHall(browser, hall)).as("Content-Security-Policy violations").isEmpty();
    }

    private static JsonNode ok(JsonNode reply) {
        assertThat(reply.path("ok").asBoolean()).as(reply.toString()).isTrue();
        return reply;
    }

    /** Window 3 accepts {@code matter}; the finish reply's case (with its key, as the receipt prints it). */
    private JsonNode accept(String matter) throws Exception {
        hall.issue("legal", false);
        ok(window3.request("call-next"));
        ok(window3.request("start"));
        return ok(window3.request("finish", "outcome", "accepted", "matter", matter)).path("case");
    }

    @Test
    void acceptedReadyPickedUpCollectedAndCountedOnTime() throws Exception {
        JsonNode c = accept("FR004");               // 企业变更登记, promised in 1 working day
        String id = c.path("id").asText();
        assertThat(c.path("dueDate").asText()).isEqualTo("2026-12-04"); // Thu 12-03 + 1 working day
        String late = accept("FR011").path("id").asText(); // 食品经营许可证核发, 10 working days: due 12-17

        // the back office, on its page: 办结待取 on the first case's row
        clock.set(ManualClock.shanghai("2026-12-04T10:00:00").instant());
        browser = Chromium.open(hall.url("/backoffice#token=demo-backoffice"), 1280, 720);
        Chromium.Cdp page = browser.page();
        page.when("Array.from(document.querySelectorAll('#cases tbody tr'))"
                + ".some(function (r) { return r.cells[0].textContent === '" + id + "'; })", "true");
        page.run("Array.from(document.querySelectorAll('#cases tbody tr')).filter(function (r) {"
                + " return r.cells[0].textContent === '" + id + "'; })[0].cells[5].querySelector('button').click();"
                + " true");
        page.when("!Array.from(document.querySelectorAll('#cases tbody tr'))"
                + ".some(function (r) { return r.cells[0].textContent === '" + id + "'; })", "true");
        page.screenshot(Path.of("target", "screenshots", "journey-backoffice.png"));

        // the citizen scans the receipt's QR at the kiosk: its key names the case; a pickup ticket of 综合出件
        JsonNode pickup = ok(kiosk.request("issue", "case", c.path("key").asText())).path("ticket");
        assertThat(pickup.path("zone").asText()).isEqualTo("pickup");
        assertThat(pickup.path("case").asText()).isEqualTo(id);

        // window 8 hands it out
        assertThat(ok(window8.request("call-next")).path("ticket").path("number").asText())
                .isEqualTo(pickup.path("number").asText());
        ok(window8.request("start"));
        ok(window8.request("finish", "outcome", "done"));
        JsonNode collected = Json.mapper().readTree(hall.get("/api/cases?state=collected&from=2026-12-03&to=2026-12-03",
                "demo-manager").body());
        assertThat(collected.path("cases").get(0).path("id").asText()).isEqualTo(id);

        // the figures of 12-03's cases: the first done on 12-04, its due date: on time, not early; within the rule
        JsonNode stats = Json.mapper().readTree(hall.get("/api/stats?from=2026-12-03&to=2026-12-03", "demo-manager")
                .body()).path("cases");
        assertThat(stats.path("opened").asInt()).isEqualTo(2);
        assertThat(stats.path("collected").asInt()).isEqualTo(1);
        assertThat(stats.path("onTimeRate").asDouble()).isEqualTo(1.0);  // judged: the first only (the second not due)
        assertThat(stats.path("earlyRate").asDouble()).isEqualTo(0.0);
        assertThat(stats.path("visitsPerCase").asDouble()).isEqualTo(2.0); // acceptance and pickup
        assertThat(stats.path("oneVisitRate").asDouble()).isEqualTo(1.0);

        // the second case, still with the back office after its date, is in the manager's overdue list
        clock.set(ManualClock.shanghai("2026-12-18T09:00:00").instant());
        JsonNode overdue = Json.mapper().readTree(hall.get("/api/cases?due=overdue", "demo-manager").body());
        assertThat(overdue.path("cases").size()).isEqualTo(1);
        assertThat(overdue.path("cases").get(0).path("id").asText()).isEqualTo(late);
        assertThat(overdue.path("cases").get(0).path("due").asText()).isEqualTo("overdue");
    }
}
