package hallq.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.net.WsClient;
import hallq.testkit.ManualClock;
import hallq.testkit.Tools;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rating (issue 20): the 月度考评 on the dashboard's monthly report in headless Chromium, against a real server of the
 * demo hall (no opening hours, so attendance drops out of the score) on a hand-moved clock: the two rankings, which
 * differ, and the windows' and clerks' rows; the CSV over HTTP. Screenshot target/screenshots/dashboard-appraisal.png.
 */
class BrowserAppraisalTest {
    private static final String DAY = "2026-11-23";
    private final ManualClock clock = ManualClock.shanghai(DAY + "T08:30:00");
    private WebHall hall;
    private Chromium browser;
    private WsClient w1;
    private WsClient w4;

    @BeforeEach
    void up() throws Exception {
        Tools.require(Chromium.installed(),
                "/usr/bin/chromium (Debian chromium) is absent: the dashboard's browser tests are not run");
        hall = new WebHall(clock);
    }

    @AfterEach
    void down() throws Exception {
        if (w1 != null) {
            w1.close();
            w4.close();
        }
        assertThat(Chromium.closeWithHall(browser, hall)).as("the page's Content-Security-Policy violations")
                .isEmpty();
    }

    private void at(String hhmm) {
        clock.set(ManualClock.shanghai(DAY + "T" + hhmm + ":00").instant());
    }

    private static JsonNode ok(JsonNode reply) {
        assertThat(reply.path("ok").asBoolean()).as(reply.toString()).isTrue();
        return reply;
    }

    /** The pad calls at {@code call}, finishes at {@code finish} and the citizen rates. */
    private void serve(WsClient pad, String call, String finish, int level) {
        at(call);
        String n = ok(pad.request("call-next")).path("ticket").path("number").asText();
        at(finish);
        ok(pad.request("finish", "outcome", "done"));
        ok(pad.request("rate", "ticket", n, "level", level));
    }

    @Test
    void theMonthlyReportRanksTheWindowsBySatisfactionAndByScore() throws Exception {
        at("09:00");
        w1 = WsClient.hello(hall.port, "pad-1", "demo-pad-1");
        ok(w1.request("login", "clerk", "1001", "pin", "4821"));
        w4 = WsClient.hello(hall.port, "pad-4", "demo-pad-4");
        ok(w4.request("login", "clerk", "1004", "pin", "9152"));
        for (int i = 0; i < 4; i++) {
            hall.issue("legal", false);
        }
        hall.issue("natural", false);
        // 1号窗口 (张三): four served, rated 5, 5, 5, 2; the 2 rectified. 4号窗口 (赵敏): one, rated 5
        serve(w1, "09:10", "09:20", 5);
        serve(w1, "09:20", "09:30", 5);
        serve(w1, "09:30", "09:40", 5);
        serve(w1, "09:40", "09:50", 2);
        WsClient office = WsClient.hello(hall.port, "office", "demo-manager");
        String item = ok(office.request("rating-items")).path("items").get(0).path("id").asText();
        ok(office.request("rating-step", "item", item, "to", "rectifying", "note", "核实属实"));
        ok(office.request("rating-step", "item", item, "to", "rectified", "note", "已整改"));
        office.close();
        at("09:50");
        String b = ok(w4.request("call-next")).path("ticket").path("number").asText();
        at("10:00");
        ok(w1.request("logout"));                    // 张三 09:00-10:00: 60 min
        at("10:10");
        ok(w4.request("finish", "outcome", "done")); // 20 min
        ok(w4.request("rate", "ticket", b, "level", 5));
        at("10:30");
        ok(w4.request("logout"));                    // 赵敏 09:00-10:30: 90 min

        browser = Chromium.open(hall.url("/"), 1920, 1080);
        Chromium.Cdp page = browser.page();
        page.when("window.hallqDashboard && hallqDashboard.ready", "true");
        page.run("document.getElementById('token').value = 'demo-manager'; document.getElementById('enter').click();"
                + " true");
        page.when("document.body.classList.contains('in')", "true");
        page.run("document.getElementById('tab-report').click(); document.getElementById('r-month').value = '2026-11';"
                + " document.getElementById('r-make').click(); true");
        JsonNode r = page.when("HQ.appraisal.result() && HQ.appraisal.result().month === '2026-11'"
                        + " && document.querySelectorAll('#r-rank-score tbody tr').length === 2",
                "{sat: [...document.querySelectorAll('#r-rank-satisfaction tbody tr')].map(r => r.textContent),"
                        + " score: [...document.querySelectorAll('#r-rank-score tbody tr')].map(r => r.textContent),"
                        + " w1: [...document.querySelectorAll('#raw-1 td')].map(c => c.textContent),"
                        + " clerk: [...document.querySelectorAll('#rac-1001 td')].map(c => c.textContent),"
                        + " weights: document.getElementById('r-weights').textContent}");
        // satisfaction: 4号窗口 1 of 1, 1号窗口 3 of 4
        assertThat(r.path("sat").toString()).isEqualTo("[\"14号窗口100.0%\",\"21号窗口75.0%\"]");
        // score, attendance left out (no hours): 1号 (40 × 75 + 20 × 100 + 20 × 100) / 80 = 87.5;
        // 4号 (40 × 100 + 20 × 25 + 20 × 100) / 80 = 81.25
        assertThat(r.path("score").toString()).isEqualTo("[\"11号窗口87.5\",\"24号窗口81.3\"]");
        // 1号窗口: 4 served, 10.0 min each, 75.0%, one 差评 rectified in time, no pauses, 60 min logged in
        assertThat(r.path("w1").toString()).isEqualTo("[\"1号窗口\",\"4件\",\"10.0分钟\",\"75.0%\",\"1次\","
                + "\"100.0%\",\"100.0%\",\"—\",\"60分钟\",\"—\",\"87.5\"]");
        // 张三: 60 minutes logged in, one day present, no late or early without opening hours
        assertThat(r.path("clerk").toString()).isEqualTo("[\"张三\",\"4件\",\"10.0分钟\",\"75.0%\",\"1次\","
                + "\"100.0%\",\"—\",\"60分钟\",\"1天\",\"0天\",\"0天\"]");
        assertThat(r.path("weights").asText()).startsWith("综合得分权重：满意度 40、办结 20、整改率 20、在岗率 20");
        page.run("document.getElementById('appraisal-page').scrollIntoView(); true");
        page.screenshot(Path.of("target", "screenshots", "dashboard-appraisal.png"));

        HttpResponse<String> csv = hall.get("/api/appraisal.csv?month=2026-11", "demo-manager");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("2026-11,window,1,1号窗口,2,1,87.5,4,");
        assertThat(hall.get("/api/appraisal?month=2026-13", "demo-manager").statusCode()).isEqualTo(400);
        assertThat(hall.get("/api/appraisal?month=2026-11", "demo-pad-1").statusCode()).isEqualTo(403);
    }
}
