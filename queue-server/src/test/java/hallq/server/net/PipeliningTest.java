package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.server.queue.Halls;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP/1.1 pipelining over a raw socket: answers in the order asked, and a flood of requests closes. */
class PipeliningTest {
    private RunningHall hall;

    @BeforeEach
    void start() throws Exception {
        hall = new RunningHall(Halls.test());
    }

    @AfterEach
    void stop() {
        hall.close();
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    }

    @Test
    void pipelinedRequestsAreAnsweredInTheOrderAsked() throws Exception {
        // the snapshot is answered by the hall thread, the health at once: without one at a time, health comes first
        String last = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        try (RawSocket s = RawSocket.connect(hall.port, 0)) {
            s.send(get("/api/snapshot") + get("/web/no-such-file") + get("/api/snapshot") + last);
            String all = s.readToEnd();
            List<String> statuses = new ArrayList<>();
            Matcher m = Pattern.compile("HTTP/1.1 (\\d{3})").matcher(all);
            while (m.find()) {
                statuses.add(m.group(1));
            }
            assertThat(statuses).containsExactly("200", "404", "200", "200");
            assertThat(all.indexOf("\"zones\"")).isLessThan(all.indexOf("no such page"));
            assertThat(all.lastIndexOf("\"status\"")).isGreaterThan(all.lastIndexOf("\"zones\""));
        }
    }

    @Test
    void moreRequestsWaitingThanAllowedCloseTheConnection() throws Exception {
        StringBuilder flood = new StringBuilder();
        for (int i = 0; i < OneRequestAtATime.MAX_WAITING + 20; i++) {
            flood.append(get("/api/snapshot"));
        }
        try (RawSocket s = RawSocket.connect(hall.port, 0)) {
            s.send(flood.toString());
            String all = s.readToEnd(); // ends: the server closed
            int answers = all.split("HTTP/1.1 200", -1).length - 1;
            assertThat(answers).isLessThanOrEqualTo(OneRequestAtATime.MAX_WAITING + 1);
        }
        assertThat(hall.get("/healthz", null).statusCode()).isEqualTo(200);
    }
}
