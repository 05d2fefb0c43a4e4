package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.server.queue.Halls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Protocol section 7: /ws refuses a page of a foreign origin before the upgrade; the server's own origin, one the
 * hall file allows, and no Origin at all (a terminal app) are upgraded.
 */
class OriginCheckTest {
    private RunningHall hall;

    @BeforeEach
    void start() throws Exception {
        hall = new RunningHall(Halls.test("  timezone: Asia/Shanghai\n",
                "  timezone: Asia/Shanghai\n  allowedOrigins: [\"http://portal.example:8080\"]\n"));
    }

    @AfterEach
    void stop() {
        hall.close();
    }

    private String upgrade(String origin) throws Exception {
        try (RawSocket s = RawSocket.connect(hall.port, 0)) {
            s.send(RawSocket.upgrade(hall.port, origin));
            return s.readHead();
        }
    }

    @Test
    void aForeignOriginIsRefusedBeforeTheUpgrade() throws Exception {
        for (String foreign : new String[] {"http://evil.example", "http://127.0.0.1:1", "null",
                "http://portal.example:8081"}) {
            assertThat(upgrade(foreign)).as(foreign).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void theServersOwnOriginOneTheHallAllowsAndNoneAtAllAreUpgraded() throws Exception {
        for (String fine : new String[] {null, "http://127.0.0.1:" + hall.port, "https://127.0.0.1:" + hall.port,
                "http://portal.example:8080", "HTTP://Portal.Example:8080/"}) {
            assertThat(upgrade(fine)).as(String.valueOf(fine)).startsWith("HTTP/1.1 101");
        }
    }

    @Test
    void aRefusedPageCannotSayHello() throws Exception {
        try (RawSocket s = RawSocket.connect(hall.port, 0)) {
            s.send(RawSocket.upgrade(hall.port, "http://evil.example"));
            String head = s.readHead();
            assertThat(head).startsWith("HTTP/1.1 403");
            s.hello("office", "m-secret"); // as frames on what is no WebSocket: thrown away
            assertThat(s.readToEnd()).contains("\"code\":\"FORBIDDEN\"").doesNotContain("\"ok\":true");
        }
    }
}
