package hallq.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.net.WsClient;
import hallq.testkit.Tools;
import java.nio.file.Path;
import java.time.Clock;
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
        java.util.List<String> csp = browser == null ? java.util.List.of() : browser.cspViolations();
        if (browser != null) {
            browser.close();
        }
        if (hall != null) {
            hall.close();
        }
        assertThat(csp).as("the page's Content-Security-Policy violations").isEmpty();
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
}
