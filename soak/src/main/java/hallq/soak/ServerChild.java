package hallq.soak;

import hallq.testkit.ChildServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

/**
 * The queue server in a child JVM from this JVM's own class path, on one loopback port and one data directory
 * for its whole life: killed with kill -9 and started again on the same port and data, as a hall's server would be
 * after a power cut.
 */
final class ServerChild implements AutoCloseable {
    private final Path config;
    private final Path data;
    private final Path log;
    private final int port;
    private ChildServer running;

    ServerChild(Path config, Path data, Path log) throws IOException {
        this.config = config;
        this.data = data;
        this.log = log;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            this.port = s.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    /** Starts the server and returns once it prints {@code HallQ listening}; the start's duration in ms. */
    long start() throws IOException, InterruptedException {
        running = ChildServer.start(ChildServer.classPath(), config, data, port, log, "256m", List.of(), 60_000);
        return running.startNanos() / 1_000_000;
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill9() throws InterruptedException {
        running.kill9();
    }

    @Override
    public void close() throws InterruptedException {
        if (running != null && running.alive()) {
            running.stop(20_000);
        }
    }
}
