package hallq.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.net.WsClient;
import hallq.testkit.Tools;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /display in headless Chromium against a real server: the snapshot on the screen after the hello, a live
 * call and a recall pushed over the WebSocket and queued for speech in order, a display's zones. Chromium is
 * driven over its DevTools protocol (no Selenium, see {@link Chromium}); skipped without it
 * (failed under CI=true, see {@link Tools}).
 */
class BrowserDisplayTest {
    private WebHall hall;
    private int port;
    private Chromium browser;

    @BeforeEach
    void up() throws Exception {
        Tools.require(Chromium.installed(),
                "/usr/bin/chromium (Debian chromium) is absent: the browser display test is not run");
        hall = new WebHall(Clock.systemUTC());
        port = hall.port;
    }

    @AfterEach
    void down() throws Exception {
        assertThat(Chromium.closeWithHall(browser, hall)).as("the page's Content-Security-Policy violations")
                .isEmpty();
    }

    private String issue(String zone, boolean green) throws Exception {
        return hall.issue(zone, green);
    }

    private static String ok(JsonNode reply) {
        assertThat(reply.path("ok").asBoolean()).as(reply.toString()).isTrue();
        return reply.path("ticket").path("number").asText();
    }

    private Chromium.Cdp open(String path, int width, int height) throws Exception {
        browser = Chromium.open(hall.url(path), width, height);
        return browser.page();
    }

    @Test
    void theSnapshotThenLiveCallsAndARecallQueuedForSpeechInOrder() throws Exception {
        issue("legal", false);
        issue("legal", false);
        issue("natural", false);
        issue("legal", true);
        WsClient pad3 = WsClient.hello(port, "pad-3", "demo-pad-3");
        ok(pad3.request("login", "clerk", "1001", "pin", "4821"));
        String first = ok(pad3.request("call-next"));
        assertThat(first).isEqualTo("VA001");

        Chromium.Cdp page = open("/display?device=board-1&token=demo-board-1", 1920, 1080);
        try {
            JsonNode shown = page.when("document.getElementById('number').textContent === '" + first + "'"
                            + " && !document.body.classList.contains('down')",
                    "{hall: document.getElementById('hall-name').textContent,"
                            + " window: document.getElementById('window').textContent,"
                            + " legal: document.getElementById('zone-legal-waiting').textContent,"
                            + " natural: document.getElementById('zone-natural-waiting').textContent,"
                            + " zones: document.querySelectorAll('.zone').length}");
            assertThat(shown.path("hall").asText()).isEqualTo("示范区政务服务大厅");
            assertThat(shown.path("window").asText()).isEqualTo("3号窗口");
            assertThat(shown.path("legal").asText()).isEqualTo("2");
            assertThat(shown.path("natural").asText()).isEqualTo("1");
            assertThat(shown.path("zones").asInt()).isEqualTo(5);
            // the token left the address bar (history, Referer) at once; the tab's session keeps it for a reload
            JsonNode where = page.run("JSON.stringify({search: location.search, hash: location.hash,"
                    + " kept: sessionStorage.getItem('hallq.displayToken'), entries: history.length})");
            JsonNode w = Json.mapper().readTree(where.asText());
            assertThat(w.path("search").asText()).isEqualTo("?device=board-1");
            assertThat(w.path("hash").asText()).isEmpty();
            assertThat(w.path("kept").asText()).isEqualTo("demo-board-1");
            // the same tab opened again without a token: it says hello with the kept one
            page.send("Page.navigate", Json.mapper().createObjectNode().put("url", hall.url("/display?device=board-1")));
            page.when("document.getElementById('number').textContent === '" + first + "'"
                    + " && !document.body.classList.contains('down')", "true");

            // live: finish, the next call, a recall of it; the screen follows and speech is queued in order
            ok(pad3.request("finish", "outcome", "done"));
            String second = ok(pad3.request("call-next"));
            ok(pad3.request("recall"));
            JsonNode live = page.when("document.getElementById('number').textContent === '" + second + "'"
                            + " && document.getElementById('call').classList.contains('recall')"
                            + " && document.getElementById('zone-legal-waiting').textContent === '1'",
                    "{recent: [...document.querySelectorAll('#recent-list .num')].map(n => n.textContent),"
                            + " en: document.getElementById('newest-en').textContent,"
                            + " spoken: window.hallqDisplay.spoken, said: window.hallqDisplay.said,"
                            + " speech: 'speechSynthesis' in window}");
            assertThat(live.path("recent").toString()).isEqualTo("[\"" + first + "\"]");
            // the screen's English line and the voice are the event's announce, word for word
            assertThat(live.path("en").asText()).isEqualTo("Number " + second + ", please go to Window 3");
            if (live.path("speech").asBoolean()) {
                assertThat(live.path("spoken").toString())
                        .isEqualTo("[\"" + second + "\",\"" + second + " recall\"]");
                String digits = second.substring(1).chars().mapToObj(c -> String.valueOf("零一二三四五六七八九"
                        .charAt(c - '0'))).collect(java.util.stream.Collectors.joining());
                String zh = "请 " + second.charAt(0) + " " + digits + " 号到3号窗口办理";
                assertThat(live.path("said")).extracting(JsonNode::asText).containsExactly(
                        zh, "Number " + second + ", please go to Window 3",
                        "重呼，" + zh, "Calling again. Number " + second + ", please go to Window 3");
            }
            // the hall's clock: Asia/Shanghai, whatever the browser's zone
            String hallTime = java.time.LocalTime.now(java.time.ZoneId.of("Asia/Shanghai")).toString().substring(0, 2);
            JsonNode clock = page.when("document.getElementById('clock').textContent.length === 8",
                    "document.getElementById('clock').textContent");
            assertThat(clock.asText()).matches("\\d\\d:\\d\\d:\\d\\d");
            assertThat(Integer.parseInt(clock.asText().substring(0, 2)))
                    .isIn(Integer.parseInt(hallTime), (Integer.parseInt(hallTime) + 1) % 24);
            page.when("document.getElementById('call').classList.remove('blink') === undefined", "true"); // still
            page.screenshot(Path.of("target", "screenshots", "display-browser.png"));
        } finally {
            page.close();
            pad3.close();
        }
    }

    @Test
    void aDisplayWithZonesInTheHallFileSeesOnlyThose() throws Exception {
        issue("estate", false);
        issue("legal", false);
        // the token in the fragment: never sent to the server, nor in a Referer
        Chromium.Cdp page = open("/display?voice=0#token=demo-board-estate", 1080, 1920);
        try {
            JsonNode shown = page.when("document.querySelectorAll('.zone').length > 0",
                    "[...document.querySelectorAll('.zone')].map(z => z.id)");
            assertThat(shown.toString()).isEqualTo("[\"zone-estate\"]");
            assertThat(page.run("location.search + location.hash").asText()).isEqualTo("?voice=0");
            page.screenshot(Path.of("target", "screenshots", "display-browser-portrait.png"));
        } finally {
            page.close();
        }
    }

    /** The rectangles of the voice button and of what it must not cover, and the call box's text. */
    private static final String LAYOUT = "(() => { const r = n => { const b = n.getBoundingClientRect();"
            + " return {id: n.id || n.className, l: b.left, t: b.top, r: b.right, b: b.bottom}; };"
            + " const s = document.getElementById('sound');"
            + " return {sound: s.hidden ? null : r(s), width: innerWidth, height: innerHeight,"
            + " others: [...document.querySelectorAll('.zone, #call, #recent, #zones, #hall-name, #clock, #date')].map(r)};"
            + " })()";

    private static void assertNothingCovered(JsonNode layout, String size) {
        JsonNode s = layout.path("sound");
        assertThat(s.isNull()).as("the voice button is shown (" + size + ")").isFalse();
        assertThat(s.path("r").asDouble()).as("inside the page " + size).isLessThanOrEqualTo(layout.path("width").asDouble());
        assertThat(s.path("b").asDouble()).as("inside the page " + size).isLessThanOrEqualTo(layout.path("height").asDouble());
        for (JsonNode o : layout.path("others")) {
            boolean overlaps = s.path("l").asDouble() < o.path("r").asDouble() && o.path("l").asDouble() < s.path("r").asDouble()
                    && s.path("t").asDouble() < o.path("b").asDouble() && o.path("t").asDouble() < s.path("b").asDouble();
            assertThat(overlaps).as("the voice button over " + o + " at " + size).isFalse();
        }
    }

    @Test
    void theCallsWordsAreTheEventsAnnounceAndTheVoiceButtonCoversNothing() throws Exception {
        issue("legal", false);
        for (int z = 0; z < 4; z++) {
            issue("estate", false); // a count in the last zones too
        }
        try (WsClient manager = WsClient.hello(port, "office", "demo-manager");
             WsClient pad3 = WsClient.hello(port, "pad-3", "demo-pad-3")) {
            Chromium.Cdp page = open("/display?device=board-1#token=demo-board-1", 1920, 1080);
            page.when("!document.body.classList.contains('down')", "true");
            ok(pad3.request("login", "clerk", "1001", "pin", "4821"));
            String number = ok(pad3.request("call-next"));
            JsonNode announce = manager.awaitEvent("called", e -> true).path("announce");
            JsonNode shown = page.when("document.getElementById('number').textContent === '" + number + "'",
                    "{zh: document.getElementById('newest-zh').textContent,"
                            + " en: document.getElementById('newest-en').textContent,"
                            + " box: document.getElementById('call').innerText}");
            // both lines word for word as the server wrote them; the page adds no sentence of its own
            assertThat(shown.path("zh").asText()).isEqualTo(announce.path("zh").asText()).contains(number);
            assertThat(shown.path("en").asText()).isEqualTo(announce.path("en").asText()).contains(number);
            assertThat(shown.path("box").asText()).doesNotContain("请到").doesNotContain("please go to Window 3\n");
            if (page.run("'speechSynthesis' in window").asBoolean()) {
                assertNothingCovered(page.run(LAYOUT), "1920x1080");
            }
            page.run("document.getElementById('call').classList.remove('blink'); true");
            page.screenshot(Path.of("target", "screenshots", "display-browser-call.png"));

            page.send("Emulation.setDeviceMetricsOverride", Json.mapper().createObjectNode().put("width", 1280)
                    .put("height", 720).put("deviceScaleFactor", 1).put("mobile", false));
            page.when("innerWidth === 1280", "true");
            if (page.run("'speechSynthesis' in window").asBoolean()) {
                assertNothingCovered(page.run(LAYOUT), "1280x720");
            }
            page.screenshot(Path.of("target", "screenshots", "display-browser-1280x720.png"));
            page.close();
        }
    }

    /** Keeps each WebSocket the page opens (for a test to push a frame into it) and counts its errors and warnings. */
    private static final String SOCKETS = "(() => { const W = window.WebSocket; window.hallqSockets = [];"
            + " window.WebSocket = class extends W { constructor(...a) { super(...a); hallqSockets.push(this); } };"
            + " window.hallqErrors = []; addEventListener('error', e => hallqErrors.push(String(e.message)));"
            + " addEventListener('unhandledrejection', e => hallqErrors.push(String(e.reason)));"
            + " window.hallqWarnings = 0; const warn = console.warn;"
            + " console.warn = (...a) => { hallqWarnings++; warn.apply(console, a); }; })();";

    @Test
    void anEventOfAnUnknownKindOrAMalformedOneDoesNotBreakThePage() throws Exception {
        issue("legal", false);
        issue("legal", false);
        try (WsClient pad3 = WsClient.hello(port, "pad-3", "demo-pad-3")) {
            Chromium.Cdp page = open("/display?voice=0#token=demo-board-1", 1280, 720);
            page.when("window.hallqDisplay && hallqDisplay.connected", "true"); // the token kept for the reload
            page.send("Page.addScriptToEvaluateOnNewDocument", Json.mapper().createObjectNode().put("source", SOCKETS));
            page.send("Page.navigate", Json.mapper().createObjectNode().put("url", hall.url("/display?voice=0")));
            long seq = page.when("window.hallqSockets && hallqSockets.length === 1 && window.hallqDisplay"
                    + " && hallqDisplay.connected", "hallqDisplay.seq").asLong();
            // frames as if from the server, far ahead of its seq: were one taken, the real call after it would not be
            String at = "\"at\": \"2026-11-23T09:15:02.113+08:00\"";
            String ticket = "{\"number\": \"A999\", \"zone\": \"legal\", \"green\": false, \"recalls\": 0}";
            List<String> frames = List.of(
                    "{\"event\": \"weather\", \"seq\": " + (seq + 1000) + ", " + at + ", \"sky\": \"blue\"}",
                    "{\"event\": \"called\", \"seq\": " + (seq + 1001) + ", " + at + ", \"ticket\": " + ticket
                            + ", \"counter\": {\"id\": \"3\"}, \"recall\": false}",
                    "{\"event\": \"queue\", \"seq\": " + (seq + 1002) + ", " + at
                            + ", \"zone\": \"legal\", \"waiting\": \"many\", \"greenWaiting\": 0, \"longestWaitSec\": 0}",
                    "{\"event\": \"called\", \"seq\": " + (seq + 1003) + ", " + at + ", \"ticket\": \"A999\"}",
                    "not json at all");
            for (String f : frames) {
                page.run("hallqSockets[0].dispatchEvent(new MessageEvent('message', {data: "
                        + Json.mapper().writeValueAsString(f) + "})); true");
            }
            JsonNode after = page.run("JSON.stringify({seq: hallqDisplay.seq, errors: hallqErrors, warnings: hallqWarnings,"
                    + " number: document.getElementById('number').textContent,"
                    + " legal: document.getElementById('zone-legal-waiting').textContent})");
            JsonNode a = Json.mapper().readTree(after.asText());
            assertThat(a.path("seq").asLong()).isEqualTo(seq);
            assertThat(a.path("errors").size()).as(a.toString()).isZero();
            assertThat(a.path("warnings").asInt()).as("each malformed frame said in the console").isEqualTo(4);
            assertThat(a.path("number").asText()).isNotEqualTo("A999");
            assertThat(a.path("legal").asText()).isEqualTo("2");

            // the page still follows the hall
            ok(pad3.request("login", "clerk", "1001", "pin", "4821"));
            String number = ok(pad3.request("call-next"));
            JsonNode live = page.when("document.getElementById('number').textContent === '" + number + "'"
                    + " && document.getElementById('zone-legal-waiting').textContent === '1'",
                    "{errors: hallqErrors, down: document.body.classList.contains('down')}");
            assertThat(live.path("errors").size()).isZero();
            assertThat(live.path("down").asBoolean()).isFalse();
            page.close();
        }
    }
}
