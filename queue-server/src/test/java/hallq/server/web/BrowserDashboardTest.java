package hallq.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.hall.HallFile;
import hallq.server.net.WsClient;
import hallq.testkit.ManualClock;
import hallq.testkit.Tools;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET / (the manager's dashboard) in headless Chromium against a real server whose clock the test moves through a
 * scripted day of the demo hall: known waits, service times, ratings, outcomes. The live view follows a call made
 * through the API; the history view, the follow-up list and the monthly report show the day's exact figures;
 * a wrong token is refused. Screenshots go to target/screenshots. Skipped without /usr/bin/chromium (failed under
 * CI=true, see {@link Tools}).
 */
class BrowserDashboardTest {
    private static final String DAY = "2026-11-23";
    private static final String MANAGER = "demo-manager";

    private final ManualClock clock = ManualClock.shanghai(DAY + "T08:30:00");
    private final Map<Integer, WsClient> pads = new HashMap<>();
    private WebHall hall;
    private int port;
    private Chromium browser;

    @BeforeEach
    void up() throws Exception {
        Tools.require(Chromium.installed(),
                "/usr/bin/chromium (Debian chromium) is absent: the dashboard's browser tests are not run");
        hall = new WebHall(clock);
        port = hall.port;
    }

    @AfterEach
    void down() throws Exception {
        pads.values().forEach(WsClient::close);
        assertThat(Chromium.closeWithHall(browser, hall)).as("the page's Content-Security-Policy violations")
                .isEmpty();
    }

    private void at(String hhmm) {
        clock.set(ManualClock.shanghai(DAY + "T" + hhmm + ":00").instant());
    }

    private void issue(String zone) throws Exception {
        hall.issue(zone, false);
    }

    /** Window {@code n}'s pad, its clerk logged in. */
    private WsClient pad(int n) {
        return pads.computeIfAbsent(n, k -> {
            WsClient c = WsClient.hello(port, "pad-" + k, "demo-pad-" + k);
            String[] pins = {"4821", "7315", "2648", "9152"};
            ok(c.request("login", "clerk", "100" + k, "pin", pins[k - 1]));
            return c;
        });
    }

    private static JsonNode ok(JsonNode reply) {
        assertThat(reply.path("ok").asBoolean()).as(reply.toString()).isTrue();
        return reply;
    }

    private String callNext(int window) {
        return ok(pad(window).request("call-next")).path("ticket").path("number").asText();
    }

    private void finish(int window, String outcome, String number, int rating) {
        ok(pad(window).request("finish", "outcome", outcome));
        ok(pad(window).request("rate", "ticket", number, "level", rating));
    }

    /**
     * Waits (s) of the called tickets: A001 600, B001 480, A002 1200 (no-show), B002 1500, C001 1980, and A003
     * 2100 once the test calls it. Service (s): A001 540, B001 1080, B002 480, C001 480. Ratings 5, 2, 4, 1.
     */
    private void scriptedDay() throws Exception {
        at("09:00"); issue("legal");                 // A001
        at("09:02"); issue("legal");                 // A002
        at("09:04"); issue("natural");               // B001
        at("09:06"); issue("natural");               // B002
        at("09:08"); issue("estate");                // C001
        at("09:10"); assertThat(callNext(1)).isEqualTo("A001");
        at("09:11"); ok(pad(1).request("start"));
        at("09:12"); assertThat(callNext(4)).isEqualTo("B001");
        ok(pad(4).request("start"));
        at("09:20"); finish(1, "done", "A001", 5);
        at("09:22"); assertThat(callNext(1)).isEqualTo("A002");
        at("09:25"); ok(pad(1).request("no-show"));
        at("09:30"); finish(4, "accepted", "B001", 2);
        at("09:31"); assertThat(callNext(4)).isEqualTo("B002");
        at("09:32"); ok(pad(4).request("start"));
        at("09:40"); finish(4, "incomplete", "B002", 4);
        at("09:41"); assertThat(callNext(3)).isEqualTo("C001");
        at("09:42"); ok(pad(3).request("start"));
        at("09:45"); issue("legal");                 // A003
        at("09:50"); finish(3, "consult", "C001", 1);
        at("10:00"); ok(pad(2).request("pause", "reason", "会议"));
        at("10:02"); issue("natural");               // B003
        at("10:20");                                 // A003 has waited 35 min (red), B003 18 min (amber)
    }

    private Chromium.Cdp openDashboard() throws Exception {
        browser = Chromium.open(hall.url("/"), 1920, 1080);
        return browser.page();
    }

    private static void logIn(Chromium.Cdp page, String token) throws Exception {
        page.when("window.hallqDashboard && hallqDashboard.ready", "true"); // the form's handler is in place
        page.run("document.getElementById('token').value = " + Json.mapper().writeValueAsString(token) + ";"
                + " document.getElementById('enter').click(); true");
    }

    /** Opens a view, puts the day in its from and to fields, and asks. */
    private static void ask(Chromium.Cdp page, String view, String prefix, String day) throws Exception {
        page.run("document.getElementById('tab-" + view + "').click();"
                + " document.getElementById('" + prefix + "-from').value = '" + day + "';"
                + " document.getElementById('" + prefix + "-to').value = '" + day + "';"
                + " document.getElementById('" + prefix + "-query').click(); true");
    }

    private static String text(String selector) {
        return "document.querySelector('" + selector + "').textContent";
    }

    private static Path shot(String name) {
        return Path.of("target", "screenshots", name);
    }

    @Test
    void aWrongTokenIsRefusedAndNothingIsKept() throws Exception {
        Chromium.Cdp page = openDashboard();
        logIn(page, "not-a-token");
        JsonNode refused = page.when(text("#login-error") + " === '令牌错误，请重新输入'",
                "{in: document.body.classList.contains('in'), kept: sessionStorage.getItem('hallq.managerToken'),"
                        + " app: getComputedStyle(document.getElementById('app')).display}");
        assertThat(refused.path("in").asBoolean()).isFalse();
        assertThat(refused.path("kept").isNull()).isTrue();
        assertThat(refused.path("app").asText()).isEqualTo("none");
        page.screenshot(shot("dashboard-wrong-token.png"));

        logIn(page, "demo-pad-1"); // a real token, but a window's
        page.when(text("#login-error") + " === '该令牌不是管理员令牌'", "true");
        assertThat(page.run("document.body.classList.contains('in')").asBoolean()).isFalse();
    }

    @Test
    void theLiveViewFollowsACallMadeThroughTheApi() throws Exception {
        scriptedDay();
        Chromium.Cdp page = openDashboard();
        logIn(page, MANAGER);
        JsonNode before = page.when("document.body.classList.contains('in')"
                        + " && " + text("#live-issued .num") + " === '7'"
                        + " && document.querySelector('#zone-legal td:nth-child(2) .num') !== null",
                "{served: " + text("#live-served .num") + ", noShow: " + text("#live-noshow .num")
                        + ", waiting: " + text("#live-waiting .num") + ", avgWait: " + text("#live-avgwait .num")
                        + ", p90: " + text("#live-p90wait .num") + ", satisfaction: " + text("#live-satisfaction .num")
                        + ", legal: " + text("#zone-legal td:nth-child(2) .num")
                        + ", legalClass: document.getElementById('zone-legal').className"
                        + ", naturalClass: document.getElementById('zone-natural').className"
                        + ", estateClass: document.getElementById('zone-estate').className"
                        + ", paused: " + text("#counter-2 .state") + ", reason: " + text("#counter-2 .reason")
                        + ", closed: " + text("#counter-5 .state") + ", clerk4: " + text("#counter-4 td:nth-child(3)")
                        + ", served4: " + text("#counter-4 td:nth-child(6) .num")
                        + ", recent: [...document.querySelectorAll('#recent-list .num')].map(n => n.textContent)"
                        + ", kept: sessionStorage.getItem('hallq.managerToken'), charts: typeof echarts}");
        assertThat(before.path("served").asText()).isEqualTo("4");
        assertThat(before.path("noShow").asText()).isEqualTo("1");
        assertThat(before.path("waiting").asText()).isEqualTo("2");
        assertThat(before.path("avgWait").asText()).isEqualTo("19.2");   // 5760 s / 5
        assertThat(before.path("p90").asText()).isEqualTo("33.0");       // 1980 s
        assertThat(before.path("satisfaction").asText()).isEqualTo("50.0");
        assertThat(before.path("legal").asText()).isEqualTo("1");
        assertThat(before.path("legalClass").asText()).contains("red");
        assertThat(before.path("naturalClass").asText()).contains("amber").doesNotContain("red");
        assertThat(before.path("estateClass").asText()).doesNotContain("amber").doesNotContain("red");
        assertThat(before.path("paused").asText()).isEqualTo("暂停");
        assertThat(before.path("reason").asText()).isEqualTo("会议");
        assertThat(before.path("closed").asText()).isEqualTo("未登录");
        assertThat(before.path("clerk4").asText()).isEqualTo("赵敏");
        assertThat(before.path("served4").asText()).isEqualTo("2");
        assertThat(before.path("recent").toString()).isEqualTo("[\"C001\",\"B002\",\"A002\",\"B001\",\"A001\"]");
        assertThat(before.path("kept").asText()).isEqualTo(MANAGER);
        assertThat(before.path("charts").asText()).isEqualTo("object");
        page.screenshot(shot("dashboard-live-before-call.png"));

        assertThat(callNext(1)).isEqualTo("A003");
        JsonNode after = page.when(text("#counter-1 .ticket") + " === 'A003'"
                        + " && " + text("#live-avgwait .num") + " === '21.8'",
                "{state: " + text("#counter-1 .state") + ", legal: " + text("#zone-legal td:nth-child(2) .num")
                        + ", legalClass: document.getElementById('zone-legal').className"
                        + ", first: " + text("#recent-list li .num") + ", p90: " + text("#live-p90wait .num")
                        + ", pageHeight: document.documentElement.scrollHeight"
                        + ", liveOverflow: document.getElementById('view-live').scrollHeight"
                        + " - document.getElementById('view-live').clientHeight"
                        + ", windowsOverflow: document.querySelector('.windows-box').scrollHeight"
                        + " - document.querySelector('.windows-box').clientHeight}");
        assertThat(after.path("state").asText()).isEqualTo("已叫号");
        assertThat(after.path("legal").asText()).isEqualTo("0");
        assertThat(after.path("legalClass").asText()).doesNotContain("red");
        assertThat(after.path("first").asText()).isEqualTo("A003");
        assertThat(after.path("p90").asText()).isEqualTo("35.0");
        // one screen at 1920×1080: nothing to scroll
        assertThat(after.path("pageHeight").asInt()).isLessThanOrEqualTo(1080);
        assertThat(after.path("liveOverflow").asInt()).isLessThanOrEqualTo(0);
        assertThat(after.path("windowsOverflow").asInt()).isLessThanOrEqualTo(0);
        page.when("true", "true");
        page.screenshot(shot("dashboard-live.png"));

        // English, and the token kept for the session: a reload needs no token
        page.run("document.getElementById('lang').click(); true");
        page.when(text("#tab-live") + " === 'Live' && " + text("#counter-1 .state") + " === 'Called'", "true");
        page.screenshot(shot("dashboard-live-en.png"));
        page.run("location.reload(); true");
        page.when("document.body.classList.contains('in') && " + text("#live-issued .num") + " === '7'"
                + " && " + text("#tab-live") + " === 'Live'", "true");
    }

    @Test
    void aBigHallsLiveViewStillFitsOneScreen() throws Exception {
        StringBuilder yaml = new StringBuilder("hall: { id: big, name: 大厅, timezone: Asia/Shanghai }\nzones:\n");
        for (int z = 0; z < 10; z++) {
            yaml.append("  - { id: z").append(z).append(", name: 第").append(z + 1).append("服务区, prefix: ")
                    .append((char) ('A' + z)).append(" }\n");
        }
        yaml.append("counters:\n");
        for (int c = 1; c <= 24; c++) {
            yaml.append("  - { id: \"").append(c).append("\", name: ").append(c).append("号窗口, zones: [z")
                    .append(c % 10).append("] }\n");
        }
        yaml.append("devices:\n  - { id: office, role: manager, token: \"").append(MANAGER).append("\" }\n");
        hall.close();
        hall = new WebHall(HallFile.parse(new ByteArrayInputStream(yaml.toString().getBytes(StandardCharsets.UTF_8)),
                "big.yaml"), clock);
        Chromium.Cdp page = openDashboard();
        logIn(page, MANAGER);
        JsonNode fit = page.when("document.querySelectorAll('#live-counters tbody tr').length === 24"
                        + " && document.querySelectorAll('#live-zones tbody tr').length === 10",
                "{page: document.documentElement.scrollHeight,"
                        + " windows: document.querySelector('.windows-box').scrollHeight"
                        + " - document.querySelector('.windows-box').clientHeight,"
                        + " zones: document.querySelector('.zones-box').scrollHeight"
                        + " - document.querySelector('.zones-box').clientHeight}");
        assertThat(fit.path("page").asInt()).isLessThanOrEqualTo(1080);
        assertThat(fit.path("windows").asInt()).as("24 windows").isLessThanOrEqualTo(0);
        assertThat(fit.path("zones").asInt()).as("10 zones").isLessThanOrEqualTo(0);
        page.screenshot(shot("dashboard-live-big-hall.png"));
    }

    @Test
    void historyFollowUpsAndTheMonthlyReportShowTheDaysFigures() throws Exception {
        scriptedDay();
        assertThat(callNext(1)).isEqualTo("A003");
        Chromium.Cdp page = openDashboard();
        logIn(page, MANAGER);
        page.when("document.body.classList.contains('in')", "true");

        ask(page, "history", "h", DAY);
        JsonNode h = page.when("window.HQ.history.result() && HQ.history.result().from === '" + DAY + "'"
                        + " && " + text("#h-issued .num") + " === '7'",
                "{served: " + text("#h-served .num") + ", noShow: " + text("#h-noshow .num")
                        + ", transferred: " + text("#h-transferred .num") + ", avgWait: " + text("#h-avgwait .num")
                        + ", p90: " + text("#h-p90wait .num") + ", avgService: " + text("#h-avgservice .num")
                        + ", satisfaction: " + text("#h-satisfaction .num")
                        + ", units: [...document.querySelectorAll('#h-avgwait .unit, #h-issued .unit, #h-satisfaction .unit')]"
                        + ".map(n => n.textContent)"
                        + ", legal: [...document.querySelectorAll('#hz-legal td')].map(n => n.textContent)"
                        + ", window4: [...document.querySelectorAll('#hw-4 td')].map(n => n.textContent)"
                        + ", clerk: [...document.querySelectorAll('#hc-1003 td')].map(n => n.textContent)"
                        + ", consult: " + text("#ho-consult td:nth-child(2) .num")
                        + ", align: getComputedStyle(document.querySelector('#hz-legal td:nth-child(2)')).textAlign}");
        assertThat(h.path("served").asText()).isEqualTo("4");
        assertThat(h.path("noShow").asText()).isEqualTo("1");
        assertThat(h.path("transferred").asText()).isEqualTo("0");
        assertThat(h.path("avgWait").asText()).isEqualTo("21.8");     // 7860 s / 6
        assertThat(h.path("p90").asText()).isEqualTo("35.0");         // 2100 s
        assertThat(h.path("avgService").asText()).isEqualTo("10.8");  // 2580 s / 4
        assertThat(h.path("satisfaction").asText()).isEqualTo("50.0");
        assertThat(h.path("units").toString()).isEqualTo("[\"件\",\"分钟\",\"%\"]");
        // zone, issued, served, no-show, transferred, avg wait (600, 1200, 2100), p90, max
        assertThat(h.path("legal").toString()).isEqualTo(
                "[\"法人服务区\",\"3件\",\"1件\",\"1件\",\"0件\",\"21.7分钟\",\"35.0分钟\",\"35.0分钟\"]");
        // window 4: B001 (1080 s, rated 2) and B002 (480 s, rated 4)
        assertThat(h.path("window4").toString()).isEqualTo(
                "[\"4号窗口\",\"2件\",\"13.0分钟\",\"0件\",\"0.0分钟\",\"01010次\",\"50.0%\"]");
        assertThat(h.path("clerk").toString()).isEqualTo("[\"王五\",\"1件\",\"8.0分钟\",\"10000次\",\"0.0%\"]");
        assertThat(h.path("consult").asText()).isEqualTo("1");
        assertThat(h.path("align").asText()).isEqualTo("right");
        page.screenshot(shot("dashboard-history.png"));
        // cases2 (issue 18): B001 (accepted) and B002 (补正) at window 4 of 自然人服务区
        JsonNode cases = page.when("!document.getElementById('h-cases-box').hidden",
                "{opened: " + text("#hcs-casesOpened td:nth-child(2) .num") + ", natural: [...document"
                        + ".querySelectorAll('#hcz-natural td')].map(n => n.textContent), window4: [...document"
                        + ".querySelectorAll('#hcw-4 td')].map(n => n.textContent)}");
        assertThat(cases.path("opened").asText()).isEqualTo("2");
        // zone, opened, judged (B001 has no due date: none), on time, early, late, days, one visit (B002 outside)
        assertThat(cases.path("natural").get(0).asText()).isEqualTo("自然人服务区");
        assertThat(cases.path("natural").get(1).asText()).isEqualTo("2件");
        assertThat(cases.path("natural").get(7).asText()).isEqualTo("0.0%");
        assertThat(cases.path("window4").get(1).asText()).isEqualTo("2件");
        page.run("document.getElementById('h-cases-box').scrollIntoView(); true");
        page.screenshot(shot("dashboard-history-cases.png"));

        // the 差评 list: B001 (level 2) and C001 (level 1); one followed up with a note
        ask(page, "followups", "f", DAY);
        JsonNode f = page.when("HQ.followups.loaded() === '" + DAY + "/" + DAY + "'",
                "[...document.querySelectorAll('#f-table tbody tr')].map(r => [...r.children].slice(0, 7)"
                        + ".map(c => c.textContent).join('|'))");
        assertThat(f.toString()).isEqualTo("[\"11-23 09:30|B001|自然人服务区|4号窗口|赵敏|2 不满意|承诺\","
                + "\"11-23 09:50|C001|不动产服务区|3号窗口|王五|1 非常不满意|咨询\"]");
        page.run("document.querySelector('#f-2026-11-23-C001 .save').click(); true");
        page.when(text("#f-2026-11-23-C001 .msg") + " === '请填写回访情况'", "true");
        page.run("document.querySelector('#f-2026-11-23-C001 .note-input').value = '已电话回访，解释办理流程';"
                + " document.querySelector('#f-2026-11-23-C001 .save').click(); true");
        page.when("document.getElementById('f-2026-11-23-C001').classList.contains('followed')", "true");
        HttpResponse<String> stored = hall.get("/api/followups?from=" + DAY + "&to=" + DAY, MANAGER);
        assertThat(Json.mapper().readTree(stored.body()).path("badRatings").get(1).path("followUp").path("note")
                .asText()).isEqualTo("已电话回访，解释办理流程");
        page.screenshot(shot("dashboard-followups.png"));

        // the monthly report (通报)
        page.run("document.getElementById('tab-report').click();"
                + " document.getElementById('r-month').value = '2026-11';"
                + " document.getElementById('r-make').click(); true");
        JsonNode r = page.when("HQ.report.result() && HQ.report.result().from === '2026-11-01'"
                        + " && document.querySelectorAll('#r-summary tbody tr').length === 10",
                "{title: " + text("#r-title") + ", summary: [...document.querySelectorAll('#r-summary tbody tr')]"
                        + ".map(r => r.textContent), windows: document.querySelectorAll('#r-windows tbody tr').length,"
                        + " bad: [...document.querySelectorAll('#r-bad tbody tr')].map(r => r.textContent)}");
        assertThat(r.path("title").asText()).isEqualTo("示范区政务服务大厅 2026年11月运行情况通报");
        assertThat(r.path("summary").toString()).isEqualTo("[\"取号7件\",\"办结4件\",\"过号1件\",\"转办0件\","
                + "\"平均等候21.8分钟\",\"90%等候不超过35.0分钟\",\"平均办理10.8分钟\",\"满意度50.0%\",\"差评2件\","
                + "\"已回访1件\"]");
        assertThat(r.path("windows").asInt()).isEqualTo(8);
        assertThat(r.path("bad").toString()).isEqualTo("[\"11-23 09:30B0014号窗口赵敏2 不满意待回访\","
                + "\"11-23 09:50C0013号窗口王五1 非常不满意已电话回访，解释办理流程\"]");
        // cases2 (issue 18): A001 done on the spot (within), B002 补正 (outside), B001 accepted (not ended): 1 of 2
        JsonNode monthCases = page.when("document.getElementById('r-cases-line') !== null",
                "{line: " + text("#r-cases-line") + ", shown: !document.getElementById('r-cases-box').hidden}");
        assertThat(monthCases.path("shown").asBoolean()).isTrue();
        assertThat(monthCases.path("line").asText()).endsWith("0件50.0%");
        page.screenshot(shot("dashboard-report.png"));
        JsonNode pdf = page.send("Page.printToPDF", Json.mapper().createObjectNode().put("paperWidth", 8.27)
                .put("paperHeight", 11.69).put("preferCSSPageSize", true));
        byte[] bytes = Base64.getDecoder().decode(pdf.path("data").asText());
        Files.write(shot("dashboard-report.pdf"), bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        java.util.regex.Matcher pages = java.util.regex.Pattern.compile("/Count (\\d+)").matcher(text);
        assertThat(pages.find() ? pages.group(1) : null).as("the month on one A4 page").isEqualTo("1");
        // what the printer gets: only the report, on an A4-wide page (210 mm at 96 dpi)
        page.send("Emulation.setEmulatedMedia", Json.mapper().createObjectNode().put("media", "print"));
        page.send("Emulation.setDeviceMetricsOverride", Json.mapper().createObjectNode().put("width", 794)
                .put("height", 1123).put("deviceScaleFactor", 1).put("mobile", false));
        JsonNode printed = page.when("getComputedStyle(document.querySelector('header')).display === 'none'",
                "{controls: getComputedStyle(document.querySelector('#view-report .controls')).display,"
                        + " report: getComputedStyle(document.getElementById('report-page')).display}");
        assertThat(printed.path("controls").asText()).isEqualTo("none");
        assertThat(printed.path("report").asText()).isEqualTo("block");
        page.screenshot(shot("dashboard-report-print.png"));
    }
}
