package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.log.LogText;
import hallq.server.queue.Halls;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What somebody on the hall's LAN can send, over real sockets (issue 15): the JSONTestSuite parsing corpus as frames
 * and bodies, trailing garbage, floods of bad frames against the log, PIN guessing. Nothing of it may change the hall.
 */
class AbuseTest {
    private static final int MAX_FRAME = HallServer.MAX_FRAME;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private RunningHall hall;
    private final List<WsClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        hall = new RunningHall(Halls.test());
    }

    @AfterEach
    void stop() {
        clients.forEach(WsClient::close);
        hall.close();
    }

    private WsClient connect() {
        WsClient c = WsClient.connect(hall.port);
        clients.add(c);
        return c;
    }

    private WsClient hello(String device, String token) {
        WsClient c = hall.hello(device, token);
        clients.add(c);
        return c;
    }

    /** The parsing corpus: {@code ../shared/corpus/json-test-suite/test_parsing} beside the checkout. */
    private static List<Path> corpus() throws Exception {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path c = dir.resolve("shared/corpus/json-test-suite/test_parsing");
            if (Files.isDirectory(c)) {
                try (Stream<Path> files = Files.list(c)) {
                    return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
                }
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("the JSONTestSuite corpus (shared/corpus/json-test-suite) is not beside the checkout");
        }
        Assumptions.abort("the JSONTestSuite corpus is not beside this checkout: the corpus is not sent");
        return List.of();
    }

    /** The file's bytes as text, as a terminal's WebSocket library would send them (bad UTF-8 replaced). */
    private static String text(byte[] bytes) throws Exception {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private HttpResponse<String> post(String path, String token, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hall.port + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode snapshot() throws Exception {
        return Json.mapper().readTree(hall.get("/api/snapshot", null).body());
    }

    private long seq() throws Exception {
        return Json.mapper().readTree(hall.get("/healthz", null).body()).path("seq").asLong();
    }

    /** Sends a frame that must be refused; a frame over 64 KiB closes the connection with 1009 instead. */
    private WsClient refused(WsClient c, String frame, String what, java.util.function.Supplier<WsClient> again) {
        if (frame.getBytes(StandardCharsets.UTF_8).length > MAX_FRAME) {
            try {
                c.sendText(frame);
                // 1009, or the connection reset under the client while it was still writing the frame (a loaded
                // machine): closed either way, which is what is checked
                assertThat(c.awaitClose()).as(what).isIn(1009, -1);
            } catch (java.util.concurrent.CompletionException e) {
                // the server closed the connection while the rest of the frame was still being written
                assertThat(e).hasRootCauseInstanceOf(java.io.IOException.class);
            }
            return again.get();
        }
        c.sendText(frame);
        JsonNode r = c.await(n -> n.has("ok"), "the answer to " + what);
        assertThat(r.path("ok").asBoolean()).as(what + ": " + r).isFalse();
        assertThat(r.path("error").path("code").asText()).as(what + ": " + r).isEqualTo("BAD_REQUEST");
        return c;
    }

    @Test
    void theParsingCorpusAsFramesAndBodiesChangesNothing() throws Exception {
        List<Path> files = corpus();
        assertThat(files).hasSizeGreaterThan(300);
        JsonNode before = snapshot();
        long seqBefore = seq();
        WsClient stranger = connect();
        WsClient kiosk = hello("kiosk-1", "k1-secret");
        String valid = "{\"id\":\"c\",\"op\":\"issue\",\"zone\":\"legal\"}";
        int sent = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            String doc = text(bytes);
            String name = f.getFileName().toString();
            stranger = refused(stranger, doc, name + " before hello", this::connect);
            kiosk = refused(kiosk, doc, name + " after hello", () -> hello("kiosk-1", "k1-secret"));
            sent += 2;
            if (!doc.isBlank() && bytes.length < MAX_FRAME / 2) {
                // the same document as trailing garbage after a request that would issue a ticket
                kiosk = refused(kiosk, valid + " " + doc, name + " after a valid request",
                        () -> hello("kiosk-1", "k1-secret"));
                byte[] trailing = (valid + " ").getBytes(StandardCharsets.UTF_8);
                byte[] body = new byte[trailing.length + bytes.length];
                System.arraycopy(trailing, 0, body, 0, trailing.length);
                System.arraycopy(bytes, 0, body, trailing.length, bytes.length);
                assertThat(post("/api/tickets", "k1-secret", body).statusCode()).as(name + " after a body")
                        .isIn(400, 413);
                sent += 2;
            }
            assertThat(post("/api/tickets", "k1-secret", bytes).statusCode()).as(name + " as a body").isIn(400, 413);
            sent++;
        }
        assertThat(sent).isGreaterThan(1200);
        System.out.printf("AbuseTest: %d corpus files, %d requests of them sent, the hall unchanged%n", files.size(),
                sent);
        assertThat(seq()).as("no event: nothing changed").isEqualTo(seqBefore);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(kiosk.request("ping").path("ok").asBoolean()).as("the connection is still served").isTrue();
    }

    @Test
    void anythingAfterTheJsonObjectIsRefusedAndIssuesNothing() throws Exception {
        HttpResponse<String> r = post("/api/tickets", "k1-secret",
                "{\"zone\":\"legal\"} junk".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(r.body()).path("error").path("code").asText()).isEqualTo("BAD_REQUEST");
        WsClient kiosk = hello("kiosk-1", "k1-secret");
        kiosk.sendText("{\"id\":\"t1\",\"op\":\"issue\",\"zone\":\"legal\"}{\"id\":\"t2\",\"op\":\"issue\"}");
        JsonNode answer = kiosk.await(n -> n.has("ok"), "the answer");
        assertThat(answer.path("error").path("code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(snapshot().path("zones").get(0).path("waiting").asInt()).isZero();
        // white space after it is not garbage
        assertThat(post("/api/tickets", "k1-secret", "{\"zone\":\"legal\"} \r\n".getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(201);
    }

    /** Everything the server logs while {@code body} runs, formatted as the server's console writes it. */
    private static String logged(ThrowingRunnable body) throws Exception {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{0} - %safeMsg%n");
        encoder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(ctx);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        try {
            body.run();
        } finally {
            root.detachAppender(appender);
            appender.stop();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void badFramesGrowTheLogByLittleAndForgeNoLine() throws Exception {
        int frames = 3000;
        String huge = "x".repeat(60_000);
        String log = logged(() -> {
            WsClient stranger = connect();
            for (int i = 0; i < frames / 3; i++) {
                stranger.sendText("{\"id\":\"h" + i + "\",\"op\":\"hello\",\"device\":\"" + huge + "\",\"token\":\"t\"}");
                stranger.sendText("{\"id\":\"u" + i + "\",\"op\":\"hello\",\"device\":\"pad-1\",\"token\":\"w\\r\\n"
                        + "12:00:00.000 INFO  HallEngine - FORGED\"}");
                stranger.sendText("not json\n12:00:00.000 INFO  HallEngine - FORGED " + i);
            }
            stranger.reply("u" + (frames / 3 - 1));
            WsClient pad = hello("pad-1", "p1-secret");
            // a report is a real op, said once each: its fields are clipped and escaped
            for (int i = 0; i < 20; i++) {
                pad.request("report", "fault", "PAPER_OUT\n12:00:00.000 INFO  HallEngine - FORGED",
                        "message", "m".repeat(200));
            }
            // the hall thread's refusals of one device are summarised too
            for (int i = 0; i < 500; i++) {
                pad.send("z" + i, "transfer", "zone", "moon\r\nFORGED");
            }
            pad.reply("z499");
            // a marker that is said: all the refusals before it on both threads are in the log by then
            stranger.sendText("{\"id\":\"marker\",\"op\":\"hello\",\"device\":\"marker\",\"token\":\"t\"}");
            stranger.reply("marker");
            stranger.close();
        });
        long bytes = log.getBytes(StandardCharsets.UTF_8).length;
        String[] lines = log.split("\n");
        assertThat(lines).noneMatch(l -> l.contains(" - FORGED") && l.indexOf(" - FORGED") < 40);
        assertThat(lines).noneMatch(l -> l.startsWith("12:00:00.000 INFO  HallEngine - FORGED"));
        assertThat(lines).allMatch(l -> l.length() < 2200, "no line over its bound");
        assertThat(log).doesNotContain("x".repeat(LogText.MAX + 1)).doesNotContain("m".repeat(LogText.MAX + 1));
        assertThat(bytes).as("bytes of log for %d bad frames, 20 reports and 500 refused ops:%n%s", frames, log)
                .isLessThan(20L * 600 + (frames + 500) * 2L + 20_000);
        System.out.printf("AbuseTest: %d bytes of log for %d bad frames, 500 refused ops and 20 reports "
                + "(%.2f bytes a bad request)%n", bytes, frames, (double) bytes / (frames + 500));
    }

    @Test
    void guessingPinsLocksTheClerkAndTellsTheManagers() throws Exception {
        WsClient manager = hello("office", "m-secret");
        WsClient pad = hello("pad-1", "p1-secret");
        for (int i = 0; i < 5; i++) {
            JsonNode r = pad.request("login", "clerk", "1001", "pin", String.format("%04d", i));
            assertThat(r.path("error").path("reason").asText()).isEqualTo("BAD_PIN");
        }
        JsonNode right = pad.request("login", "clerk", "1001", "pin", "4821");
        assertThat(right.path("error").path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(right.path("error").path("reason").asText()).isEqualTo("LOCKED");
        JsonNode told = manager.awaitEvent("device", e -> e.path("fault").asText().equals("LOGIN_LOCKED"));
        assertThat(told.path("message").asText()).contains("1001");
        // another window's pad and clerk are not locked
        WsClient other = hello("pad-2", "p2-secret");
        assertThat(other.request("login", "clerk", "1002", "pin", "7315").path("ok").asBoolean()).isTrue();
    }
}
