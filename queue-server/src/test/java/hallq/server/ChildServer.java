package hallq.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The queue server in a child JVM, as it runs in a hall: killed, restarted, stopped with SIGTERM. */
final class ChildServer implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("HallQ listening on ([0-9.]+):(\\d+)");
    final Process process;
    final CompletableFuture<Integer> port = new CompletableFuture<>();
    final long startedNanos = System.nanoTime();
    private final List<String> stderr = new ArrayList<>();

    ChildServer(String... args) throws IOException {
        this(Main.class, args);
    }

    /** With a main class of its own, such as a test's that does something to the server it starts. */
    ChildServer(Class<?> main, String... args) throws IOException {
        // as deployed: a JVM out of memory ends (deploy/systemd/hallq-server.service)
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-Dhallq.log.level=WARN",
                "-cp", System.getProperty("java.class.path"),
                main.getName(), "--announce", "off")); // never multicast on the machine's own network
        cmd.addAll(List.of(args));
        process = new ProcessBuilder(cmd).start();
        Thread out = new Thread(() -> read(process.inputReader(StandardCharsets.UTF_8), true), "child-out");
        Thread err = new Thread(() -> read(process.errorReader(StandardCharsets.UTF_8), false), "child-err");
        out.setDaemon(true);
        err.setDaemon(true);
        out.start();
        err.start();
    }

    private void read(BufferedReader r, boolean out) {
        try (r) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = LISTENING.matcher(line);
                if (out && m.find()) {
                    port.complete(Integer.parseInt(m.group(2)));
                }
                if (!out) {
                    synchronized (stderr) {
                        stderr.add(line);
                    }
                }
            }
        } catch (IOException e) {
            // the child is gone
        } finally {
            port.completeExceptionally(new IllegalStateException("server exited before listening: " + stderr()));
        }
    }

    /** Waits for the listening line; the time from start to it is the restart time. */
    int awaitPort(Duration timeout) throws Exception {
        return port.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<String> stderr() {
        synchronized (stderr) {
            return List.copyOf(stderr);
        }
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("server did not exit in " + timeout);
        }
        return process.exitValue();
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
    }
}
