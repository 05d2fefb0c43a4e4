package hallq.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.testkit.ChildJvm;
import hallq.testkit.Namespaces;
import hallq.testkit.Tools;
import java.io.BufferedReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's data directory on a small file system of its own that fills up while kiosks issue tickets: a tmpfs
 * in a mount namespace this test makes ({@code unshare -m}), so nothing of the machine's own disks is touched.
 * A full disk must give clear errors, never an {@code ok} that is not on disk; once space is freed, a restart
 * after kill -9 finds every acknowledged ticket and numbering goes on.
 */
class FullDiskTest {
    private static final Pattern LISTENING = Pattern.compile("HallQ listening on [0-9.]+:(\\d+)");
    private static final Pattern PID = Pattern.compile("server pid (\\d+)");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Every server the loop said it started, to be killed at the end whatever happened. */
    private final Set<Long> started = ConcurrentHashMap.newKeySet();

    @TempDir
    Path dir;

    private HttpResponse<String> issue(int port) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tickets"))
                .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer k1-secret")
                .POST(HttpRequest.BodyPublishers.ofString("{\"zone\":\"legal\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int serial(String number) {
        return Integer.parseInt(number.replaceAll("\\D", ""));
    }

    @Test
    void aFullDiskAnswersWithClearErrorsAndLosesNoAcknowledgedTicket() throws Exception {
        Tools.require(Namespaces.tmpfsAllowed(Files.createDirectory(dir.resolve("probe"))), "unshare -m with a tmpfs"
                + " (a mount namespace: Debian util-linux and mount; root or CAP_SYS_ADMIN) is missing or not permitted"
                + " here: full disk not tested");
        Path hall = dir.resolve("hall.yaml");
        try (var in = getClass().getResourceAsStream("/test-hall.yaml")) {
            // no rate limit to speak of: the disk is to fill in seconds
            Files.writeString(hall, new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("kioskRate: 1000", "kioskRate: 100000000"));
        }
        Path mnt = Files.createDirectory(dir.resolve("mnt"));
        Path control = Files.createDirectory(dir.resolve("control"));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ChildJvm.Command server = ChildJvm.Command.classPath(Main.class).jvm("-Xmx128m", "-Dhallq.log.level=WARN")
                .args("--announce", "off", "--config", hall.toString(), "--data", mnt + "/data", "--port",
                        String.valueOf(port), "--bind", "127.0.0.1", "--keep-free-mb", "8");
        // 40 MB, of which 20 MB ballast: the server starts with room for some thousands of tickets while it keeps
        // 8 MB free; after "free" the ballast goes before the next start
        String script = String.join("\n",
                "set -e",
                "mount -t tmpfs -o size=40m tmpfs '" + mnt + "'",
                "dd if=/dev/zero of='" + mnt + "/ballast' bs=1M count=20 2>/dev/null",
                "while [ ! -e '" + control + "/stop' ]; do",
                "  if [ -e '" + control + "/free' ]; then rm -f '" + mnt + "/ballast'; fi",
                "  " + server.shell() + " 2>>'" + dir.resolve("server.log") + "' &",
                "  echo \"server pid $!\"",
                "  wait $! || true",
                "done");
        Process shell = new ProcessBuilder("unshare", "-m", "sh", "-c", script).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = shell.inputReader(StandardCharsets.UTF_8)) {
                r.lines().forEach(lines::add);
            } catch (Exception e) {
                lines.add("reader: " + e);
            }
        }, "full-disk-out");
        reader.setDaemon(true);
        reader.start();
        try {
            long pid = awaitStart(lines);

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
            AtomicInteger failingInARow = new AtomicInteger();
            List<Thread> kiosks = new ArrayList<>();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            for (int k = 0; k < 8; k++) {
                Thread t = new Thread(() -> {
                    while (failingInARow.get() < 40 && System.nanoTime() < until) {
                        try {
                            HttpResponse<String> r = issue(port);
                            JsonNode body = Json.mapper().readTree(r.body());
                            if (r.statusCode() == 201) {
                                acknowledged.add(body.path("ticket").path("number").asText());
                                failingInARow.set(0);
                            } else {
                                String what = r.statusCode() + " " + body.path("error").path("code").asText() + "/"
                                        + body.path("error").path("reason").asText();
                                refusals.computeIfAbsent(what, x -> new AtomicInteger()).incrementAndGet();
                                failingInARow.incrementAndGet();
                            }
                        } catch (Exception e) {
                            refusals.computeIfAbsent(e.getClass().getSimpleName(), x -> new AtomicInteger())
                                    .incrementAndGet();
                            failingInARow.incrementAndGet();
                        }
                    }
                });
                t.start();
                kiosks.add(t);
            }
            for (Thread t : kiosks) {
                t.join(150_000);
            }
            assertThat(failingInARow.get()).as("the disk filled within two minutes (acknowledged %d, refused %s)",
                    acknowledged.size(), refusals).isGreaterThanOrEqualTo(40);
            assertThat(refusals).as("a full disk is said as such").containsKey("500 INTERNAL/STORAGE");
            assertThat(refusals.keySet()).as("every refusal is a clear storage error, none a hang or a dropped "
                    + "connection").containsOnly("500 INTERNAL/STORAGE");
            assertThat(get(port, "/healthz").statusCode()).as("the server still answers").isEqualTo(200);
            String log = Files.readString(dir.resolve("server.log"));
            // the journal refuses before the disk is full (here: when its next 8 MB segment would not fit beside
            // the space kept free), so the database behind it always has room to finish what was acknowledged
            assertThat(log).as("the hall refused before the disk was full").contains("the data disk is nearly full");
            assertThat(log).as("the database never met the full disk").doesNotContain("cannot write to the database");

            Files.createFile(control.resolve("free"));
            kill9(pid);
            awaitStart(lines);
            for (String number : acknowledged) {
                HttpResponse<String> t = get(port, "/api/tickets/" + number);
                assertThat(t.statusCode()).as("acknowledged ticket %s after the disk filled", number).isEqualTo(200);
            }
            int maxAcked = acknowledged.stream().mapToInt(FullDiskTest::serial).max().orElseThrow();
            HttpResponse<String> next = issue(port);
            assertThat(next.statusCode()).as("a ticket once there is room: %s", next.body()).isEqualTo(201);
            assertThat(serial(Json.mapper().readTree(next.body()).path("ticket").path("number").asText()))
                    .as("numbering goes on").isGreaterThan(maxAcked);
        } finally {
            // no new server after this; the loop ends once the one it waits for is killed. A server started just
            // before "stop" may say its pid late: each round kills every pid said so far.
            Files.writeString(control.resolve("stop"), "");
            for (int round = 0; round < 3 && shell.isAlive(); round++) {
                for (String line = lines.poll(); line != null; line = lines.poll()) {
                    pid(line);
                }
                started.forEach(FullDiskTest::kill9);
                shell.waitFor(10, TimeUnit.SECONDS);
            }
            shell.destroyForcibly();
        }
    }

    private static void kill9(long pid) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
    }

    /** Notes the pid when the line is the loop's "server pid N"; returns it, or -1. */
    private long pid(String line) {
        Matcher p = PID.matcher(line);
        if (!p.find()) {
            return -1;
        }
        long pid = Long.parseLong(p.group(1));
        started.add(pid);
        return pid;
    }

    /** The pid of the server the loop started, once it listens. */
    private long awaitStart(BlockingQueue<String> lines) throws Exception {
        long pid = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            seen.add(line);
            long said = pid(line);
            if (said > 0) {
                pid = said;
            } else if (LISTENING.matcher(line).find() && pid > 0) {
                return pid;
            }
        }
        throw new AssertionError("the server did not start: " + seen + "\n"
                + Files.readString(dir.resolve("server.log")));
    }
}
