package hallq.testkit;

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
 * The queue server in a child JVM, started from a jar ({@link #jar}) or from this JVM's own class path
 * ({@link #classPath}), bound to 127.0.0.1 and never announced by mDNS. Start time runs from just before the process
 * is spawned to the moment the {@code HallQ listening on ...} line is read from its stdout. Stderr (the server's
 * log) is appended to a file. Killed with {@link #kill9} as a power cut would, stopped with SIGTERM by {@link #stop}.
 */
public final class ChildServer implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("HallQ listening on (\\S+):(\\d+)");

    private final Process process;
    private final Path log;
    private final long spawnedNanos;
    private final long readyNanos;
    private final InetSocketAddress address;

    private ChildServer(Process process, Path log, long spawnedNanos, long readyNanos, InetSocketAddress address) {
        this.process = process;
        this.log = log;
        this.spawnedNanos = spawnedNanos;
        this.readyNanos = readyNanos;
        this.address = address;
    }

    /** How to launch the server from a jar: {@code -jar queue-server.jar}. */
    public static List<String> jar(Path jar) {
        return List.of("-jar", jar.toString());
    }

    /** How to launch the server from this JVM's class path, which must hold the queue server. */
    public static List<String> classPath() {
        return List.of("-cp", System.getProperty("java.class.path"), "hallq.server.Main");
    }

    /**
     * Starts {@code java -Xmx<heap> -XX:+ExitOnOutOfMemoryError <jvmArgs> <launch> --config --data --port --bind 127.0.0.1 --announce off} and
     * returns once it listens ({@code port} 0: a free one); on a timeout or an early exit the process is killed and
     * the exception carries the log's tail.
     */
    public static ChildServer start(List<String> launch, Path config, Path data, int port, Path log, String heap,
                                    List<String> jvmArgs, long timeoutMs) throws IOException, InterruptedException {
        return start(launch, config, data, port, log, heap, jvmArgs, List.of(), timeoutMs);
    }

    /** As above, with more options for the server after those ({@code serverArgs}, e.g. a higher connection cap). */
    public static ChildServer start(List<String> launch, Path config, Path data, int port, Path log, String heap,
                                    List<String> jvmArgs, List<String> serverArgs, long timeoutMs)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-XX:+ExitOnOutOfMemoryError"); // as deployed (deploy/systemd/hallq-server.service)
        cmd.addAll(jvmArgs);
        cmd.addAll(launch);
        // never multicast on the machine's own network
        cmd.addAll(List.of("--config", config.toString(), "--data", data.toString(), "--port", String.valueOf(port),
                "--bind", "127.0.0.1", "--announce", "off"));
        cmd.addAll(serverArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        CompletableFuture<long[]> ready = new CompletableFuture<>();
        long spawned = System.nanoTime();
        Process p = pb.start();
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
        } catch (InterruptedException e) {
            p.destroyForcibly(); // the caller never gets it, so nobody else would stop it
            throw e;
        }
        return new ChildServer(p, log, spawned, r[0], new InetSocketAddress("127.0.0.1", (int) r[1]));
    }

    public InetSocketAddress address() {
        return address;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** From spawning the JVM to reading the ready line. */
    public long startNanos() {
        return readyNanos - spawnedNanos;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL (Process.destroyForcibly on Linux); waits until the process is gone. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            throw new IllegalStateException("server did not die after SIGKILL");
        }
    }

    /** SIGTERM, waiting up to {@code ms} for a clean exit, else SIGKILL. Returns the exit code (or -1). */
    public int stop(long ms) throws InterruptedException {
        process.destroy();
        if (process.waitFor(ms, TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        return -1;
    }

    public static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Kills the server if it still runs (SIGKILL), for a harness's cleanup. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
    }
}
