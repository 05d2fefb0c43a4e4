package hallq.bench;

import hallq.testkit.ChildJvm;
import hallq.testkit.ChildServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

/**
 * The queue server started under {@code bench/pi-core.sh -- java ...} (issue 21, goal 7: one CPU by taskset and a
 * CFS quota of a third of it, roughly a Raspberry Pi 4 core). The script stays the parent of the JVM (it removes its
 * cgroup when the JVM ends), so the server's own pid, for /proc, is the script's child: taskset execs java. SIGTERM
 * goes to the script, which hands it on; a kill goes to the JVM first, so the script still removes its cgroup.
 * {@link ChildServer} cannot be used: its command line always begins with java.
 */
final class PiCoreServer implements HallDay.Server {
    private final Process script;
    private final ProcessHandle jvm;
    private final int port;
    private final Path log;

    private PiCoreServer(Process script, ProcessHandle jvm, int port, Path log) {
        this.script = script;
        this.jvm = jvm;
        this.port = port;
        this.log = log;
    }

    /** Spawns {@code piCore [piCoreArgs] -- <java>} and waits until the server says it listens. */
    static PiCoreServer start(Path piCore, List<String> piCoreArgs, ChildJvm.Command java, Path log, long timeoutMs)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(piCore.toString());
        cmd.addAll(piCoreArgs);
        cmd.add("--");
        cmd.addAll(java.argv());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = p.inputReader(StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    Matcher m = ChildServer.LISTENING.matcher(line);
                    if (m.find()) {
                        listening.complete(Integer.parseInt(m.group(2)));
                    }
                }
            } catch (IOException e) {
                // the process went away
            }
            listening.completeExceptionally(new IOException("the server ended before it listened"));
        }, "pi-core-server-stdout");
        reader.setDaemon(true);
        reader.start();
        int port;
        try {
            port = listening.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // the JVM first, so that the script, left to end by itself, still removes its cgroup
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            throw new IOException("server under " + piCore + " did not listen within " + timeoutMs + " ms ("
                    + e.getMessage() + "); log tail:\n" + ChildServer.tail(log, 15));
        }
        Optional<ProcessHandle> java1 = p.children().findFirst();
        if (java1.isEmpty()) {
            p.destroyForcibly();
            throw new IOException(piCore + " has no child process although the server listens");
        }
        return new PiCoreServer(p, java1.get(), port, log);
    }

    @Override
    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    @Override
    public long pid() {
        return jvm.pid();
    }

    @Override
    public Path log() {
        return log;
    }

    /** SIGTERM through the script; the script's status (143 when its trap ran), or -1 after a kill. */
    @Override
    public int stop(long ms) throws InterruptedException {
        script.destroy();
        if (script.waitFor(ms, TimeUnit.MILLISECONDS)) {
            return script.exitValue();
        }
        close();
        return -1;
    }

    @Override
    public void close() {
        if (jvm.isAlive()) {
            jvm.destroyForcibly();
        }
        try {
            if (!script.waitFor(5, TimeUnit.SECONDS)) {
                script.destroyForcibly();
            }
        } catch (InterruptedException e) {
            script.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
