package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.queue.Halls;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Protocol section 7 at the HTTP edge, over a raw socket: a head over 8 KiB is 431, a URL over 4 KiB 414, a
 * malformed request 400, a body over 64 KiB 413, each a JSON error, the route never run, the connection closed.
 * And the browser's protections on the pages.
 */
class HttpEdgeTest {
    private RunningHall hall;

    @BeforeEach
    void start() throws Exception {
        hall = new RunningHall(Halls.test());
    }

    @AfterEach
    void stop() {
        hall.close();
    }

    /** Sends {@code request} as it is and reads the answer to the server's close: status, headers, body. */
    private String exchange(String request) throws Exception {
        try (RawSocket s = RawSocket.connect(hall.port, 0)) {
            s.send(request);
            return s.readToEnd();
        }
    }

    private static int status(String answer) {
        Matcher m = Pattern.compile("^HTTP/1\\.1 (\\d{3}) ").matcher(answer);
        assertThat(m.find()).as(answer).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static JsonNode error(String answer) throws Exception {
        JsonNode body = Json.mapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(body.path("error").path("code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(body.path("error").path("message").asText()).isNotBlank();
        return body;
    }

    private int waitingInLegal() throws Exception {
        JsonNode snapshot = Json.mapper().readTree(hall.get("/api/snapshot", null).body());
        for (JsonNode z : snapshot.path("zones")) {
            if (z.path("id").asText().equals("legal")) {
                return z.path("waiting").asInt();
            }
        }
        throw new AssertionError("no zone legal in " + snapshot);
    }

    @Test
    void aHeadOver8KiBIs431AndTheRouteIsNotRun() throws Exception {
        String body = "{\"zone\":\"legal\"}";
        String answer = exchange("POST /api/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer k1-secret\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n"
                + "X-Padding: " + "x".repeat(9 * 1024) + "\r\n\r\n" + body);
        assertThat(status(answer)).as(answer).isEqualTo(431);
        assertThat(error(answer).path("error").path("message").asText()).contains("8 KiB");
        assertThat(answer).containsIgnoringCase("connection: close");
        assertThat(waitingInLegal()).as("no ticket issued").isZero();
    }

    @Test
    void aUrlOver4KiBIs414AndWhatFollowsOnTheConnectionIsNotAnswered() throws Exception {
        String answer = exchange("GET /healthz?pad=" + "x".repeat(5000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                + "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertThat(status(answer)).as(answer).isEqualTo(414);
        error(answer);
        assertThat(answer.split("HTTP/1\\.1 ", -1)).as("one answer only").hasSize(2);
    }

    @Test
    void aMalformedRequestIs400AndTheRouteIsNotRun() throws Exception {
        // the request line is good, a header is not: an HTTP decoder that gives up still hands on GET /healthz
        String answer = exchange("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: twelve\r\n\r\n");
        assertThat(status(answer)).as(answer).isEqualTo(400);
        assertThat(answer).doesNotContain("\"status\":\"ok\"");
        error(answer);
        assertThat(status(exchange("GET / HTTP/9.x\r\n\r\n"))).isEqualTo(400);
    }

    @Test
    void aBodyOver64KiBIs413AndTheConnectionIsClosed() throws Exception {
        String body = "{\"zone\":\"legal\",\"pad\":\"" + "x".repeat(70 * 1024) + "\"}";
        String answer = exchange("POST /api/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer k1-secret\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
        assertThat(status(answer)).as(answer).isEqualTo(413);
        error(answer);
        assertThat(waitingInLegal()).as("no ticket issued").isZero();
    }

    @Test
    void pagesAndTheirFilesCarryTheBrowsersProtections() throws Exception {
        for (String path : new String[] {"/", "/display", "/web/app.js", "/web/display.js", "/web/dashboard.css"}) {
            HttpResponse<String> r = hall.get(path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "connect-src 'self'")
                            .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'"));
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        HttpResponse<String> api = hall.get("/api/snapshot", null);
        assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        for (String page : new String[] {"/", "/display"}) {
            assertThat(hall.get(page, null).body()).as(page + ": no inline script for the CSP to refuse")
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+=");
        }
    }

    @Test
    void aLargeFileComesWholeInChunks() throws Exception {
        String path = "/webjars/echarts/5.3.1/dist/echarts.min.js";
        byte[] expected;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources" + path)) {
            expected = in.readAllBytes();
        }
        assertThat(expected.length).as("big enough to go in chunks").isGreaterThan(16 * ChunkedBody.CHUNK);
        HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + hall.port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Length")).hasValue(String.valueOf(expected.length));
        assertThat(r.body()).isEqualTo(expected);
    }
}
