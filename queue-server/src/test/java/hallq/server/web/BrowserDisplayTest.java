package hallq.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.Json;
import hallq.server.Main;
import hallq.server.hall.HallFile;
import hallq.server.net.HallServer;
import hallq.server.net.WsClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /display in headless Chromium against a real server: the snapshot on the screen after the hello, a live
 * call and a recall pushed over the WebSocket and queued for speech in order, a display's zones. Chromium is
 * driven over its DevTools protocol (no Selenium). Needs Debian {@code chromium}; skipped without it.
 */
class BrowserDisplayTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String KIOSK = "demo-kiosk-1";

    private HallServer server;
    private Path data;
    private Path profile;
    private int port;
    private Process browser;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void up() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "/usr/bin/chromium is absent: install Debian chromium to run the browser display test");
        data = Files.createTempDirectory("hallq-display-web");
        server = Main.start(HallFile.demo(), data, "127.0.0.1", 0, Clock.systemUTC());
        port = server.address().getPort();
    }

    @AfterEach
    void down() throws Exception {
        if (browser != null) {
            browser.destroy();
            if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
            }
        }
        if (server != null) {
            server.close();
        }
        for (Path p : new Path[] {data, profile}) {
            if (p != null) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
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

    /** Starts Chromium on a page and connects to that page's DevTools socket. */
    private Cdp open(String path, int width, int height) throws Exception {
        profile = Files.createTempDirectory("hallq-chromium");
        browser = new ProcessBuilder(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--mute-audio", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "about:blank")
                .redirectErrorStream(true).start();
        // Chromium says where its DevTools listen on its first lines
        BufferedReader out = new BufferedReader(new InputStreamReader(browser.getInputStream(), StandardCharsets.UTF_8));
        Pattern p = Pattern.compile("DevTools listening on ws://127\\.0\\.0\\.1:(\\d+)/");
        int devtools = -1;
        for (String line; (line = out.readLine()) != null; ) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                devtools = Integer.parseInt(m.group(1));
                break;
            }
        }
        assertThat(devtools).as("Chromium's DevTools port").isPositive();
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty
                }
            } catch (IOException ignored) {
                // browser gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        URI list = URI.create("http://127.0.0.1:" + devtools + "/json/list");
        String socket = null;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (socket == null && System.nanoTime() < until) { // the blank page's target is listed once it exists
            for (JsonNode t : Json.mapper().readTree(http.send(HttpRequest.newBuilder(list).build(),
                    HttpResponse.BodyHandlers.ofString()).body())) {
                if (t.path("type").asText().equals("page") && t.path("url").asText().equals("about:blank")) {
                    socket = t.path("webSocketDebuggerUrl").asText();
                }
            }
        }
        assertThat(socket).as("the /display page in Chromium").isNotNull();
        Cdp cdp = new Cdp(http, URI.create(socket));
        // navigate from here: the answer comes once the page is committed, so no later command races the load
        cdp.send("Page.navigate", Json.mapper().createObjectNode().put("url", "http://127.0.0.1:" + port + path));
        return cdp;
    }

    /** A DevTools connection to one page: commands by id, answers by id. */
    static final class Cdp {
        private final WebSocket ws;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();

        Cdp(HttpClient http, URI uri) {
            ws = http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
                private final StringBuilder partial = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket w, CharSequence text, boolean last) {
                    partial.append(text);
                    if (last) {
                        try {
                            JsonNode m = Json.mapper().readTree(partial.toString());
                            CompletableFuture<JsonNode> f = waiting.remove(m.path("id").asInt(-1));
                            if (f != null) {
                                f.complete(m);
                            }
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                        partial.setLength(0);
                    }
                    w.request(1);
                    return null;
                }
            }).join();
        }

        JsonNode send(String method, ObjectNode params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> f = new CompletableFuture<>();
            waiting.put(id, f);
            ObjectNode msg = Json.mapper().createObjectNode();
            msg.put("id", id);
            msg.put("method", method);
            msg.set("params", params);
            ws.sendText(msg.toString(), true).join();
            JsonNode r = f.get(30, TimeUnit.SECONDS);
            assertThat(r.has("error")).as(r.toString()).isFalse();
            return r.path("result");
        }

        /**
         * Waits in the page until {@code condition} (a JS expression) holds, then returns {@code value} (a JS
         * expression) as JSON. The page checks on each animation frame; the test fails after 15 s.
         */
        JsonNode when(String condition, String value) throws Exception {
            String js = "new Promise((resolve, reject) => { const t0 = Date.now(); const check = () => {"
                    + " let ok = false; try { ok = (" + condition + "); } catch (e) {}"
                    + " if (ok) resolve(JSON.stringify(" + value + "));"
                    + " else if (Date.now() - t0 > 15000) reject(new Error('timed out: ' + " + Json.mapper()
                    .writeValueAsString(condition) + " + ' ' + document.body.innerText));"
                    + " else requestAnimationFrame(check); }; check(); })";
            ObjectNode p = Json.mapper().createObjectNode();
            p.put("expression", js);
            p.put("awaitPromise", true);
            p.put("returnByValue", true);
            JsonNode r = send("Runtime.evaluate", p);
            assertThat(r.has("exceptionDetails")).as(r.toString()).isFalse();
            return Json.mapper().readTree(r.path("result").path("value").asText());
        }

        void screenshot(Path file) throws Exception {
            JsonNode r = send("Page.captureScreenshot", Json.mapper().createObjectNode().put("format", "png"));
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode(r.path("data").asText()));
        }

        void close() {
            ws.abort();
        }
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

        Cdp page = open("/display?device=board-1&token=demo-board-1", 1920, 1080);
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
        Cdp page = open("/display?token=demo-board-estate", 1080, 1920);
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
