package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.server.queue.Halls;
import java.io.InputStream;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP edge over real sockets. */
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
