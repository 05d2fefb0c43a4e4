package hallq.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.Json;
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
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Chromium (Debian {@code chromium}) on one page, driven over its DevTools protocol: no Selenium, no
 * driver download. The browser tests skip when {@link #PATH} is missing, and fail under CI=true.
 */
final class Chromium implements AutoCloseable {
    static final Path PATH = Path.of("/usr/bin/chromium");
    private static final String CSP_BINDING = "hallqCspViolation";

    private final Process browser;
    private final Path profile;
    private final Cdp page;

    private Chromium(Process browser, Path profile, Cdp page) {
        this.browser = browser;
        this.profile = profile;
        this.page = page;
    }

    static boolean installed() {
        return Files.isExecutable(PATH);
    }

    /** Starts Chromium, connects to its blank page and navigates it to {@code url}. */
    static Chromium open(String url, int width, int height) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Path profile = Files.createTempDirectory("hallq-chromium");
        Process browser = new ProcessBuilder(PATH.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
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
        assertThat(socket).as("the blank page in Chromium").isNotNull();
        Cdp cdp = new Cdp(http, URI.create(socket));
        // the page gets exactly width × height (the window's own frame would take some of it)
        cdp.send("Emulation.setDeviceMetricsOverride", Json.mapper().createObjectNode().put("width", width)
                .put("height", height).put("deviceScaleFactor", 1).put("mobile", false));
        // every Content-Security-Policy violation of the page is reported back here (the pages must work with it)
        cdp.send("Runtime.enable", Json.mapper().createObjectNode());
        cdp.send("Page.enable", Json.mapper().createObjectNode());
        cdp.send("Runtime.addBinding", Json.mapper().createObjectNode().put("name", CSP_BINDING));
        cdp.send("Page.addScriptToEvaluateOnNewDocument", Json.mapper().createObjectNode().put("source",
                "document.addEventListener('securitypolicyviolation', e => " + CSP_BINDING
                        + "(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));"));
        // navigate from here: the answer comes once the page is committed, so no later command races the load
        cdp.send("Page.navigate", Json.mapper().createObjectNode().put("url", url));
        return new Chromium(browser, profile, cdp);
    }

    Cdp page() {
        return page;
    }

    /**
     * The end of a browser test: closes the browser, then the hall (either may be null: the test did not get that
     * far), and returns the Content-Security-Policy violations the page met until then.
     */
    static List<String> closeWithHall(Chromium browser, AutoCloseable hall) throws Exception {
        List<String> csp = browser == null ? List.of() : browser.cspViolations();
        if (browser != null) {
            browser.close();
        }
        if (hall != null) {
            hall.close();
        }
        return csp;
    }

    /** The page's Content-Security-Policy violations so far (directive, blocked URI, where). */
    List<String> cspViolations() {
        return List.copyOf(page.cspViolations);
    }

    @Override
    public void close() throws Exception {
        page.close();
        // its helpers (renderer, network service) write their last files into the profile as they go: wait for
        // them too, taken before the browser exits (afterwards they are no longer its descendants)
        List<ProcessHandle> helpers = browser.descendants().toList();
        browser.destroy();
        if (!browser.waitFor(10, TimeUnit.SECONDS)) {
            browser.destroyForcibly();
        }
        for (ProcessHandle h : helpers) {
            try {
                h.onExit().get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                h.destroyForcibly();
            }
        }
        for (int attempt = 0; attempt < 5 && Files.exists(profile); attempt++) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.UncheckedIOException | IOException e) {
                // a file went away while we walked: walk again
            }
        }
    }

    /** A DevTools connection to one page: commands by id, answers by id. */
    static final class Cdp {
        private final WebSocket ws;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
        private final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

        Cdp(HttpClient http, URI uri) {
            ws = http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
                private final StringBuilder partial = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket w, CharSequence text, boolean last) {
                    partial.append(text);
                    if (last) {
                        try {
                            JsonNode m = Json.mapper().readTree(partial.toString());
                            if (m.path("method").asText().equals("Runtime.bindingCalled")
                                    && m.path("params").path("name").asText().equals(CSP_BINDING)) {
                                cspViolations.add(m.path("params").path("payload").asText());
                            }
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
            JsonNode r = answer(method, params);
            assertThat(r.has("error")).as(r.toString()).isFalse();
            return r.path("result");
        }

        /** The browser's whole answer to a command: its {@code result}, or its {@code error}. */
        private JsonNode answer(String method, ObjectNode params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> f = new CompletableFuture<>();
            waiting.put(id, f);
            ObjectNode msg = Json.mapper().createObjectNode();
            msg.put("id", id);
            msg.put("method", method);
            msg.set("params", params);
            ws.sendText(msg.toString(), true).join();
            return f.get(45, TimeUnit.SECONDS);
        }

        /**
         * Waits in the page until {@code condition} (a JS expression) holds, then returns {@code value} (a JS
         * expression) as JSON. The page checks on each animation frame; the test fails after 30 s. A wait that the
         * page ends by navigating (a test that has just set {@code location.href}, a page that reloads) is begun
         * again in the new document.
         */
        JsonNode when(String condition, String value) throws Exception {
            String js = "new Promise((resolve, reject) => { const t0 = Date.now(); const check = () => {"
                    + " let ok = false; try { ok = (" + condition + "); } catch (e) {}"
                    + " if (ok) resolve(JSON.stringify(" + value + "));"
                    + " else if (Date.now() - t0 > 30000) reject(new Error('timed out: ' + " + Json.mapper()
                    .writeValueAsString(condition) + " + ' ' + document.body.innerText));"
                    + " else requestAnimationFrame(check); }; check(); })";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                JsonNode r = answer("Runtime.evaluate", evaluate(js));
                String gone = r.path("error").path("message").asText("")
                        + r.path("result").path("exceptionDetails").path("exception").path("description").asText("");
                boolean navigated = gone.contains("navigated or closed") || gone.contains("context was destroyed");
                if (!navigated || System.nanoTime() > deadline) {
                    assertThat(r.has("error")).as(r.toString()).isFalse();
                    JsonNode result = r.path("result");
                    assertThat(result.has("exceptionDetails")).as(result.toString()).isFalse();
                    return Json.mapper().readTree(result.path("result").path("value").asText());
                }
            }
        }

        /** Runs {@code js} in the page (a promise is awaited) and returns its value. */
        JsonNode run(String js) throws Exception {
            JsonNode r = send("Runtime.evaluate", evaluate(js));
            assertThat(r.has("exceptionDetails")).as(r.toString()).isFalse();
            return r.path("result").path("value");
        }

        private static ObjectNode evaluate(String js) {
            ObjectNode p = Json.mapper().createObjectNode();
            p.put("expression", js);
            p.put("awaitPromise", true);
            p.put("returnByValue", true);
            return p;
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
}
