package hallq.server.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import hallq.protocol.hall.SmsPlatform;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** HttpSms and SmsSender against an SMS platform played by an HTTP server on 127.0.0.1 in the test. */
class HttpSmsTest {
    private static final String PHONE = "13812345678";

    /** What the platform received: method, headers, body. */
    record Got(String contentType, String authorization, String body) {
    }

    private HttpServer server;
    private final BlockingQueue<Got> got = new LinkedBlockingQueue<>();
    private volatile int status = 200;
    private volatile long delayMs;
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean holdUntilReleased;

    @BeforeEach
    void platform() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/send", this::answer);
        server.start();
    }

    private void answer(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        got.add(new Got(x.getRequestHeaders().getFirst("Content-Type"), x.getRequestHeaders().getFirst("Authorization"),
                body));
        try {
            if (holdUntilReleased) {
                release.await(30, TimeUnit.SECONDS);
            }
            if (delayMs > 0) {
                // the platform being slow is what is tested here, not a wait for something to happen
                TimeUnit.MILLISECONDS.sleep(delayMs);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] b = "{\"result\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(body.endsWith("text=fail") ? 500 : status, b.length);
        x.getResponseBody().write(b);
        x.close();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private SmsPlatform platform(String format, String token, int timeoutMs) {
        return new SmsPlatform("http://127.0.0.1:" + server.getAddress().getPort() + "/send", token, timeoutMs, format,
                null);
    }

    @Test
    void aFormIsPostedWithTheTokenAndTakenOnA2xx() throws Exception {
        new HttpSms(platform(null, "s3cret-token", 2000)).send(PHONE, "您前面还有3人，请回到大厅");
        Got g = got.poll(5, TimeUnit.SECONDS);
        assertThat(g.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(g.authorization()).isEqualTo("Bearer s3cret-token");
        assertThat(java.net.URLDecoder.decode(g.body(), StandardCharsets.UTF_8))
                .isEqualTo("phone=" + PHONE + "&text=您前面还有3人，请回到大厅");
    }

    @Test
    void orJsonWithoutAToken() throws Exception {
        status = 202;
        new HttpSms(platform("json", null, 2000)).send(PHONE, "请到3号窗口");
        Got g = got.poll(5, TimeUnit.SECONDS);
        assertThat(g.contentType()).startsWith("application/json");
        assertThat(g.authorization()).isNull();
        assertThat(g.body()).isEqualTo("{\"phone\":\"" + PHONE + "\",\"text\":\"请到3号窗口\"}");
    }

    @Test
    void anErrorStatusIsAFailureNamingItAndNotTheNumber() {
        status = 500;
        assertThatThrownBy(() -> new HttpSms(platform(null, null, 2000)).send(PHONE, "x"))
                .isInstanceOf(SmsGateway.SmsFailure.class)
                .hasMessage("the SMS platform answered HTTP 500")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PHONE));
    }

    @Test
    void noAnswerWithinTheTimeoutIsAFailureInTime() {
        holdUntilReleased = true;
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> new HttpSms(platform(null, null, 300)).send(PHONE, "x"))
                .isInstanceOf(SmsGateway.SmsFailure.class)
                .hasMessage("the SMS platform did not answer within 300 ms");
        assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(250L, 3_000L);
    }

    @Test
    void aSlowAnswerWithinTheTimeoutIsTaken() throws Exception {
        delayMs = 400;
        new HttpSms(platform(null, null, 3000)).send(PHONE, "x");
        assertThat(got.poll(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void noPlatformListeningIsAFailure() {
        int port = server.getAddress().getPort();
        server.stop(0);
        assertThatThrownBy(() -> new HttpSms(new SmsPlatform("http://127.0.0.1:" + port + "/send", null, 1000, null,
                null)).send(PHONE, "x"))
                .isInstanceOf(SmsGateway.SmsFailure.class)
                .hasMessageStartingWith("the SMS platform cannot be reached");
    }

    @Test
    void theSenderNeverBlocksItsCallerDropsWhatDoesNotFitAndLogsNoWholeNumber() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(SmsSender.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        holdUntilReleased = true;
        SmsSender sender = new SmsSender(new HttpSms(platform(null, null, 10_000)), 2);
        try {
            assertThat(sender.offer(PHONE, "1")).isTrue();
            assertThat(got.poll(5, TimeUnit.SECONDS)).as("the first is at the platform, which holds it").isNotNull();
            long t0 = System.nanoTime();
            assertThat(sender.offer(PHONE, "2")).isTrue();
            assertThat(sender.offer(PHONE, "3")).isTrue();
            assertThat(sender.offer(PHONE, "4")).as("the queue of 2 is full").isFalse();
            assertThat((System.nanoTime() - t0) / 1_000_000).as("offers never wait for the platform").isLessThan(200);
            assertThat(sender.dropped()).isEqualTo(1);

            release.countDown();
            assertThat(got.poll(5, TimeUnit.SECONDS)).isNotNull();
            assertThat(got.poll(5, TimeUnit.SECONDS)).isNotNull();
            sender.offer(PHONE, "fail"); // the platform answers this one 500
            assertThat(got.poll(5, TimeUnit.SECONDS)).isNotNull();
        } finally {
            sender.close();
            logger.detachAppender(logged);
        }
        assertThat(sender.sent()).isEqualTo(3);
        assertThat(sender.failed()).isEqualTo(1);
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.contains("138****5678") && m.contains("dropped"))
                .anyMatch(m -> m.contains("138****5678") && m.contains("HTTP 500"))
                .noneMatch(m -> m.contains(PHONE));
    }

    @Test
    void theHallFileChoosesTheGateway() throws Exception {
        try (SmsSender logged = SmsSender.of(hallq.server.queue.Halls.test())) {
            assertThat(logged.gateway()).isInstanceOf(LoggedSms.class);
        }
        try (SmsSender http = SmsSender.of(hallq.server.queue.Halls.test("policy:",
                "sms: { url: \"http://127.0.0.1:9/send\" }\npolicy:"))) {
            assertThat(http.gateway()).isInstanceOf(HttpSms.class);
        }
    }
}
