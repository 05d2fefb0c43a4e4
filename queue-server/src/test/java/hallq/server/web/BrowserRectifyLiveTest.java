package hallq.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.net.WsClient;
import hallq.testkit.ManualClock;
import hallq.testkit.Tools;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rating (issue 20): two dashboards on the 差评整改 view in headless Chromium, against a real server of the demo hall.
 * A step taken on the first shows on the second without a reload or a query (the {@code rating-item} event), and a
 * new 差评 given at a window appears on both as it is given. Each page counts its {@code rating-items} requests: the
 * second reads the list once, when opened.
 */
class BrowserRectifyLiveTest {
    private static final String DAY = "2026-11-23";
    private static final String MANAGER = "demo-manager";

    private final ManualClock clock = ManualClock.shanghai(DAY + "T09:00:00");
    private WebHall hall;
    private Chromium first;
    private Chromium second;
    private WsClient pad;

    @BeforeEach
    void up() throws Exception {
        Tools.require(Chromium.installed(),
                "/usr/bin/chromium (Debian chromium) is absent: the dashboard's browser tests are not run");
        hall = new WebHall(clock);
        pad = WsClient.hello(hall.port, "pad-1", "demo-pad-1");
        ok(pad.request("login", "clerk", "1001", "pin", "4821"));
    }

    @AfterEach
    void down() throws Exception {
        if (pad != null) {
            pad.close();
        }
        List<String> csp = Chromium.closeWithHall(second, null);
        assertThat(Chromium.closeWithHall(first, hall)).as("the first page's CSP violations").isEmpty();
        assertThat(csp).as("the second page's CSP violations").isEmpty();
    }

    private static JsonNode ok(JsonNode reply) {
        assertThat(reply.path("ok").asBoolean()).as(reply.toString()).isTrue();
        return reply;
    }

    private String servedAndRated(int level, List<String> reasons) throws Exception {
        hall.issue("legal", false);
        String n = ok(pad.request("call-next")).path("ticket").path("number").asText();
        ok(pad.request("finish", "outcome", "done"));
        ok(pad.request("rate", "ticket", n, "level", level, "reasons", reasons));
        return n;
    }

    private static String js(String s) throws Exception {
        return Json.mapper().writeValueAsString(s);
    }

    /** A dashboard on the 差评整改 view, its rating-items requests counted in {@code window.itemReads}. */
    private Chromium dashboard() throws Exception {
        Chromium b = Chromium.open(hall.url("/"), 1600, 900);
        Chromium.Cdp page = b.page();
        page.when("window.hallqDashboard && hallqDashboard.ready", "true");
        page.run("window.itemReads = 0; const read = HQ.link.request;"
                + " HQ.link.request = function (op, args) { if (op === 'rating-items') window.itemReads++;"
                + " return read.apply(this, arguments); };"
                + " document.getElementById('token').value = " + js(MANAGER) + ";"
                + " document.getElementById('enter').click(); true");
        page.when("document.body.classList.contains('in')", "true");
        page.run("document.getElementById('tab-rectify').click();"
                + " document.getElementById('q-from').value = '2026-11-01';"
                + " document.getElementById('q-to').value = '2026-11-30'; true");
        return b;
    }

    private static String state(String row) {
        return "(document.querySelector('#" + row + " td:nth-child(7)') || {}).textContent";
    }

    @Test
    void aStepOnOnePageShowsOnTheOtherWithoutAReload() throws Exception {
        String a = servedAndRated(2, List.of("wait"));
        String rowA = "q-" + DAY + "-" + a;
        first = dashboard();
        second = dashboard();
        Chromium.Cdp one = first.page();
        Chromium.Cdp two = second.page();
        one.when(state(rowA) + " === '待核实'", "true");
        two.when(state(rowA) + " === '待核实'", "true");
        two.run("window.loadedAt = performance.timeOrigin; true");

        clock.set(ManualClock.shanghai(DAY + "T10:00:00").instant());
        one.run("document.querySelector('#" + rowA + " .note-input').value = '核实属实：高峰期等候过长';"
                + " document.querySelector('#" + rowA + " .step-rectifying').click(); true");
        JsonNode seen = two.when(state(rowA) + " === '整改中'",
                "{steps: [...document.querySelectorAll('#" + rowA + " .step')].map(s => s.textContent),"
                        + " reads: window.itemReads, same: window.loadedAt === performance.timeOrigin,"
                        + " next: [...document.querySelectorAll('#" + rowA + " button')].map(b => b.textContent)}");
        assertThat(seen.path("steps").toString()).isEqualTo("[\"11-23 10:00 整改中：核实属实：高峰期等候过长\"]");
        assertThat(seen.path("reads").asInt()).as("the list read once, when the view opened").isEqualTo(1);
        assertThat(seen.path("same").asBoolean()).as("the same document: no reload").isTrue();
        assertThat(seen.path("next").toString()).contains("已整改").doesNotContain("整改中");

        // a new 差评 at the window: on both pages as it is given, the summary counting it; what the second page's
        // manager is typing into the first item's row stays
        two.run("document.querySelector('#" + rowA + " .note-input').value = '已增开窗口'; true");
        clock.set(ManualClock.shanghai(DAY + "T10:20:00").instant());
        String b = servedAndRated(1, List.of("attitude"));
        String rowB = "q-" + DAY + "-" + b;
        for (Chromium.Cdp p : List.of(one, two)) {
            JsonNode added = p.when(state(rowB) + " === '待核实'",
                    "{rows: document.querySelectorAll('#q-table tbody tr').length,"
                            + " summary: document.getElementById('q-summary').textContent, reads: window.itemReads}");
            assertThat(added.path("rows").asInt()).isEqualTo(2);
            assertThat(added.path("summary").asText()).isEqualTo("差评事项 2件 · 未办结 2件 · 已超期 0件");
            assertThat(added.path("reads").asInt()).isEqualTo(1);
        }
        assertThat(two.run("document.querySelector('#" + rowA + " .note-input').value").asText())
                .as("typing survives another item's event").isEqualTo("已增开窗口");
    }
}
