package hallq.testkit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * The queue server in a {@link ChildJvm}, never announced by mDNS, started from a jar ({@link #jar}) or from this
 * JVM's own class path ({@link #classPath}); by name, so that testkit needs nothing of the server and the server's
 * own tests can use it. Ready once it prints {@code HallQ listening on <address>:<port>}; its log (stderr) is
 * appended to a file.
 */
public final class ChildServer implements AutoCloseable {
    public static final Pattern LISTENING = Pattern.compile("HallQ listening on (\\S+):(\\d+)");
    private static final String MAIN = "hallq.server.Main";

    private final ChildJvm jvm;
    private final CompletableFuture<ChildJvm.Seen> listening;

    private ChildServer(ChildJvm jvm) {
        this.jvm = jvm;
        this.listening = jvm.line(LISTENING);
    }

    /** How to launch the server from a jar: {@code -jar queue-server.jar}. */
    public static ChildJvm.Command jar(Path jar) {
        return ChildJvm.Command.jar(jar);
    }

    /** How to launch the server from this JVM's class path, which must hold the queue server. */
    public static ChildJvm.Command classPath() {
        return ChildJvm.Command.classPath(MAIN);
    }

    /** The JVM flags of the deployed server (deploy/systemd/hallq-server.service): its heap; out of memory, it ends. */
    public static List<String> asDeployed(String heap) {
        return List.of("-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError");
    }

    /**
     * Spawns {@code launch} (the server, or a test's main that runs it) with {@code --announce off} and {@code args},
     * its log appended to {@code log}; returns at once. {@link #port} says when it listens.
     */
    public static ChildServer spawn(ChildJvm.Command launch, List<String> args, Path log) throws IOException {
        // never multicast on the machine's own network
        return new ChildServer(ChildJvm.start(launch.args("--announce", "off").args(args), log));
    }

    /**
     * Starts {@code java -Xmx<heap> -XX:+ExitOnOutOfMemoryError <jvmArgs> <launch> --config --data --port --bind 127.0.0.1 --announce off} and
     * returns once it listens ({@code port} 0: a free one); on a timeout or an early exit the process is killed and
     * the exception carries the log's tail.
     */
    public static ChildServer start(ChildJvm.Command launch, Path config, Path data, int port, Path log, String heap,
                                    List<String> jvmArgs, long timeoutMs) throws IOException, InterruptedException {
        return start(launch, config, data, port, log, heap, jvmArgs, List.of(), timeoutMs);
    }

    /** As above, with more options for the server after those ({@code serverArgs}, e.g. a higher connection cap). */
    public static ChildServer start(ChildJvm.Command launch, Path config, Path data, int port, Path log, String heap,
                                    List<String> jvmArgs, List<String> serverArgs, long timeoutMs)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--config", config.toString(), "--data", data.toString(),
                "--port", String.valueOf(port), "--bind", "127.0.0.1"));
        args.addAll(serverArgs);
        ChildServer server = spawn(launch.jvm(asDeployed(heap)).jvm(jvmArgs), args, log);
        try {
            server.awaitPort(Duration.ofMillis(timeoutMs));
        } catch (IOException e) {
            server.jvm.kill9();
            throw new IOException("server did not print 'HallQ listening' in time: " + e.getMessage());
        } catch (InterruptedException e) {
            server.jvm.close(); // the caller never gets it, so nobody else would stop it
            throw e;
        }
        return server;
    }

    /** The port it listens on, once it says so; fails if it ends before. */
    public CompletableFuture<Integer> port() {
        return listening.thenApply(s -> Integer.parseInt(s.match().group(2)));
    }

    /** Waits until it listens and returns the port; fails if it does not within {@code timeout}, or ends first. */
    public int awaitPort(Duration timeout) throws IOException, InterruptedException {
        return Integer.parseInt(jvm.awaitLine(LISTENING, timeout).match().group(2));
    }

    /** Where it listens, on 127.0.0.1; it must have said so. */
    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port().getNow(-1));
    }

    /** The child JVM, for what is not the server's own: its exit, its stderr, its stdin, a SIGTERM. */
    public ChildJvm jvm() {
        return jvm;
    }

    public long pid() {
        return jvm.pid();
    }

    public Path log() {
        return jvm.stderrFile();
    }

    /** From spawning the JVM to reading the listening line; it must have listened. */
    public long startNanos() {
        return listening.join().atNanos() - jvm.spawnedNanos();
    }

    public boolean alive() {
        return jvm.alive();
    }

    /** SIGKILL; waits until the process is gone. */
    public void kill9() throws InterruptedException {
        jvm.kill9();
    }

    /** SIGTERM, waiting up to {@code ms} for a clean exit, else SIGKILL. Returns the exit code (or -1). */
    public int stop(long ms) throws InterruptedException {
        return jvm.stop(ms);
    }

    public static String tail(Path file, int lines) {
        return ChildJvm.tail(file, lines);
    }

    /** Kills the server if it still runs (SIGKILL), for a test's or a harness's cleanup. */
    @Override
    public void close() throws InterruptedException {
        jvm.close();
    }
}
