package hallq.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Java program in a child JVM, to be waited for, killed with {@code kill -9} as a power cut would, or stopped with
 * SIGTERM. Its stderr is appended to a file; its stdout is read line by line, kept, and watched for the lines the
 * test waits for ({@link #line}). Its stdin is a pipe the test may write to.
 */
public final class ChildJvm implements AutoCloseable {

    /** A {@code java} command line: this JVM's own java, JVM flags, a main class or a jar, the program's args. */
    public static final class Command {
        private final List<String> flags;
        private final List<String> launch;
        private final List<String> args;

        private Command(List<String> flags, List<String> launch, List<String> args) {
            this.flags = List.copyOf(flags);
            this.launch = List.copyOf(launch);
            this.args = List.copyOf(args);
        }

        /** {@code main} from this JVM's own class path. */
        public static Command classPath(Class<?> main) {
            return classPath(main.getName());
        }

        /** The main class named so, from this JVM's own class path. */
        public static Command classPath(String mainClass) {
            return new Command(List.of(), List.of("-cp", System.getProperty("java.class.path"), mainClass), List.of());
        }

        /** {@code -jar jar}. */
        public static Command jar(Path jar) {
            return new Command(List.of(), List.of("-jar", jar.toString()), List.of());
        }

        /** With these JVM flags after those given already. */
        public Command jvm(String... more) {
            return jvm(List.of(more));
        }

        public Command jvm(List<String> more) {
            return new Command(concat(flags, more), launch, args);
        }

        /** With these program arguments after those given already. */
        public Command args(String... more) {
            return args(List.of(more));
        }

        public Command args(List<String> more) {
            return new Command(flags, launch, concat(args, more));
        }

        /** The whole command, for a {@link ProcessBuilder}. */
        public List<String> argv() {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(flags);
            cmd.addAll(launch);
            cmd.addAll(args);
            return cmd;
        }

        /** The whole command as words of a {@code sh} script, each single-quoted. */
        public String shell() {
            return argv().stream().map(w -> "'" + w.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    /** A line of stdout that matched what was waited for: its match and when it was read ({@link System#nanoTime}). */
    public record Seen(String line, MatchResult match, long atNanos) {
    }

    private record Waiter(Pattern pattern, CompletableFuture<Seen> seen) {
    }

    private record Read(String line, long atNanos) {
    }

    private final Process process;
    private final Path stderr;
    private final long spawnedNanos;
    private final Thread reader;
    private final List<Read> stdout = new ArrayList<>();
    private final List<Waiter> waiters = new ArrayList<>();
    private boolean stdoutClosed;

    private ChildJvm(Process process, Path stderr, long spawnedNanos) {
        this.process = process;
        this.stderr = stderr;
        this.spawnedNanos = spawnedNanos;
        this.reader = new Thread(this::readStdout, "child-jvm-" + process.pid() + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Spawns {@code command}, its stderr appended to {@code stderr}; returns at once. */
    public static ChildJvm start(Command command, Path stderr) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command.argv())
                .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        long spawned = System.nanoTime();
        return new ChildJvm(pb.start(), stderr, spawned);
    }

    private void readStdout() {
        try (BufferedReader r = process.inputReader(StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                long at = System.nanoTime();
                synchronized (this) {
                    stdout.add(new Read(line, at));
                    for (var it = waiters.iterator(); it.hasNext(); ) {
                        Waiter w = it.next();
                        Matcher m = w.pattern.matcher(line);
                        if (m.find()) {
                            it.remove();
                            w.seen.complete(new Seen(line, m.toMatchResult(), at));
                        }
                    }
                }
            }
        } catch (IOException e) {
            // the process went away
        } finally {
            synchronized (this) {
                stdoutClosed = true;
                waiters.forEach(w -> w.seen.completeExceptionally(
                        new IOException("stdout closed before a line matching '" + w.pattern + "'")));
                waiters.clear();
            }
        }
    }

    /**
     * The first line of stdout, read already or to come, that contains a match of {@code pattern}; fails if stdout
     * closes (the process ends) before one comes.
     */
    public synchronized CompletableFuture<Seen> line(Pattern pattern) {
        CompletableFuture<Seen> seen = new CompletableFuture<>();
        for (Read r : stdout) {
            Matcher m = pattern.matcher(r.line);
            if (m.find()) {
                seen.complete(new Seen(r.line, m.toMatchResult(), r.atNanos));
                return seen;
            }
        }
        if (stdoutClosed) {
            seen.completeExceptionally(new IOException("stdout closed before a line matching '" + pattern + "'"));
        } else {
            waiters.add(new Waiter(pattern, seen));
        }
        return seen;
    }

    /**
     * Waits for {@link #line}; if it does not come within {@code timeout}, or the process ends first, throws an
     * exception that says so with the exit status and the tail of stderr. The process is left as it is.
     */
    public Seen awaitLine(Pattern pattern, Duration timeout) throws IOException, InterruptedException {
        try {
            return line(pattern).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            String why = e instanceof TimeoutException ? "not within " + timeout.toMillis() + " ms"
                    : e.getCause().getMessage();
            throw new IOException("no line matching '" + pattern + "' from the child JVM (" + why + "); exit="
                    + (process.isAlive() ? "alive" : process.exitValue()) + "; stderr tail:\n" + tail(stderr, 15));
        }
    }

    /** What it has written to stdout so far, line by line. */
    public synchronized List<String> stdout() {
        return stdout.stream().map(Read::line).toList();
    }

    /** What it has written to stderr so far (with what earlier processes appended to the same file). */
    public List<String> stderr() {
        try {
            return Files.readAllLines(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + stderr, e);
        }
    }

    /** The file its stderr is appended to. */
    public Path stderrFile() {
        return stderr;
    }

    /** Its stdin. */
    public OutputStream stdin() {
        return process.getOutputStream();
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** When it was spawned ({@link System#nanoTime}). */
    public long spawnedNanos() {
        return spawnedNanos;
    }

    /**
     * Waits for it to end, and for its stdout to be read to the end, and returns its exit status; fails if it has not
     * ended within {@code timeout}.
     */
    public int awaitExit(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("the child JVM did not exit within " + timeout);
        }
        // a process of its own that inherited the pipe could hold stdout open: the exit status does not wait for it
        reader.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        return process.exitValue();
    }

    /** SIGTERM, without waiting. */
    public void terminate() {
        process.destroy();
    }

    /** SIGKILL ({@link Process#destroyForcibly} on Linux); waits until the process is gone. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child JVM did not die after SIGKILL");
        }
    }

    /** SIGTERM, waiting up to {@code ms} for it to end, else SIGKILL. Returns the exit status, or -1 if killed. */
    public int stop(long ms) throws InterruptedException {
        process.destroy();
        if (process.waitFor(ms, TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        return -1;
    }

    /** The last {@code lines} of a text file, or why there are none. */
    public static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Kills it if it still runs (SIGKILL), for a test's or a harness's cleanup. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
    }
}
