package hallq.soak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The queue server in a child JVM from this JVM's own class path, on loopback, on one port and one data directory
 * for its whole life: killed with kill -9 and started again on the same port and data, as a hall's server would be
 * after a power cut.
 */
final class ServerChild implements AutoCloseable {
    private final Path config;
    private final Path data;
    private final Path log;
    private final int port;
    private Process process;

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
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "hallq.server.Main", "--config", config.toString(),
                "--data", data.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1", "--announce", "off");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.contains("HallQ listening")) {
                        ready.complete(null);
                    }
                }
            } catch (IOException e) {
                // the process went away
            }
            ready.completeExceptionally(new IOException("the server ended before it was listening; see " + log));
        }, "soak-server-out");
        reader.setDaemon(true);
        reader.start();
        try {
            ready.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("the server did not start: " + e.getMessage() + " (log " + log + ")");
        }
        process = p;
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server did not die after SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
