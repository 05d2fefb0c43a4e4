package hallq.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The queue server in a child JVM ({@code java -Xmx128m -jar queue-server.jar --config --data --port 0
 * --bind 127.0.0.1}). Start time runs from just before the process is spawned to the moment the
 * {@code HallQ listening on ...} line is read from its stdout. Stderr (the server's log) goes to a file.
 */
final class ServerProcess {
    private static final Pattern READY = Pattern.compile("HallQ listening on (\\S+):(\\d+)");

    private final Process process;
    private final Path log;
    private final long spawnedNanos;
    private final long readyNanos;
    private final InetSocketAddress address;

    private ServerProcess(Process process, Path log, long spawnedNanos, long readyNanos, InetSocketAddress address) {
        this.process = process;
        this.log = log;
        this.spawnedNanos = spawnedNanos;
        this.readyNanos = readyNanos;
        this.address = address;
    }

    static ServerProcess start(Path jar, Path config, Path data, Path log, String heap, List<String> extraJvmArgs,
                               long timeoutMs, Cleanup cleanup) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.addAll(extraJvmArgs);
        cmd.addAll(List.of("-jar", jar.toString(), "--config", config.toString(), "--data", data.toString(),
                "--port", "0", "--bind", "127.0.0.1", "--announce", "off"));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        CompletableFuture<long[]> ready = new CompletableFuture<>();
        long spawned = System.nanoTime();
        Process p = pb.start();
        cleanup.add(() -> {
            if (p.isAlive()) {
                p.destroyForcibly();
                try {
                    p.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    Matcher m = READY.matcher(line);
                    if (!ready.isDone() && m.find()) {
                        ready.complete(new long[] {System.nanoTime(), Integer.parseInt(m.group(2))});
                    }
                }
            } catch (IOException e) {
                // the process went away
            }
            ready.completeExceptionally(new IOException("server stdout closed before it was ready"));
        }, "server-stdout");
        reader.setDaemon(true);
        reader.start();
        long[] r;
        try {
            r = ready.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            throw new IOException("server did not print 'HallQ listening' within " + timeoutMs + " ms ("
                    + e.getMessage() + "); exit=" + (p.isAlive() ? "alive" : p.exitValue()) + "; log tail:\n"
                    + tail(log, 15));
        }
        return new ServerProcess(p, log, spawned, r[0], new InetSocketAddress("127.0.0.1", (int) r[1]));
    }

    InetSocketAddress address() {
        return address;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** From spawning the JVM to reading the ready line. */
    long startNanos() {
        return readyNanos - spawnedNanos;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL (Process.destroyForcibly on Linux); waits until the process is gone. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            throw new IllegalStateException("server did not die after SIGKILL");
        }
    }

    /** SIGTERM, waiting up to {@code ms} for a clean exit, else SIGKILL. Returns the exit code (or -1). */
    int stop(long ms) throws InterruptedException {
        process.destroy();
        if (process.waitFor(ms, TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        return -1;
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
