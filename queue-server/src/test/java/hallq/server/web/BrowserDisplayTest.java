package hallq.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.Main;
import hallq.server.hall.HallFile;
import hallq.server.net.HallServer;
import hallq.server.net.WsClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /display in headless Chromium against a real server: the snapshot on the screen after the hello, a live
 * call and a recall pushed over the WebSocket and queued for speech in order, a display's zones. Chromium is
 * driven over its DevTools protocol (no Selenium, see {@link Chromium}); skipped without it.
 */
class BrowserDisplayTest {
    private static final String KIOSK = "demo-kiosk-1";

    private HallServer server;
    private Path data;
    private int port;
    private Chromium browser;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void up() throws Exception {
        Assumptions.assumeTrue(Chromium.installed(),
                "/usr/bin/chromium is absent: install Debian chromium to run the browser display test");
        data = Files.createTempDirectory("hallq-display-web");
        server = Main.start(HallFile.demo(), data, "127.0.0.1", 0, Clock.systemUTC());
        port = server.address().getPort();
    }

    @AfterEach
    void down() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (data != null) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private String issue(String zone, boolean green) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tickets"))
                .header("Authorization", "Bearer " + KIOSK)
                .POST(HttpRequest.BodyPublishers.ofString("{\"zone\":\"" + zone + "\",\"green\":" + green + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Json.mapper().readTree(r.body()).path("ticket").path("number").asText();
    }

    private static String ok(JsonNode reply) {
        assertThat(reply.path("ok").asBoolean()).as(reply.toString()).isTrue();
        return reply.path("ticket").path("number").asText();
    }

    private Chromium.Cdp open(String path, int width, int height) throws Exception {
        browser = Chromium.open("http://127.0.0.1:" + port + path, width, height);
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

            // live: finish, the next call, a recall of it; the screen follows and speech is queued in order
            ok(pad3.request("finish", "outcome", "done"));
            String second = ok(pad3.request("call-next"));
            ok(pad3.request("recall"));
            JsonNode live = page.when("document.getElementById('number').textContent === '" + second + "'"
                            + " && document.getElementById('call').classList.contains('recall')"
                            + " && document.getElementById('zone-legal-waiting').textContent === '1'",
                    "{recent: [...document.querySelectorAll('#recent-list .num')].map(n => n.textContent),"
                            + " spoken: window.hallqDisplay.spoken, speech: 'speechSynthesis' in window}");
            assertThat(live.path("recent").toString()).isEqualTo("[\"" + first + "\"]");
            if (live.path("speech").asBoolean()) {
                assertThat(live.path("spoken").toString())
                        .isEqualTo("[\"" + second + "\",\"" + second + " recall\"]");
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
        Chromium.Cdp page = open("/display?token=demo-board-estate", 1080, 1920);
        try {
            JsonNode shown = page.when("document.querySelectorAll('.zone').length > 0",
                    "[...document.querySelectorAll('.zone')].map(z => z.id)");
            assertThat(shown.toString()).isEqualTo("[\"zone-estate\"]");
            page.screenshot(Path.of("target", "screenshots", "display-browser-portrait.png"));
        } finally {
            page.close();
        }
    }
}
