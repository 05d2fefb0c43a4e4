package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.server.queue.Halls;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** At most N connections at once from one address; one more is closed at once, a freed place is taken again. */
class ConnectionsPerAddressTest {
    private static final int MAX = 4;

    private static void healthz(RawSocket s) throws Exception {
        s.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertThat(s.readHead()).startsWith("HTTP/1.1 200");
    }

    @Test
    void oneConnectionMoreThanTheCapIsClosedAtOnce() throws Exception {
        try (RunningHall hall = new RunningHall(Halls.test(), NetLimits.defaults().withConnectionsPerAddress(MAX))) {
            List<RawSocket> open = new ArrayList<>();
            try {
                for (int i = 0; i < MAX; i++) {
                    RawSocket s = RawSocket.connect(hall.port, 0);
                    open.add(s);
                    healthz(s);
                }
                try (RawSocket over = RawSocket.connect(hall.port, 0)) {
                    assertThat(over.readToEnd()).as("closed before a word").isEmpty();
                }
                // one goes: its place is free again once the server has seen it go
                open.remove(0).close();
                InetAddress local = InetAddress.getByName("127.0.0.1");
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (hall.server.openFrom(local) >= MAX) {
                    assertThat(System.nanoTime()).as("the server never saw the connection go").isLessThan(until);
                    Thread.sleep(5);
                }
                RawSocket again = RawSocket.connect(hall.port, 0);
                open.add(again);
                healthz(again);
            } finally {
                for (RawSocket s : open) {
                    s.close();
                }
            }
        }
    }
}
