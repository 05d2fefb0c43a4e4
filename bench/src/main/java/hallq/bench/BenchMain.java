package hallq.bench;

import hallq.protocol.Op;
import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Outcome;
import hallq.protocol.hall.HallConfig;
import hallq.server.hall.HallFile;
import hallq.testkit.ChildServer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * The HallQ benchmark: one command (bench/run.sh) measures, in one run and against baselines taken in the
 * same run on the same machine and disk,
 * <ol>
 * <li>durable tickets/s at 1, 16 and 64 kiosk connections vs raw HSQLDB single-row commits/s;</li>
 * <li>call-next -> called latency at 500 displays vs one fsync + one WebSocket round trip;</li>
 * <li>restart time after kill -9 with 100k tickets of history, and that they are all still there;</li>
 * </ol>
 * with the server in a child JVM at -Xmx128m. Settings are system properties (see {@link #prop}).
 */
public final class BenchMain {
    private static volatile String stage = "start";
    private static final List<String> lines = new ArrayList<>();
    /** Issue 21's goals as this run met them, printed together at the end. */
    private static final Goals goals = new Goals();
    /** Options every server of the run gets after the usual ones (set once the load is known). */
    private static List<String> serverArgs = List.of();

    private BenchMain() {
    }

    private static String prop(String name, String dflt) {
        return System.getProperty("bench." + name, dflt);
    }

    private static int intProp(String name, int dflt) {
        return Integer.parseInt(prop(name, Integer.toString(dflt)));
    }

    public static void main(String[] args) throws Exception {
        // --help, or a wrong command line: picocli says so, and the status is 0 or 2
        CommandLine line = BenchCommandLine.line();
        int exit = line.execute(args);
        Path serverJar = line.getExecutionResult();
        if (serverJar == null) {
            System.exit(exit);
            return;
        }
        Cleanup cleanup = new Cleanup();
        int timeoutSec = intProp("timeoutSec", 900);
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(timeoutSec * 1000L);
                System.err.println("bench: watchdog: still running after " + timeoutSec + " s (stage: " + stage
                        + "); stopping and cleaning up");
                System.exit(3);
            } catch (InterruptedException e) {
                // finished in time
            }
        }, "watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        int status = 0;
        try {
            run(serverJar.toAbsolutePath(), cleanup);
        } catch (Exception | Error e) {
            System.out.flush();
            System.err.println("bench FAILED at stage '" + stage + "': " + e);
            e.printStackTrace();
            status = 1;
        } finally {
            cleanup.runAll();
            watchdog.interrupt();
        }
        System.exit(status);
    }

    private static void progress(String s) {
        stage = s;
        System.err.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + s);
    }

    private static void out(String fmt, Object... a) {
        String s = String.format(fmt, a);
        lines.add(s);
    }

    private static void run(Path serverJar, Cleanup cleanup) throws Exception {
        // issue 21 goal 2 (and goal 7's section-2 half), a realistic hall: -Dbench.sections=hallday runs it alone
        if (HallDay.alone()) {
            System.out.println(String.join("\n", HallDay.runAlone(serverJar, cleanup, BenchMain::progress).lines()));
            return;
        }
        List<Integer> levels = Arrays.stream(prop("levels", "1,16,64").split(",")).map(String::trim)
                .map(Integer::parseInt).toList();
        int maxLevel = levels.stream().max(Integer::compare).orElse(64);
        long warmMs = intProp("warmMs", 2000);
        long measureMs = intProp("measureMs", 6000);
        int displays = intProp("displays", 500);
        int counters = intProp("counters", 12);
        int history = intProp("historyTickets", 100_000);
        int historyConns = intProp("historyConns", 64);
        long callMeasureMs = intProp("callMeasureMs", 10_000);
        int callWarmCycles = intProp("callWarmCycles", 30);
        int callMaxCycles = intProp("callMaxCycles", 60);
        long thinkMin = intProp("thinkMinMs", 250);
        long thinkMax = intProp("thinkMaxMs", 750);
        String heap = prop("serverHeap", "128m");
        List<String> serverJvm = new ArrayList<>(prop("serverJvmArgs", "").isBlank() ? List.of()
                : List.of(prop("serverJvmArgs", "").trim().split("\\s+")));

        Path base = Path.of(prop("tmp", System.getProperty("java.io.tmpdir")));
        Path tmp = Files.createTempDirectory(base, "hallq-bench-");
        cleanup.add(() -> {
            if (Boolean.getBoolean("bench.keepTmp")) {
                System.err.println("bench: kept " + tmp);
            } else {
                Cleanup.deleteTree(tmp);
            }
        });
        FileStore store = Files.getFileStore(tmp);
        EventLoopGroup clients = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        EventLoopGroup echoGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup padGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        cleanup.add(() -> padGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS));
        cleanup.add(() -> clients.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS));
        cleanup.add(() -> echoGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS));

        BenchHall hall = new BenchHall(maxLevel + 1, counters, displays);
        // every connection of the bench comes from 127.0.0.1: the server's cap per address (200) must let them all
        // in, twice over for the ones still closing while the next section connects
        serverArgs = List.of("--max-connections-per-address",
                String.valueOf(2 * (displays + maxLevel + 1 + counters + historyConns)));
        Path hallFile = tmp.resolve("bench-hall.yaml");
        hall.write(hallFile);

        // ---- baselines ----------------------------------------------------------------------------------
        progress("baseline: fsync");
        Path baseDir = Files.createDirectories(tmp.resolve("baseline"));
        Percentiles.Summary fsync = Baselines.fsync(baseDir, 50, 500).summary();
        progress("baseline: WebSocket round trip");
        Percentiles.Summary rtt = Baselines.wsRoundTrip(clients, echoGroup, 300, 500).summary();
        EventLoopGroup floorGroup = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        cleanup.add(() -> floorGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS));
        progress("baseline: echo ceiling, " + maxLevel + " connections back to back");
        double echoRate = Baselines.echoRate(clients, floorGroup, maxLevel, intProp("echoWarmMs", 15_000), 5_000);
        progress("baseline: fan-out floor, one frame to " + displays + " connections");
        Baselines.FanOut fanOut = Baselines.fanOut(clients, floorGroup, displays, 400, 50, 200, 20);
        progress("baseline: HSQLDB commits");
        Baselines.CommitRate hsql = Baselines.hsqldbCommits(Files.createDirectories(baseDir.resolve("hsqldb")), 1000, 3000);
        double basePerSec = hsql.perSecond();
        if (Boolean.parseBoolean(prop("classArchive", "true"))) {
            // as deploy/install.sh does: one training start writes the class-data archive every later start maps in
            progress("class-data archive of the server jar: a training start and SIGTERM");
            Path archive = tmp.resolve("queue-server.jsa");
            List<String> training = new ArrayList<>(serverJvm);
            training.add("-XX:ArchiveClassesAtExit=" + archive);
            startServer(serverJar, hallFile, tmp.resolve("data-training"), tmp.resolve("server-training.log"),
                    heap, training, 60_000, cleanup).stop(20_000);
            if (Files.isRegularFile(archive)) {
                serverJvm.add("-XX:SharedArchiveFile=" + archive);
            } else {
                System.err.println("bench: no class-data archive was written; the servers start without one");
            }
        }
        progress("baseline: JVM start floor of the server jar");
        Percentiles.Summary jvmFloor = jvmFloor(serverJar, heap, serverJvm, 3).summary();

        // ---- 1. throughput -------------------------------------------------------------------------------
        Throughput tp = new Throughput();
        ChildServer a = null;
        double jitQuietPct = Double.parseDouble(prop("jitQuietPct", "10"));
        long jitWindowMs = intProp("jitWindowMs", 3000);
        long jitMaxMs = intProp("jitMaxMs", 180_000);
        int warmKiosks = Math.min(8, maxLevel); // the bench hall has maxLevel + 1 kiosks
        tp.warmKiosks = warmKiosks;
        try {
            // one server for every level, warmed until its compiler is quiet; the counters empty the queues between
            // levels, so each level starts from a hall without a backlog, as a real one would be
            progress("issue: start a server on an empty data dir");
            a = startServer(serverJar, hallFile, tmp.resolve("data-a"), tmp.resolve("server-a.log"), heap,
                    serverJvm, 60_000, cleanup);
            tp.freshStartNanos = a.startNanos();
            Warmup warm = new Warmup(clients, a.address(), hall);
            progress("issue: warm-up, " + warmKiosks + " kiosks issue and " + counters + " counters serve until the JIT is quiet (< "
                    + jitQuietPct + "% of a core over " + jitWindowMs + " ms, at most " + jitMaxMs + " ms)");
            tp.warmup = warm.untilJitQuiet(a.pid(), warmKiosks, jitQuietPct, jitWindowMs, jitMaxMs);
            IssueLoad load = new IssueLoad(clients, a.address(), hall);
            for (int level : levels) {
                progress("issue at " + level + " connections: measuring");
                List<WsClient> conns = load.connectKiosks(level);
                IssueLoad.Result r = load.timed(conns, warmMs, measureMs, a.pid());
                IssueLoad.closeAll(conns);
                long held = load.totalOk.get() + tp.warmup.issued();
                tp.rows.add(new Object[] {level, r, held});
                progress("issue at " + level + " connections: the counters serve the queues empty");
                warm.drain(180_000);
            }
            progress("issue: stop the server (SIGTERM)");
            a.stop(20_000);
        } catch (Exception e) {
            tp.error = failure(e, a);
        }
        if (a != null && a.alive()) {
            a.kill9();
        }

        // ---- 3. history, kill -9, restart ----------------------------------------------------------------
        Restart rs = new Restart();
        ChildServer c = null;
        try {
            progress("history: start a server on an empty data dir");
            Path dataC = tmp.resolve("data-c");
            c = startServer(serverJar, hallFile, dataC, tmp.resolve("server-c.log"), heap, serverJvm, 60_000,
                    cleanup);
            restart(rs, c, new IssueLoad(clients, c.address(), hall), serverJar, hallFile, dataC, tmp, heap, serverJvm,
                    history, historyConns, maxLevel, clients, hall, cleanup);
        } catch (Exception e) {
            rs.error = failure(e, null);
        }
        if (c != null && c.alive()) {
            c.kill9();
        }

        // ---- 2. call-next latency with displays --------------------------------------------------------
        Latency lt = new Latency();
        ChildServer b = null;
        try {
            progress("server B: start (empty data dir)");
            b = startServer(serverJar, hallFile, tmp.resolve("data-b"), tmp.resolve("server-b.log"), heap,
                    serverJvm, 60_000, cleanup);
            progress("server B: warm-up until the JIT is quiet");
            lt.warmup = new Warmup(clients, b.address(), hall).untilJitQuiet(b.pid(), warmKiosks, jitQuietPct, jitWindowMs,
                    jitMaxMs);
            int preIssue = 2 * counters * (callWarmCycles + callMaxCycles) + 100;
            progress("server B: pre-issuing " + preIssue + " tickets");
            IssueLoad loadB = new IssueLoad(clients, b.address(), hall);
            List<WsClient> kB = loadB.connectKiosks(Math.min(8, maxLevel));
            IssueLoad.Result pre = loadB.counted(kB, preIssue, 60_000, b.pid());
            IssueLoad.closeAll(kB);
            if (pre.ok.get() < preIssue) {
                throw new IllegalStateException("pre-issue got " + pre.ok.get() + " of " + preIssue + ": "
                        + pre.errorText());
            }
            // control: the same calls with a single display connected (no fan-out)
            progress("server B: call-next -> called with 1 display (control), " + callMeasureMs / 2 + " ms");
            CallLatency single = new CallLatency(clients, padGroup, b.address(), hall, 1);
            cleanup.add(single::closeAll);
            single.connectDisplays(1);
            single.connectPads(counters);
            lt.single = single.run(callWarmCycles, callMaxCycles, callMeasureMs / 2, thinkMin, thinkMax, b.pid());
            single.closeAll();
            CallLatency calls = new CallLatency(clients, padGroup, b.address(), hall, displays);
            cleanup.add(calls::closeAll);
            progress("server B: connecting " + displays + " displays");
            lt.displayConnectNanos = calls.connectDisplays(100);
            calls.connectPads(counters);
            progress("server B: ping round trip with " + displays + " displays connected");
            lt.serverPing = calls.serverPing(200, 500).summary();
            progress("server B: call-next -> called, " + counters + " counters, " + callMeasureMs + " ms");
            lt.windowFrom = LocalTime.now().withNano(0);
            lt.result = calls.run(callWarmCycles, callMaxCycles, callMeasureMs, thinkMin, thinkMax, b.pid());
            lt.windowTo = LocalTime.now().withNano(0);
            calls.closeAll();
            progress("stop server B (SIGTERM)");
            lt.exit = b.stop(20_000);
            lt.slowSyncs = ChildServer.tail(b.log(), 100_000).lines().filter(l -> l.contains("journal sync")).toList();
        } catch (Exception e) {
            lt.error = failure(e, b);
        }

        // ---- 3a. realistic history (past business days), today on top, kill -9, restart --------------------
        // run last, so that building the history in this JVM (CPU, disk) disturbs no other measurement
        PastRestart pr = new PastRestart();
        int pastDays = intProp("pastDays", 50);
        if (pastDays > 0) {
            try {
                pastRestart(pr, serverJar, hallFile, tmp, heap, serverJvm, pastDays, intProp("pastPerDay", 2000),
                        intProp("pastCommitOps", 500), intProp("todayTickets", 1500), intProp("todayHandled", 600),
                        Math.min(8, maxLevel), counters, clients, padGroup, hall, cleanup);
            } catch (Exception e) {
                pr.error = failure(e, pr.server);
            }
            if (pr.server != null && pr.server.alive()) {
                pr.server.kill9();
            }
        }

        // ---- report -------------------------------------------------------------------------------------
        out("");
        out("=== HallQ bench, %s ===", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).substring(0, 19));
        out("machine: %d cores, Java %s; server: child JVM -Xmx%s %s; all traffic on 127.0.0.1",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), heap,
                String.join(" ", serverJvm));
        out("disk: every file (baselines and server data) under %s (%s, %s)", tmp, store.name(), store.type());
        out("");
        out("BASELINES (measured in this run)");
        out("  fsync: 64-byte append + FileChannel.force(true)   p50 %7.3f ms   p99 %7.3f ms   (n=%d)",
                fsync.p50ms(), fsync.p99ms(), fsync.count());
        out("  WebSocket round trip, bench client <-> echo srv   p50 %7.3f ms   p99 %7.3f ms   (n=%d)",
                rtt.p50ms(), rtt.p99ms(), rtt.count());
        out("  HSQLDB INSERT+COMMIT, 1 thread, fsync each        %,.0f commits/s   (%d commits in %.1f s)",
                basePerSec, hsql.commits(), hsql.seconds());
        out("  echo ceiling: %d connections back to back against the echo server in this JVM (2 event loops):"
                + " %,.0f requests/s = %.1f x HSQLDB", maxLevel, echoRate, echoRate / basePerSec);
        Percentiles.Summary fanAll = fanOut.allPairs().summary();
        Percentiles.Summary fanLast = fanOut.last().summary();
        out("  fan-out floor: one 400-byte frame from a trivial server to %d connections, all pairs p50 %.2f ms"
                + " p99 %.2f ms; last of the %d p50 %.2f ms p99 %.2f ms (n=%d)", displays, fanAll.p50ms(),
                fanAll.p99ms(), displays, fanLast.p50ms(), fanLast.p99ms(), fanLast.count());
        out("  JVM floor: spawn -> exit of 'java -Xmx%s -jar queue-server.jar --port x' (rejects the option at once)"
                + "   p50 %.0f ms (n=%d)", heap, jvmFloor.p50ms(), jvmFloor.count());
        out("");
        reportThroughput(tp, warmMs, measureMs, basePerSec, maxLevel, echoRate);
        out("");
        reportLatency(lt, displays, counters, thinkMin, thinkMax, fsync, rtt, fanAll);
        out("");
        // issue 21 goal 2 (and goal 7's section-2 half), a realistic hall: run now, after every other section's
        // measurements, and reported after section 2 (-Dbench.serverCpu=both adds the run under bench/pi-core.sh)
        HallDay.Report hallDay = HallDay.section(serverJar, tmp, heap, serverJvm, cleanup, BenchMain::progress);
        hallDay.lines().forEach(l -> out("%s", l));
        String goal2 = "a realistic hall: call-next -> 'called' at every display p99 <= 2 x (fsync p99 + WS round trip p99)";
        if (hallDay.latencyMet() == null) {
            goals.failed("2", goal2, "section 2b did not run on all cores (see its lines)");
        } else {
            goals.add("2", goal2, String.format("section 2b's all-pairs p99; server CPU %,.0f µs a ticket, issue to rating",
                    hallDay.cpuPerTicketMicros()), "the bound printed in section 2b, of this run", hallDay.latencyMet());
        }
        out("");
        out("3. RESTART AFTER kill -9  (goal: restart <= 3000 ms with 100k tickets of history, server at -Xmx%s)", heap);
        if (pastDays > 0) {
            reportPastRestart(pr, heap);
        }
        reportRestart(rs, tp, historyConns, maxLevel, heap);
        out("");
        goals.lines().forEach(l -> out("%s", l));
        out("  (goals 6 and 7, the terminals at rest and on a Pi-sized core: bench/terminals.sh, run after this by bench/run.sh)");
        out("");
        System.out.println(String.join("\n", lines));
        System.out.flush();
    }

    /** Section results; a non-null error means the section did not complete. */
    private static final class Throughput {
        /** Per level: {connections, result, tickets held by the server at the end}. */
        final List<Object[]> rows = new ArrayList<>();
        Warmup.Result warmup;
        int warmKiosks;
        long freshStartNanos;
        String error;
    }

    private static final class Latency {
        Warmup.Result warmup;
        CallLatency.Result result;
        CallLatency.Result single;
        Percentiles.Summary serverPing;
        long displayConnectNanos;
        int exit = Integer.MIN_VALUE;
        String error;
        /** Wall-clock edges of the measured calls, to hold against the server log's times. */
        LocalTime windowFrom;
        LocalTime windowTo;
        /** The server's warnings of journal syncs over 100 ms, its whole life. */
        List<String> slowSyncs = List.of();
    }

    private static final class Restart {
        IssueLoad.Result hist;
        long issued;
        long seqBefore;
        long[] snapBefore;
        long rssBeforeKb;
        List<String> histogram = List.of();
        long[] logCounts;
        /** One entry per restart attempt: {heap, nanos or -1, error or null}. */
        final List<Object[]> attempts = new ArrayList<>();
        long seqAfter = -1;
        long[] snapAfter;
        String nextNumber;
        String expectedNext;
        String nextBody;
        int exit = Integer.MIN_VALUE;
        String error;
    }

    /** Section 3a: realistic history (past business days), today's hall on top, kill -9, restart. */
    private static final class PastRestart {
        PastDays.Summary past;
        String dataAllocated = "?";
        ChildServer server;
        long firstStartNanos;
        String firstStartLog = "";
        int kiosks;
        long morningIssued;
        CounterWork work;
        Map<String, String> countersBefore;
        long waitingBefore = -1;
        long ackedAtKill;
        long inFlightAtKill;
        String killErrors = "";
        long seqBefore = -1;
        long maxEventSeq = -1;
        long rssBeforeKb = -1;
        long[] logCounts;
        final List<Object[]> attempts = new ArrayList<>();
        long seqAfter = -1;
        long waitingAfter = -1;
        Map<String, String> countersAfter;
        LocalDate today;
        int rowsToday = -1;
        List<String> missingAcked = List.of();
        long rowsDone;
        long rowsNoShow;
        long rowsRated;
        long rowsTransferred;
        long rowsQueued;
        int maxStoredA;
        int maxAckedA;
        String nextNumber;
        String expectedNext;
        String nextBody;
        long statsNanos = -1;
        long statsAgainNanos = -1;
        JsonNode statsTotals;
        long statsRated = -1;
        String statsError;
        int exit = Integer.MIN_VALUE;
        String error;
    }

    private static void pastRestart(PastRestart pr, Path serverJar, Path hallFile, Path tmp, String heap,
                                    List<String> serverJvm, int days, int perDay, int commitOps, int todayTickets,
                                    int todayHandled, int kiosks, int counters, EventLoopGroup clients,
                                    EventLoopGroup padGroup, BenchHall hall, Cleanup cleanup) throws Exception {
        Path data = tmp.resolve("data-past");
        HallConfig config;
        try (InputStream in = Files.newInputStream(hallFile)) {
            config = HallFile.parse(in, hallFile.toString());
        }
        pr.today = LocalDate.now(ZoneId.of(config.hall().timezone()));
        progress("past days: writing " + days + " business days x " + perDay + " tickets through HallQueue + HallStore");
        pr.past = PastDays.build(config, data, pr.today, days, perDay, commitOps, 20261122L, kiosks);
        pr.dataAllocated = allocated(data);

        progress("past days: start a server on the history data dir");
        ChildServer c = startServer(serverJar, hallFile, data, tmp.resolve("server-past.log"), heap, serverJvm,
                60_000, cleanup);
        pr.server = c;
        pr.firstStartNanos = c.startNanos();
        pr.firstStartLog = startupLog(c.log());
        pr.kiosks = kiosks;
        IssueLoad load = new IssueLoad(clients, c.address(), hall, true);
        List<WsClient> ks = load.connectKiosks(kiosks);
        long morning = Math.max(0, todayTickets * 2L / 3);
        progress("past days: today, " + morning + " tickets by " + kiosks + " kiosks");
        IssueLoad.Result m = load.counted(ks, morning, 60_000, c.pid());
        if (m.ok.get() < morning) {
            throw new IllegalStateException("today's tickets: " + m.ok.get() + " of " + morning + ": " + m.errorText());
        }
        pr.morningIssued = m.ok.get();
        progress("past days: today, " + counters + " counters handle up to " + todayHandled + " tickets");
        CounterWork work = new CounterWork(padGroup, c.address(), hall);
        pr.work = work;
        work.connect(counters);
        work.run(Math.max(1, todayHandled / counters), 22L);
        int serving = Math.max(0, counters / 2);
        int called = Math.max(0, counters / 4);
        work.leave(serving, called, counters - serving - called > 0 ? 1 : 0);
        work.close();
        JsonNode before = helloBody(clients, c.address(), hall);
        pr.countersBefore = counterStates(before);
        pr.waitingBefore = waiting(before);

        progress("past days: kiosks issue on; kill -9 once " + todayTickets + " of today's tickets are acknowledged");
        IssueLoad.Result[] rest = new IssueLoad.Result[1];
        Thread issuing = new Thread(() -> {
            try {
                rest[0] = load.counted(ks, Long.MAX_VALUE / 2, 120_000, c.pid());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "kiosks-until-kill");
        issuing.setDaemon(true);
        issuing.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (load.totalOk.get() < todayTickets && System.nanoTime() < deadline && issuing.isAlive()) {
            Thread.sleep(2);
        }
        if (load.totalOk.get() < todayTickets) {
            throw new IllegalStateException("kiosks reached only " + load.totalOk.get() + " of " + todayTickets
                    + " tickets of today before the kill");
        }
        pr.seqBefore = healthzSeq(c.address());
        pr.rssBeforeKb = rssKb(c.pid());
        progress("kill -9 the history server (pid " + c.pid() + ") while " + kiosks + " kiosks are issuing");
        c.kill9();
        issuing.join(30_000);
        pr.ackedAtKill = load.ackedNumbers.size();
        pr.maxEventSeq = load.maxEventSeq.get();
        if (rest[0] != null) {
            pr.inFlightAtKill = rest[0].errors.entrySet().stream().filter(e -> e.getKey().startsWith("NO_REPLY"))
                    .mapToLong(e -> e.getValue().get()).sum();
            pr.killErrors = rest[0].errorText();
        }
        IssueLoad.closeAll(ks);
        pr.logCounts = hsqldbLogCounts(data.resolve("hallq.log"));

        ChildServer c2 = restartTimed(pr.attempts, "the history server", serverJar, hallFile, data, tmp,
                "server-past-restart-", heap, serverJvm, cleanup);
        if (c2 == null) {
            throw new IllegalStateException("the history server did not restart on its data dir with any heap");
        }
        pr.server = c2;
        pr.seqAfter = healthzSeq(c2.address());
        JsonNode after = helloBody(clients, c2.address(), hall);
        pr.countersAfter = counterStates(after);
        pr.waitingAfter = waiting(after);

        // today's rows as the server has them after the restart
        String token = hall.token(BenchHall.MANAGER);
        HttpResult csv = httpGet(c2.address(), "/api/stats.csv?from=" + pr.today + "&to=" + pr.today, token);
        if (csv.status != 200) {
            throw new IllegalStateException("stats.csv: HTTP " + csv.status + " " + csv.body);
        }
        java.util.Set<String> numbers = new java.util.HashSet<>();
        List<String> lines = csv.body.replace("\uFEFF", "").lines().toList();
        List<String> header = List.of(lines.get(0).split(",", -1));
        int colNumber = header.indexOf("number");
        int colState = header.indexOf("state");
        int colRating = header.indexOf("rating");
        int colTransfers = header.indexOf("transfers");
        String prefixA = BenchHall.PREFIXES.get(0);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].replaceAll("^\"|\"$", "");
            }
            String number = f[colNumber];
            numbers.add(number);
            switch (f[colState]) {
                case "done" -> pr.rowsDone++;
                case "no_show" -> pr.rowsNoShow++;
                case "waiting", "transferred" -> pr.rowsQueued++;
                default -> {
                }
            }
            if (!f[colRating].isEmpty()) {
                pr.rowsRated++;
            }
            if (!f[colTransfers].isEmpty() && Integer.parseInt(f[colTransfers]) > 0) {
                pr.rowsTransferred++;
            }
            if (number.startsWith(prefixA) && number.substring(prefixA.length()).chars().allMatch(Character::isDigit)) {
                pr.maxStoredA = Math.max(pr.maxStoredA, Integer.parseInt(number.substring(prefixA.length())));
            }
        }
        pr.rowsToday = numbers.size();
        pr.missingAcked = load.ackedNumbers.stream().filter(n -> !numbers.contains(n)).sorted().toList();
        pr.maxAckedA = load.maxSerial.getOrDefault(prefixA, 0);

        IssueLoad probeLoad = new IssueLoad(clients, c2.address(), hall);
        List<WsClient> one = probeLoad.connectKiosks(1);
        WsClient.Reply next = one.get(0).request(Op.ISSUE.wire(), ",\"zone\":\"" + BenchHall.ZONES.get(0) + "\"", 15_000)
                .get(20, TimeUnit.SECONDS);
        IssueLoad.closeAll(one);
        pr.nextNumber = next.body().path("ticket").path("number").asText("?");
        pr.nextBody = next.body().toString();
        int n = pr.maxStoredA + 1;
        pr.expectedNext = prefixA + (n < 1000 ? String.format("%03d", n) : Integer.toString(n));

        progress("past days: GET /api/stats for the " + days + " past business days (manager)");
        String statsPath = "/api/stats?from=" + pr.past.first() + "&to=" + pr.past.last();
        HttpResult stats = httpGet(c2.address(), statsPath, token);
        pr.statsNanos = stats.nanos;
        if (stats.status != 200) {
            pr.statsError = "HTTP " + stats.status + " " + stats.body.substring(0, Math.min(300, stats.body.length()));
        } else {
            JsonNode st = WsClient.JSON.readTree(stats.body);
            pr.statsTotals = st.path("totals");
            long r = 0;
            for (int level = 1; level <= 5; level++) {
                r += st.path("ratings").path(Integer.toString(level)).asLong();
            }
            pr.statsRated = r;
            HttpResult again = httpGet(c2.address(), statsPath, token);
            pr.statsAgainNanos = again.status == 200 ? again.nanos : -1;
        }
        progress("stop the history server (SIGTERM)");
        pr.exit = c2.stop(20_000);
    }

    private record HttpResult(int status, String body, long nanos) {
    }

    /** The server jar in a child JVM on a free port, killed at the latest by {@code cleanup}. */
    private static ChildServer startServer(Path jar, Path config, Path data, Path log, String heap,
                                           List<String> jvmArgs, long timeoutMs, Cleanup cleanup)
            throws IOException, InterruptedException {
        ChildServer server = ChildServer.start(ChildServer.jar(jar), config, data, 0, log, heap, jvmArgs, serverArgs,
                timeoutMs);
        cleanup.add(() -> {
            try {
                server.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return server;
    }

    /** GET with a bearer token; nanos from before the request to the whole body read. */
    private static HttpResult httpGet(InetSocketAddress server, String pathAndQuery, String token) throws IOException {
        long t0 = System.nanoTime();
        HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + server.getPort() + pathAndQuery)
                .openConnection();
        c.setConnectTimeout(5000);
        c.setReadTimeout(120_000);
        c.setRequestProperty("Authorization", "Bearer " + token);
        try {
            int status = c.getResponseCode();
            InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
            String body = in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new HttpResult(status, body, System.nanoTime() - t0);
        } finally {
            c.disconnect();
        }
    }

    /** A display's hello reply (snapshot and seq). */
    private static JsonNode helloBody(EventLoopGroup group, InetSocketAddress server, BenchHall hall) throws Exception {
        WsClient c = WsClient.connect(group, server, null, 10_000).get(15, TimeUnit.SECONDS);
        try {
            WsClient.Reply r = c.hello("board-probe", hall.token("board-probe"), 30_000).get(35, TimeUnit.SECONDS);
            if (!r.ok()) {
                throw new IllegalStateException("probe hello: " + r.body());
            }
            return r.body();
        } finally {
            c.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    private static long waiting(JsonNode hello) {
        long w = 0;
        for (JsonNode z : hello.path("snapshot").path("zones")) {
            w += z.path("waiting").asLong();
        }
        return w;
    }

    /** counter id -> "serving A012", "called B007", "paused", "idle" from a hello snapshot. */
    private static Map<String, String> counterStates(JsonNode hello) {
        Map<String, String> m = new LinkedHashMap<>();
        for (JsonNode c : hello.path("snapshot").path("counters")) {
            JsonNode t = c.path("ticket");
            m.put(c.path("id").asText(), c.path("state").asText()
                    + (t.isNull() || t.isMissingNode() ? "" : " " + t.path("number").asText()));
        }
        return m;
    }

    private static String describe(Map<String, String> counters) {
        Map<String, List<String>> byState = new LinkedHashMap<>();
        counters.forEach((id, s) -> byState.computeIfAbsent(s.split(" ")[0], k -> new ArrayList<>())
                .add("#" + id + (s.contains(" ") ? " " + s.substring(s.indexOf(' ') + 1) : "")));
        StringBuilder b = new StringBuilder();
        byState.forEach((state, list) -> b.append(b.length() == 0 ? "" : "; ").append(list.size()).append(' ')
                .append(state).append(state.equals("idle") || state.equals("paused") ? "" : " (" + String.join(", ", list) + ")"));
        return b.toString();
    }

    /** Disk space actually allocated to {@code dir} ({@code du -sk}; HSQLDB's .data file has holes), or "?". */
    private static String allocated(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "?";
            }
            return String.format("%,d MB", Long.parseLong(out.split("\\s+")[0]) / 1024);
        } catch (IOException | InterruptedException | RuntimeException e) {
            return "?";
        }
    }

    /** The server's own "database opened in X ms, hall loaded in Y ms" line, or "". */
    private static String startupLog(Path log) {
        return ChildServer.tail(log, 200).lines().filter(l -> l.contains("database opened in"))
                .map(l -> l.substring(l.indexOf("database opened in"))).reduce((x, y) -> y).orElse("");
    }

    private static void reportPastRestart(PastRestart pr, String heap) {
        PastDays.Summary p = pr.past;
        if (p == null) {
            out("   3a. REALISTIC HISTORY: FAILED: %s", pr.error);
            return;
        }
        out("   3a. REALISTIC HISTORY: %,d past tickets over the %d business days %s .. %s (%,d a day), then today on top",
                p.issued, p.days.size(), p.first(), p.last(), p.issued / Math.max(1, p.days.size()));
        out("      history written in the bench JVM through queue-server's HallQueue + HallStore over a moved clock");
        out("      (08:30 until the queue is empty, at the latest %s; rollover at every midnight): %,d operations in %,d commits,"
                + " %.1f s (close + checkpoint %.1f s); data dir %,d MB (%s allocated); event seq %,d",
                p.latestClose.withNano(0), p.ops, p.commits, p.buildNanos / 1e9, p.closeNanos / 1e9,
                p.dataBytes / (1024 * 1024), pr.dataAllocated, p.seq);
        out("      past tickets: served %,d (done %,d, accepted %,d, incomplete %,d, rejected %,d, consult %,d), no-show %,d,"
                + " transferred %,d, rated %,d, green %,d, with ID card %,d; requeued %,d, recalls %,d, lunch pauses %,d;"
                + " longest wait %d min, cancelled at closing %d", p.served, p.outcomes.getOrDefault(Outcome.DONE, 0L),
                p.outcomes.getOrDefault(Outcome.ACCEPTED, 0L), p.outcomes.getOrDefault(Outcome.INCOMPLETE, 0L),
                p.outcomes.getOrDefault(Outcome.REJECTED, 0L), p.outcomes.getOrDefault(Outcome.CONSULT, 0L), p.noShow,
                p.transferred, p.rated, p.green, p.withIdCard, p.requeued, p.recalls, p.pauses, p.maxWaitSec / 60,
                p.cancelledAtClose);
        if (pr.firstStartNanos > 0) {
            out("      start on it after the clean close (no log to replay), spawn -> 'HallQ listening'       %7.0f ms   (%s)",
                    pr.firstStartNanos / 1e6, pr.firstStartLog);
        }
        CounterWork w = pr.work;
        if (w != null) {
            long atWindows = w.left.values().stream().filter(v -> v.startsWith("called") || v.startsWith("serving")).count();
            out("      today (%s) through the API: %,d tickets by %d kiosks, then %d counters made %,d calls: %,d finished,"
                    + " %,d no-shows, %,d transfers, %d still at the windows; %,d rated; refusals %d%s", pr.today,
                    pr.morningIssued, pr.kiosks, w.left.size(), w.calls.get(), w.finished.get(), w.noShows.get(),
                    w.transferred.size(), atWindows, w.rated.get(), w.failures.size(),
                    w.failures.isEmpty() ? "" : " " + w.failures.subList(0, Math.min(2, w.failures.size())));
        }
        if (pr.countersBefore != null) {
            out("      counters before the kill: %s; waiting %,d", describe(pr.countersBefore), pr.waitingBefore);
        }
        if (pr.logCounts != null) {
            out("      kiosks issued on; kill -9 with %,d of today's tickets acknowledged and %d requests in flight (%s)",
                    pr.ackedAtKill, pr.inFlightAtKill, pr.killErrors);
            long[] c = pr.logCounts;
            out("      HSQLDB .log left by kill -9: %,d bytes, %,d COMMITs (the journal applier's), %,d ticket INSERTs, %,d kept-reply INSERTs (one a batch);"
                    + " server RSS before kill %,d MB", c[0], c[1], c[2], c[3], pr.rssBeforeKb / 1024);
        }
        for (Object[] at : pr.attempts) {
            long nanos = (Long) at[1];
            boolean required = at[0].equals(heap);
            if (nanos < 0) {
                out("      restart after kill -9 at -Xmx%-5s FAILED: %s", at[0], at[2]);
            } else {
                out("      restart after kill -9 at -Xmx%-5s spawn -> 'HallQ listening'  %7.0f ms   (goal <= 3000 ms at -Xmx%s): %s   (%s)",
                        at[0], nanos / 1e6, heap, !required ? "n/a (not the required heap)"
                                : nanos / 1e6 <= 3000 ? "PASS" : "FAIL", startupLog((Path) at[3]));
            }
        }
        if (pr.rowsToday >= 0) {
            out("      today's tickets after restart: %,d rows; acknowledged %,d, missing %d%s: %s (%,d written but not"
                    + " acknowledged: in flight at the kill)", pr.rowsToday, pr.ackedAtKill, pr.missingAcked.size(),
                    pr.missingAcked.isEmpty() ? "" : " " + pr.missingAcked.subList(0, Math.min(5, pr.missingAcked.size())),
                    pr.missingAcked.isEmpty() ? "OK" : "LOST TICKETS", pr.rowsToday - (pr.ackedAtKill - pr.missingAcked.size()));
            boolean workOk = pr.rowsDone == w.finished.get() && pr.rowsNoShow == w.noShows.get()
                    && pr.rowsTransferred == w.transferred.size() && pr.rowsRated == w.rated.get();
            out("      today's counter work after restart (rows / acknowledged): done %,d / %,d, no-show %d / %d,"
                    + " transferred %d / %d, rated %,d / %,d: %s", pr.rowsDone, w.finished.get(), pr.rowsNoShow,
                    w.noShows.get(), pr.rowsTransferred, w.transferred.size(), pr.rowsRated, w.rated.get(),
                    workOk ? "OK" : "MISMATCH");
            out("      counters after restart: %s", pr.countersAfter.equals(pr.countersBefore) ? "as before the kill: OK"
                    : "MISMATCH " + describe(pr.countersAfter));
            out("      waiting after restart: %,d in the hello snapshot, %,d rows waiting or transferred: %s",
                    pr.waitingAfter, pr.rowsQueued, pr.waitingAfter == pr.rowsQueued ? "OK" : "MISMATCH");
            out("      event seq: %,d at /healthz just before the kill (highest in a kiosk's events %,d), %,d after restart: %s",
                    pr.seqBefore, pr.maxEventSeq, pr.seqAfter,
                    pr.seqAfter >= pr.seqBefore && pr.seqAfter >= pr.maxEventSeq ? "OK" : "WENT BACK");
            out("      next ticket after restart: %s (expected %s = highest stored %s + 1; highest acknowledged %s%d): %s",
                    pr.nextNumber, pr.expectedNext, BenchHall.PREFIXES.get(0), BenchHall.PREFIXES.get(0), pr.maxAckedA,
                    pr.nextNumber.equals(pr.expectedNext) && pr.maxStoredA >= pr.maxAckedA ? "OK"
                            : "MISMATCH " + pr.nextBody);
        }
        if (pr.statsNanos >= 0) {
            if (pr.statsError != null) {
                out("      GET /api/stats?from=%s&to=%s (manager): FAILED after %,.0f ms: %s", p.first(), p.last(),
                        pr.statsNanos / 1e6, pr.statsError);
            } else {
                JsonNode t = pr.statsTotals;
                boolean ok = t.path("issued").asLong() == p.issued && t.path("served").asLong() == p.served
                        && t.path("noShow").asLong() == p.noShow && t.path("transferred").asLong() == p.transferred
                        && pr.statsRated == p.rated;
                out("      GET /api/stats?from=%s&to=%s (manager, %d business days): %,.0f ms (again: %,.0f ms); issued %,d"
                        + " (written %,d), served %,d (%,d), noShow %,d (%,d), transferred %,d (%,d), rated %,d (%,d): %s",
                        p.first(), p.last(), p.days.size(), pr.statsNanos / 1e6, pr.statsAgainNanos / 1e6,
                        t.path("issued").asLong(), p.issued, t.path("served").asLong(), p.served,
                        t.path("noShow").asLong(), p.noShow, t.path("transferred").asLong(), p.transferred,
                        pr.statsRated, p.rated, ok ? "OK" : "MISMATCH");
            }
        }
        if (pr.exit != Integer.MIN_VALUE) {
            out("      clean stop (SIGTERM) exit code: %d", pr.exit);
        }
        if (pr.error != null) {
            out("      FAILED: %s", pr.error);
        }
    }

    private static String failure(Exception e, ChildServer server) {
        String s = e.toString();
        if (server != null) {
            s += (server.alive() ? "" : " (server process has exited)") + "; server log tail:\n"
                    + ChildServer.tail(server.log(), 6).replaceAll("(?m)^", "      ");
        }
        System.err.println("bench: section failed at stage '" + stage + "': " + e);
        e.printStackTrace();
        return s;
    }

    private static void restart(Restart rs, ChildServer a, IssueLoad load, Path serverJar, Path hallFile, Path dataA,
                                Path tmp, String heap, List<String> serverJvm, int history, int historyConns,
                                int maxLevel, EventLoopGroup clients, BenchHall hall, Cleanup cleanup) throws Exception {
        long toIssue = Math.max(0, history - load.totalOk.get());
        progress("history: issuing " + toIssue + " more tickets to reach " + history);
        List<WsClient> histConns = load.connectKiosks(Math.min(historyConns, maxLevel));
        rs.hist = load.counted(histConns, toIssue, 150_000, a.pid());
        IssueLoad.closeAll(histConns);
        rs.issued = load.totalOk.get();
        progress("history: state before kill -9");
        rs.seqBefore = healthzSeq(a.address());
        rs.snapBefore = probe(clients, a.address(), hall);
        rs.rssBeforeKb = rssKb(a.pid());
        if (Boolean.parseBoolean(prop("histogram", "true"))) {
            progress("history: live-object histogram of the server heap (jcmd GC.class_histogram)");
            rs.histogram = histogram(a.pid(), 8);
        }
        progress("kill -9 server C (pid " + a.pid() + ")");
        a.kill9();
        rs.logCounts = hsqldbLogCounts(dataA.resolve("hallq.log"));
        ChildServer a2 = restartTimed(rs.attempts, "server C", serverJar, hallFile, dataA, tmp, "server-c-restart-",
                heap, serverJvm, cleanup);
        if (a2 == null) {
            throw new IllegalStateException("the server did not restart on the data dir with any heap");
        }
        rs.seqAfter = healthzSeq(a2.address());
        rs.snapAfter = probe(clients, a2.address(), hall);
        IssueLoad probeLoad = new IssueLoad(clients, a2.address(), hall);
        List<WsClient> one = probeLoad.connectKiosks(1);
        WsClient.Reply next = one.get(0).request(Op.ISSUE.wire(), ",\"zone\":\"" + BenchHall.ZONES.get(0) + "\"", 15_000)
                .get(20, TimeUnit.SECONDS);
        IssueLoad.closeAll(one);
        rs.nextNumber = next.body().path("ticket").path("number").asText("?");
        rs.nextBody = next.body().toString();
        rs.expectedNext = BenchHall.PREFIXES.get(0)
                + (load.maxSerial.getOrDefault(BenchHall.PREFIXES.get(0), 0) + 1);
        progress("stop server C (SIGTERM)");
        rs.exit = a2.stop(20_000);
    }

    /**
     * Starts the server on {@code data} at {@code heap}, and if that fails at {@code restartFallbackHeap}; one
     * entry per attempt in {@code attempts}: {heap, spawn -> listening nanos or -1, error or null, log}.
     * Returns the running server, or null when no attempt started.
     */
    private static ChildServer restartTimed(List<Object[]> attempts, String name, Path serverJar, Path hallFile,
                                            Path data, Path tmp, String logPrefix, String heap,
                                            List<String> serverJvm, Cleanup cleanup) throws InterruptedException {
        List<String> heaps = new ArrayList<>(List.of(heap));
        String fallback = prop("restartFallbackHeap", "512m");
        if (!fallback.isBlank() && !fallback.equals(heap)) {
            heaps.add(fallback);
        }
        for (String h : heaps) {
            progress("restart " + name + " on the same data dir, -Xmx" + h);
            Path log = tmp.resolve(logPrefix + h + ".log");
            try {
                ChildServer p = startServer(serverJar, hallFile, data, log, h, serverJvm, 60_000, cleanup);
                attempts.add(new Object[] {h, p.startNanos(), null, log});
                return p;
            } catch (IOException e) {
                String tail = ChildServer.tail(log, 40);
                String first = tail.lines().filter(l -> l.contains("Exception") || l.contains("Error"))
                        .findFirst().orElse(e.getMessage().lines().findFirst().orElse("?"));
                String where = tail.lines().filter(l -> l.trim().startsWith("at hallq.")).limit(4)
                        .map(String::trim).reduce((x, y) -> x + " <- " + y).orElse("");
                attempts.add(new Object[] {h, -1L, first.trim() + (where.isEmpty() ? "" : " [" + where + "]"), log});
            }
        }
        return null;
    }

    private static void reportThroughput(Throughput tp, long warmMs, long measureMs, double basePerSec, int maxLevel,
                                         double echoRate) {
        out("1. DURABLE TICKETS/S  (issue back to back per connection, ok:true replies only, %d ms warm-up + %d ms measured;",
                warmMs, measureMs);
        Warmup.Result w = tp.warmup;
        if (w != null) {
            out("   one server for all levels, first run until its JIT was quiet: %.1f s (%s, JIT %.0f%% of a core at the end;",
                    w.elapsedMs() / 1e3, w.settled() ? "settled" : "NOT settled, stopped at the limit", w.lastJitPct());
            out("   %,d tickets issued by %d kiosks and served by the counters meanwhile); the counters empty the queues after each level;",
                    w.issued(), tp.warmKiosks, w.served());
        }
        out("   events/tkt = event frames the kiosk connections received per ticket issued; held = tickets of today in the server at the end)");
        out("   %5s  %11s  %11s  %9s  %9s  %-8s  %10s  %7s  %s", "conns", "tickets/s", "x HSQLDB", "p50 ms", "p99 ms",
                "errors", "events/tkt", "held", "CPU in window (% of one core)");
        double atMax = Double.NaN;
        for (Object[] row : tp.rows) {
            IssueLoad.Result r = (IssueLoad.Result) row[1];
            Percentiles.Summary l = r.latency();
            out("   %5d  %,11.0f  %10.2fx  %9.2f  %9.2f  %-8s  %10.1f  %,7d  server %s", (Integer) row[0], r.okPerSecond(),
                    r.okPerSecond() / basePerSec, l.p50ms(), l.p99ms(), r.errorText(), r.eventsPerTicket(),
                    (Long) row[2], ProcCpu.line(r.cpuStart, r.cpuEnd, 4));
            if ((Integer) row[0] == maxLevel) {
                atMax = r.okPerSecond();
            }
        }
        if (tp.error != null) {
            out("   FAILED: %s", tp.error);
        }
        reportDiskBytes(tp, maxLevel);
        String goal4 = String.format("durable tickets/s at %d connections >= 30 %% of the echo ceiling", maxLevel);
        if (Double.isNaN(atMax)) {
            goals.failed("4", goal4, tp.error == null ? "no figure at " + maxLevel + " connections" : tp.error);
        } else {
            double share = atMax / echoRate;
            out("   => at %d connections: %,.0f tickets/s = %.1f %% of the echo ceiling's %,.0f /s (goal >= 30 %%): %s",
                    maxLevel, atMax, share * 100, echoRate, share >= 0.30 ? "MET" : "NOT MET");
            goals.add("4", goal4, String.format("%,.0f tickets/s = %.1f %%", atMax, share * 100),
                    String.format("echo ceiling %,.0f requests/s (same client, same run)", echoRate), share >= 0.30);
        }
        if (!Double.isNaN(atMax)) {
            double ratio = atMax / basePerSec;
            // the first goal of issue 2 (10 x), replaced by issue 21's goal 4 below; kept as a figure
            out("   => at %d connections: %,.0f tickets/s = %.2f x the HSQLDB single-commit baseline", maxLevel, atMax,
                    ratio);
        }
    }

    /**
     * Issue 21's goal 1: storage bytes per acknowledged ticket in the same windows, one at a time (the 1-connection
     * level) against the floor of one 4 KiB page synced per change, and at the highest level against 1 KiB.
     */
    private static void reportDiskBytes(Throughput tp, int maxLevel) {
        out("   disk written per ticket in the window (/proc/PID/io write_bytes of the server: every page a write makes dirty,");
        out("   the journal segments' zero preallocation included; floor: one %,d B page per change, one at a time):", DiskWrites.PAGE);
        for (Object[] row : tp.rows) {
            IssueLoad.Result r = (IssueLoad.Result) row[1];
            out("   %5d conns  %s", (Integer) row[0], DiskWrites.line(r.diskStart, r.diskEnd, r.okInWindow.get()));
        }
        for (Object[] row : tp.rows) {
            IssueLoad.Result r = (IssueLoad.Result) row[1];
            double per = DiskWrites.perChange(r.diskStart, r.diskEnd, r.okInWindow.get());
            if (Double.isNaN(per)) {
                continue;
            }
            int level = (Integer) row[0];
            if (level == 1) {
                out("   => one at a time: %,.0f B a ticket = %.2f x the %,d B page floor (goal <= 2 x): %s", per,
                        per / DiskWrites.PAGE, DiskWrites.PAGE, per <= 2 * DiskWrites.PAGE ? "MET" : "NOT MET");
                goals.add("1a", "disk bytes per acknowledged ticket, one at a time, <= 2 x the page floor",
                        String.format("%,.0f B = %.2f x", per, per / DiskWrites.PAGE),
                        String.format("one %,d B page synced per change", DiskWrites.PAGE), per <= 2 * DiskWrites.PAGE);
            }
            if (level == maxLevel && level > 1) {
                out("   => at %d connections: %,.0f B a ticket (goal <= 1,024 B): %s", level, per,
                        per <= 1024 ? "MET" : "NOT MET");
                goals.add("1b", String.format("disk bytes per acknowledged ticket at %d connections <= 1 KiB", level),
                        String.format("%,.0f B", per), "1,024 B", per <= 1024);
            }
        }
    }

    private static void reportLatency(Latency lt, int displays, int counters, long thinkMin, long thinkMax,
                                      Percentiles.Summary fsync, Percentiles.Summary rtt,
                                      Percentiles.Summary fanAll) {
        CallLatency.Result cl = lt.result;
        String goal3 = String.format("call-next -> 'called' at %d displays, all pairs p99 <= 1.5 x the fan-out floor",
                displays);
        if (cl == null) {
            out("2. CALL-NEXT -> 'called' AT %d DISPLAYS: FAILED: %s", displays, lt.error);
            goals.failed("3", goal3, String.valueOf(lt.error));
            return;
        }
        out("2. CALL-NEXT -> 'called' AT %d DISPLAYS  (%d counters, %d calls in %.1f s = %.1f calls/s, think %d-%d ms)",
                displays, counters, cl.calls.get(), cl.seconds, cl.callsPerSecond(), thinkMin, thinkMax);
        if (lt.warmup != null) {
            out("   server B warmed first until its JIT was quiet: %.1f s (%s, JIT %.0f%% of a core at the end)",
                    lt.warmup.elapsedMs() / 1e3, lt.warmup.settled() ? "settled" : "NOT settled", lt.warmup.lastJitPct());
        }
        out("   %-44s p50 %8.2f ms   p99 %8.2f ms   max %8.2f ms   (n=%d)", "all (call, display) pairs",
                cl.allPairs.p50ms(), cl.allPairs.p99ms(), cl.allPairs.maxMs(), cl.allPairs.count());
        out("   %-44s p50 %8.2f ms   p99 %8.2f ms   max %8.2f ms   (n=%d)", "first display to receive it, per call",
                cl.firstDisplay.p50ms(), cl.firstDisplay.p99ms(), cl.firstDisplay.maxMs(), cl.firstDisplay.count());
        out("   %-44s p50 %8.2f ms   p99 %8.2f ms   max %8.2f ms   (n=%d)", "last display to receive it, per call",
                cl.lastDisplay.p50ms(), cl.lastDisplay.p99ms(), cl.lastDisplay.maxMs(), cl.lastDisplay.count());
        out("   %-44s p50 %8.2f ms   p99 %8.2f ms   max %8.2f ms   (n=%d)", "call-next reply at the counter",
                cl.callReply.p50ms(), cl.callReply.p99ms(), cl.callReply.maxMs(), cl.callReply.count());
        CallLatency.Result one = lt.single;
        out("   control, same server, 1 display connected (%d calls, %.1f calls/s):", one.calls.get(), one.callsPerSecond());
        out("   %-44s p50 %8.2f ms   p99 %8.2f ms   max %8.2f ms   (n=%d)", "  call-next -> called at the 1 display",
                one.allPairs.p50ms(), one.allPairs.p99ms(), one.allPairs.maxMs(), one.allPairs.count());
        out("   %-44s p50 %8.2f ms   p99 %8.2f ms   max %8.2f ms   (n=%d)", "  call-next reply at the counter",
                one.callReply.p50ms(), one.callReply.p99ms(), one.callReply.maxMs(), one.callReply.count());
        out("   %-44s p50 %8.2f ms   p99 %8.2f ms   (n=%d)", "server 'ping' round trip (no disk), idle",
                lt.serverPing.p50ms(), lt.serverPing.p99ms(), lt.serverPing.count());
        double bound = 2 * (fsync.p99ms() + rtt.p99ms());
        out("   bound 2 x (fsync p99 + round-trip p99) = 2 x (%.3f + %.3f) = %.2f ms", fsync.p99ms(), rtt.p99ms(), bound);
        // issue 2's bound at 500 displays, replaced by issue 21's goal 3 (below) and goal 2 (the realistic hall)
        out("   (all-pairs p99 %.2f ms and first-display p99 %.2f ms against that bound: %.1f x and %.1f x)",
                cl.allPairs.p99ms(), cl.firstDisplay.p99ms(), cl.allPairs.p99ms() / bound,
                cl.firstDisplay.p99ms() / bound);
        double floorRatio = cl.allPairs.p99ms() / fanAll.p99ms();
        out("   => all-pairs p99 %.2f ms = %.2f x the fan-out floor's all-pairs p99 %.2f ms (goal <= 1.5 x): %s",
                cl.allPairs.p99ms(), floorRatio, fanAll.p99ms(), floorRatio <= 1.5 ? "MET" : "NOT MET");
        goals.add("3", goal3, String.format("p99 %.2f ms = %.2f x", cl.allPairs.p99ms(), floorRatio),
                String.format("fan-out floor (trivial Netty server, %d connections) all pairs p99 %.2f ms", displays,
                        fanAll.p99ms()), floorRatio <= 1.5 && cl.missingArrivals.get() == 0);
        out("   displays connected + hello'd in %.1f s; missing arrivals %d; empty queue %d; failures %d%s",
                lt.displayConnectNanos / 1e9, cl.missingArrivals.get(), cl.emptyQueue.get(), cl.failures.get(),
                cl.failureTexts.isEmpty() ? "" : " " + cl.failureTexts.subList(0, Math.min(3, cl.failureTexts.size())));
        out("   CPU in window (500 displays): server %s", ProcCpu.line(cl.cpuStart, cl.cpuEnd, 4));
        out("   server GC in window (500 displays): %s", cl.gc);
        out("   server GC in window (1 display):    %s", one.gc);
        out("   journal syncs over 100 ms that server B warned of, its whole life (window %s-%s): %s", lt.windowFrom,
                lt.windowTo, lt.slowSyncs.isEmpty() ? "none" : "");
        lt.slowSyncs.forEach(l -> out("     %s", l));
        if (lt.error != null) {
            out("   (afterwards: %s)", lt.error);
        } else {
            out("   clean stop (SIGTERM) exit code of server B: %d", lt.exit);
        }
    }

    private static void reportRestart(Restart rs, Throughput tp, int historyConns, int maxLevel, String heap) {
        out("   3b. WORST CASE: 100k tickets that are all of today and all still waiting (a fresh server, filled through the API)");
        if (rs.hist != null) {
            out("   history: %,d tickets issued through the API to a fresh server, all today and still waiting ( %,d by %d kiosks "
                    + "in %.1f s = %,.0f tickets/s, errors %s)", rs.issued, rs.hist.ok.get(),
                    Math.min(historyConns, maxLevel), rs.hist.windowSeconds(),
                    rs.hist.ok.get() / Math.max(1e-9, rs.hist.windowSeconds()), rs.hist.errorText());
        }
        if (rs.logCounts != null) {
            long[] c = rs.logCounts;
            out("   HSQLDB .log left by kill -9 (written since the last checkpoint, during the top-up): %,d bytes, "
                    + "%,d COMMITs (the journal applier's), %,d ticket INSERTs, %,d kept-reply INSERTs (one a batch)",
                    c[0], c[1], c[2], c[3]);
            out("      => %.1f tickets per group-commit batch (one journal record and fdatasync each), %.1f batches per "
                    + "database commit, %,.0f log bytes per ticket", c[3] == 0 ? 0.0 : (double) c[2] / c[3],
                    c[1] == 0 ? 0.0 : (double) c[3] / c[1], c[2] == 0 ? 0.0 : (double) c[0] / c[2]);
        }
        if (rs.snapBefore != null) {
            out("   server RSS before kill: %,d MB", rs.rssBeforeKb / 1024);
        }
        if (!rs.histogram.isEmpty()) {
            out("   live heap of the server before kill (jcmd GC.class_histogram, after a full GC), top classes:");
            rs.histogram.forEach(l -> out("     %s", l));
        }
        if (tp.freshStartNanos > 0) {
            out("   start on an empty data dir, spawn -> 'HallQ listening' (JVM start included)  %7.0f ms",
                    tp.freshStartNanos / 1e6);
        }
        for (Object[] at : rs.attempts) {
            long nanos = (Long) at[1];
            boolean required = at[0].equals(heap);
            if (nanos < 0) {
                out("   restart after kill -9 at -Xmx%-5s FAILED: %s", at[0], at[2]);
            } else {
                out("   restart after kill -9 at -Xmx%-5s spawn -> 'HallQ listening'  %7.0f ms   (goal <= 3000 ms at -Xmx%s): %s",
                        at[0], nanos / 1e6, heap, !required ? "n/a (not the required heap)"
                                : nanos / 1e6 <= 3000 ? "MET" : "NOT MET");
            }
            if (required) {
                String goal5 = String.format("restart after kill -9 with %,d tickets of today all waiting <= 3 s at -Xmx%s",
                        rs.issued, heap);
                if (nanos < 0) {
                    goals.failed("5", goal5, String.valueOf(at[2]));
                } else {
                    goals.add("5", goal5, String.format("%,.0f ms spawn -> listening", nanos / 1e6),
                            "3,000 ms (the JVM floor is in BASELINES)", nanos / 1e6 <= 3000);
                }
            }
        }
        if (rs.snapAfter != null) {
            boolean waitingOk = rs.snapBefore[0] == rs.issued && rs.snapAfter[0] == rs.issued;
            out("   waiting tickets: acknowledged %,d, before kill %,d, after restart %,d: %s", rs.issued,
                    rs.snapBefore[0], rs.snapAfter[0], waitingOk ? "OK" : "MISMATCH");
            out("   event seq: before kill %d (healthz) / %d (hello), after restart %d (healthz) / %d (hello): %s",
                    rs.seqBefore, rs.snapBefore[1], rs.seqAfter, rs.snapAfter[1],
                    rs.seqAfter >= rs.seqBefore ? "OK" : "LOST EVENTS");
            out("   next ticket after restart: %s (expected %s): %s", rs.nextNumber, rs.expectedNext,
                    rs.nextNumber.equals(rs.expectedNext) ? "OK" : "MISMATCH " + rs.nextBody);
            out("   clean stop (SIGTERM) exit code of server C: %d", rs.exit);
        }
        if (rs.error != null) {
            out("   FAILED: %s", rs.error);
        }
    }

    private static long healthzSeq(InetSocketAddress server) throws IOException {
        URL url = new URL("http://127.0.0.1:" + server.getPort() + "/healthz");
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        c.setConnectTimeout(5000);
        c.setReadTimeout(10_000);
        try (InputStream in = c.getInputStream()) {
            JsonNode n = WsClient.JSON.readTree(in);
            return n.path("seq").asLong(-1);
        } finally {
            c.disconnect();
        }
    }

    /** {total waiting over all zones, seq} from a display's hello snapshot. */
    private static long[] probe(EventLoopGroup group, InetSocketAddress server, BenchHall hall) throws Exception {
        WsClient c = WsClient.connect(group, server, null, 10_000).get(15, TimeUnit.SECONDS);
        try {
            WsClient.Reply r = c.hello("board-probe", hall.token("board-probe"), 30_000).get(35, TimeUnit.SECONDS);
            if (!r.ok()) {
                throw new IllegalStateException("probe hello: " + r.body());
            }
            long waiting = 0;
            for (JsonNode z : r.body().path("snapshot").path("zones")) {
                waiting += z.path("waiting").asLong();
            }
            return new long[] {waiting, r.body().path("seq").asLong(-1)};
        } finally {
            c.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    /** {bytes, COMMIT lines, ticket INSERT lines, reply INSERT lines} of an HSQLDB .log file (zeros if absent). */
    private static long[] hsqldbLogCounts(Path log) {
        long[] c = new long[4];
        if (!Files.isRegularFile(log)) {
            return c;
        }
        try (java.io.BufferedReader r = Files.newBufferedReader(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            c[0] = Files.size(log);
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("COMMIT")) {
                    c[1]++;
                } else if (line.startsWith("INSERT INTO TICKET ")) {
                    c[2]++;
                } else if (line.startsWith("INSERT INTO REPLY_BODY ")) { // one a batch since 1f1b10a (REPLY_LOG, a row a reply, before)
                    c[3]++;
                }
            }
        } catch (IOException e) {
            // report zeros
        }
        return c;
    }

    /** Spawn-to-exit times of the server jar given an invalid option: the JVM start + exit floor of any start. */
    private static Percentiles.Samples jvmFloor(Path serverJar, String heap, List<String> serverJvm, int n)
            throws IOException, InterruptedException {
        Percentiles.Samples out = new Percentiles.Samples();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.addAll(serverJvm.stream().filter(a -> !a.startsWith("-XX:StartFlightRecording")).toList());
        cmd.addAll(List.of("-jar", serverJar.toString(), "--port", "x"));
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                continue;
            }
            out.add(System.nanoTime() - t0);
        }
        return out;
    }

    /** The top {@code n} rows and the total of {@code jcmd <pid> GC.class_histogram}; empty if jcmd fails. */
    private static List<String> histogram(long pid, int n) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return List.of();
        }
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            List<String> all = new String(p.getInputStream().readAllBytes()).lines().toList();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String l : all) {
                String t = l.trim();
                if (t.startsWith("num ") || t.matches("\\d+:\\s+\\d+.*") && out.size() < n + 1) {
                    out.add(t.replaceAll("\\s+", " "));
                } else if (t.startsWith("Total")) {
                    out.add(t.replaceAll("\\s+", " "));
                }
            }
            return out;
        } catch (IOException | InterruptedException e) {
            return List.of();
        }
    }

    private static long rssKb(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}
