package hallq.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy in front of an echo server on 127.0.0.1 that also reports every byte it receives. */
class FaultProxyTest {
    private static final int QUIET_MS = 300;
    private ServerSocket echo;
    private final BlockingQueue<Integer> received = new LinkedBlockingQueue<>();
    private FaultProxy proxy;

    @BeforeEach
    void setUp() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket s = echo.accept();
                    Thread c = new Thread(() -> {
                        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                            int b;
                            while ((b = in.read()) >= 0) {
                                received.add(b);
                                out.write(b);
                                out.flush();
                            }
                        } catch (IOException e) {
                            // the connection went away
                        }
                    });
                    c.setDaemon(true);
                    c.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        proxy = new FaultProxy(echo.getLocalPort());
    }

    @AfterEach
    void tearDown() throws IOException {
        proxy.close();
        echo.close();
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        s.setSoTimeout(5000);
        return s;
    }

    private static int roundTrip(Socket s, int b) throws IOException {
        s.getOutputStream().write(b);
        s.getOutputStream().flush();
        return s.getInputStream().read();
    }

    /** Reads nothing within a while: the line carries nothing back (a read that ends the stream would be -1). */
    private static boolean silent(Socket s) throws IOException {
        s.setSoTimeout(QUIET_MS);
        try {
            s.getInputStream().read();
            return false;
        } catch (SocketTimeoutException quiet) {
            return true;
        } finally {
            s.setSoTimeout(5000);
        }
    }

    @Test
    void relaysBothWays() throws IOException {
        try (Socket s = connect()) {
            assertThat(roundTrip(s, 7)).isEqualTo(7);
        }
    }

    @Test
    void cutClosesOpenConnectionsAndNewOnesRelay() throws IOException {
        try (Socket s = connect()) {
            assertThat(roundTrip(s, 1)).isEqualTo(1);
            proxy.cut();
            assertThat(s.getInputStream().read()).as("the end of the stream").isEqualTo(-1);
        }
        try (Socket s = connect()) {
            assertThat(roundTrip(s, 2)).isEqualTo(2);
        }
    }

    @Test
    void aFrozenConnectionStaysOpenAndCarriesNothingEitherWay() throws Exception {
        try (Socket s = connect()) {
            assertThat(roundTrip(s, 1)).isEqualTo(1);
            assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(1);
            proxy.freeze();
            s.getOutputStream().write(2);
            s.getOutputStream().flush();
            assertThat(silent(s)).isTrue();
            assertThat(received.poll(QUIET_MS, TimeUnit.MILLISECONDS)).as("nothing reached the server").isNull();
            try (Socket fresh = connect()) {
                assertThat(roundTrip(fresh, 3)).as("a new connection relays").isEqualTo(3);
            }
        }
    }

    @Test
    void swallowedRepliesAreLostWhileRequestsStillReachTheServer() throws Exception {
        try (Socket s = connect()) {
            assertThat(roundTrip(s, 1)).isEqualTo(1);
            assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(1);
            proxy.swallowReplies();
            s.getOutputStream().write(2);
            s.getOutputStream().flush();
            assertThat(received.poll(5, TimeUnit.SECONDS)).as("the request reached the server").isEqualTo(2);
            assertThat(silent(s)).as("its reply never came back").isTrue();
        }
    }

    @Test
    void whileRefusingNewConnectionsAreClosedAtOnceUntilResumed() throws IOException {
        proxy.refuse(true);
        try (Socket s = connect()) {
            s.getOutputStream().write(1);
            assertThat(s.getInputStream().read()).isEqualTo(-1);
        } catch (IOException reset) {
            // closed at once: a reset is as good as an end of stream
        }
        proxy.refuse(false);
        try (Socket s = connect()) {
            assertThat(roundTrip(s, 2)).isEqualTo(2);
        }
    }
}
