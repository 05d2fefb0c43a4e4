package hallq.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.net.WsClient;
import hallq.testkit.ManualClock;
import hallq.testkit.Tools;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rating (issue 20): the dashboard's 差评整改 view in headless Chromium against a real server of the demo hall whose
 * clock the test moves. Three bad ratings of Monday 2026-11-23; the page moves one through 待核实 → 整改中 → 已整改 →
 * 已回访 and appeals another to 复核通过, each step refused without its note first; the figures by window follow; three
 * weeks later the one left alone is overdue. Screenshot target/screenshots/dashboard-rectify.png.
 */
class BrowserRectifyTest {
    private static final String DAY = "2026-11-23";
    private static final String MANAGER = "demo-manager";

    private final ManualClock clock = ManualClock.shanghai(DAY + "T08:30:00");
    private final Map<Integer, WsClient> pads = new HashMap<>();
    private WebHall hall;
    private Chromium browser;

    @BeforeEach
    void up() throws Exception {
        Tools.require(Chromium.installed(),
                "/usr/bin/chromium (Debian chromium) is absent: the dashboard's browser tests are not run");
        hall = new WebHall(clock);
    }

    @AfterEach
    void down() throws Exception {
        pads.values().forEach(WsClient::close);
        assertThat(Chromium.closeWithHall(browser, hall)).as("the page's Content-Security-Policy violations")
                .isEmpty();
    }

    private void at(String dayTime) {
        clock.set(ManualClock.shanghai(dayTime).instant());
    }

    private static JsonNode ok(JsonNode reply) {
        assertThat(reply.path("ok").asBoolean()).as(reply.toString()).isTrue();
        return reply;
    }

    private WsClient pad(int n) {
        return pads.computeIfAbsent(n, k -> {
            WsClient c = WsClient.hello(hall.port, "pad-" + k, "demo-pad-" + k);
            String[] pins = {"4821", "7315", "2648", "9152"};
            ok(c.request("login", "clerk", "100" + k, "pin", pins[k - 1]));
            return c;
        });
    }

    /** Window {@code w} calls the next of {@code zone}, finishes it and the citizen rates it. */
    private String servedAndRated(int w, String zone, int level, List<String> reasons) throws Exception {
        hall.issue(zone, false);
        String n = ok(pad(w).request("call-next")).path("ticket").path("number").asText();
        ok(pad(w).request("finish", "outcome", "done"));
        ok(pad(w).request("rate", "ticket", n, "level", level, "reasons", reasons));
        return n;
    }

    private static String js(String s) throws Exception {
        return Json.mapper().writeValueAsString(s);
    }

    /** Types the note into the row's field and presses the row's button for {@code to}. */
    private static void step(Chromium.Cdp page, String row, String to, String note) throws Exception {
        page.run("document.querySelector('#" + row + " .note-input').value = " + js(note) + ";"
                + " document.querySelector('#" + row + " .step-" + to + "').click(); true");
    }

    private static String cells(String row) {
        return "[...document.querySelectorAll('#" + row + " td')].map(c => c.textContent)";
    }

    @Test
    void theListMovesItemsThroughTheirStatesAndShowsTheFigures() throws Exception {
        at(DAY + "T09:00:00");
        String b = servedAndRated(4, "natural", 2, List.of("wait", "attitude"));   // B001 at 4号窗口
        at(DAY + "T09:20:00");
        String c = servedAndRated(3, "estate", 1, List.of("unclear"));             // C001 at 3号窗口
        at(DAY + "T09:40:00");
        String a = servedAndRated(1, "legal", 1, List.of());                       // A001 at 1号窗口, left alone
        WsClient kiosk = WsClient.hello(hall.port, "kiosk-1", "demo-kiosk-1");
        ok(kiosk.request("issue", "zone", "project", "green", true, "greenReason", "disabled")); // waits all along
        kiosk.close();
        String rowB = "q-" + DAY + "-" + b;
        String rowC = "q-" + DAY + "-" + c;
        String rowA = "q-" + DAY + "-" + a;

        browser = Chromium.open(hall.url("/"), 1920, 1080);
        Chromium.Cdp page = browser.page();
        page.when("window.hallqDashboard && hallqDashboard.ready", "true");
        page.run("document.getElementById('token').value = " + js(MANAGER) + ";"
                + " document.getElementById('enter').click(); true");
        page.when("document.body.classList.contains('in')", "true");
        page.run("document.getElementById('tab-rectify').click();"
                + " document.getElementById('q-from').value = '2026-11-01';"
                + " document.getElementById('q-to').value = '2026-11-30'; true");
        JsonNode first = page.when("document.querySelectorAll('#q-table tbody tr').length === 3",
                "{b: " + cells(rowB) + ", summary: document.getElementById('q-summary').textContent}");
        // time, ticket, window, clerk, level, reasons, state, due (15 working days after Mon 11-23), responsible
        assertThat(first.path("b").toString()).startsWith("[\"11-23 09:00\",\"" + b + "\",\"4号窗口\",\"赵敏\","
                + "\"2 不满意\",\"等候时间长、服务态度\",\"待核实\",\"2026-12-14\",\"赵敏\"");
        assertThat(first.path("summary").asText()).isEqualTo("差评事项 3件 · 未办结 3件 · 已超期 0件");

        // B001: a step without its note is refused on the page, then 整改中 → 已整改 → 已回访
        page.run("document.querySelector('#" + rowB + " .step-rectifying').click(); true");
        page.when("document.querySelector('#" + rowB + " .msg').textContent === '请填写处理情况'", "true");
        at(DAY + "T10:00:00");
        step(page, rowB, "rectifying", "核实属实：高峰期等候过长");
        page.when("document.querySelector('#" + rowB + " td:nth-child(7)').textContent === '整改中'", "true");
        at("2026-11-25T10:00:00");
        step(page, rowB, "rectified", "增开弹性窗口");
        page.when("document.querySelector('#" + rowB + " td:nth-child(7)').textContent === '已整改'", "true");
        at("2026-11-26T15:00:00");
        step(page, rowB, "visited", "电话回访，群众满意");
        JsonNode visited = page.when("document.querySelector('#" + rowB + " td:nth-child(7)').textContent === '已回访'",
                "{steps: [...document.querySelectorAll('#" + rowB + " .step')].map(s => s.textContent),"
                        + " buttons: document.querySelectorAll('#" + rowB + " button').length}");
        assertThat(visited.path("steps").toString()).isEqualTo("[\"11-23 10:00 整改中：核实属实：高峰期等候过长\","
                + "\"11-25 10:00 已整改：增开弹性窗口\",\"11-26 15:00 已回访：电话回访，群众满意\"]");
        assertThat(visited.path("buttons").asInt()).as("closed: no further step").isZero();

        // C001: an appeal needs its reason; upheld, it leaves the window's figures
        page.run("document.querySelector('#" + rowC + " .step-appealed').click(); true");
        page.when("document.querySelector('#" + rowC + " .msg').textContent === '申诉须填写理由'", "true");
        step(page, rowC, "appealed", "群众误按评价键，有录像为证");
        page.when("document.querySelector('#" + rowC + " td:nth-child(7)').textContent === '申诉复核中'", "true");
        step(page, rowC, "upheld", "复核属实，不计入差评");
        page.when("document.querySelector('#" + rowC + " td:nth-child(7)').textContent === '复核通过'", "true");

        // by window: bad, upheld, rectified, 整改率, 按期整改率, 回访率
        JsonNode fig = page.when("document.querySelector('#q-by-window #qf-4 td:nth-child(5)')"
                        + " && document.querySelector('#q-by-window #qf-3 td:nth-child(3)').textContent === '1次'",
                "{w4: " + cells("q-by-window #qf-4") + ", w3: " + cells("q-by-window #qf-3")
                        + ", w1: " + cells("q-by-window #qf-1") + "}");
        assertThat(fig.path("w4").toString())
                .isEqualTo("[\"4号窗口\",\"1次\",\"0次\",\"1次\",\"100.0%\",\"100.0%\",\"100.0%\"]");
        assertThat(fig.path("w3").toString()).isEqualTo("[\"3号窗口\",\"1次\",\"1次\",\"0次\",\"—\",\"—\",\"—\"]");
        assertThat(fig.path("w1").toString()).isEqualTo("[\"1号窗口\",\"1次\",\"0次\",\"0次\",\"0.0%\",\"0.0%\",\"0.0%\"]");
        page.screenshot(Path.of("target", "screenshots", "dashboard-rectify.png"));

        // three weeks on, A001 (due 12-14) is overdue; the list says so when asked again
        at("2026-12-15T09:00:00");
        page.run("document.getElementById('q-query').click(); true");
        JsonNode late = page.when("document.getElementById('" + rowA + "').classList.contains('overdue')",
                "{due: document.querySelector('#" + rowA + " td:nth-child(8)').textContent,"
                        + " summary: document.getElementById('q-summary').textContent,"
                        + " others: document.querySelectorAll('#q-table tr.overdue').length}");
        assertThat(late.path("due").asText()).isEqualTo("2026-12-14 已超期");
        assertThat(late.path("summary").asText()).isEqualTo("差评事项 3件 · 未办结 1件 · 已超期 1件");
        assertThat(late.path("others").asInt()).isEqualTo(1);

        // the history view: the green channel by reason, and the reasons of the bad ratings that count
        page.run("document.getElementById('tab-history').click();"
                + " document.getElementById('h-from').value = '" + DAY + "';"
                + " document.getElementById('h-to').value = '" + DAY + "';"
                + " document.getElementById('h-query').click(); true");
        JsonNode h = page.when("document.getElementById('hg-disabled')"
                        + " && HQ.history.result() && HQ.history.result().from === '" + DAY + "'",
                "{disabled: " + cells("hg-disabled") + ", elderly: " + cells("hg-elderly")
                        + ", wait: " + cells("hr-wait") + ", unclear: " + cells("hr-unclear")
                        + ", other: " + cells("hr-other") + "}");
        assertThat(h.path("disabled").toString()).isEqualTo("[\"残疾人\",\"1件\",\"0件\",\"—\",\"—\"]");
        assertThat(h.path("elderly").toString()).isEqualTo("[\"老年人\",\"0件\",\"0件\",\"—\",\"—\"]");
        assertThat(h.path("wait").toString()).isEqualTo("[\"等候时间长\",\"1次\"]");
        // C001's 一次性告知不清 left with its upheld appeal
        assertThat(h.path("unclear").toString()).isEqualTo("[\"一次性告知不清\",\"0次\"]");
        assertThat(h.path("other").toString()).isEqualTo("[\"其他\",\"0次\"]");
    }
}
