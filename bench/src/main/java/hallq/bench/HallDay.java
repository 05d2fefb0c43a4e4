package hallq.bench;

import hallq.testkit.ChildJvm;
import hallq.testkit.ChildServer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Issue 21's goal 2, a realistic hall, and the section-2 half of goal 7 (the same under {@code bench/pi-core.sh}):
 * the server as deployed in a child JVM on a fresh data dir, its hall {@link HallDayFile}, its terminals
 * {@link HallDayTerminals} driven by {@link HallDayPlan} (a ticket every 2 s for 10 minutes of the hall's time,
 * compressed 10x). Measured: call-next -> {@code called} at every display that shows the ticket's zone, against
 * 2 x (fsync p99 + loopback WebSocket round trip p99) measured just before in the same run, and the server's CPU per
 * ticket (issue to rating) from /proc, with and without its idle CPU over as long.
 *
 * <p>Before the measured window the server is warmed with the same hall run faster, until its JIT is quiet (a hall
 * server runs all day), and then left idle for {@code hallDayIdleMs} with every terminal connected: its CPU there,
 * as a rate, is the idle CPU subtracted.
 */
final class HallDay {
    /** The server of one run: a {@link ChildServer} or a {@link PiCoreServer}. */
    interface Server extends AutoCloseable {
        InetSocketAddress address();

        long pid();

        Path log();

        int stop(long ms) throws InterruptedException;

        @Override
        void close();
    }

    /** The section's lines for the report, and whether the latency goal was met on all cores (null: not run). */
    record Report(List<String> lines, Boolean latencyMet, double cpuPerTicketMicros) {
    }

    /** One run's figures. */
    static final class Run {
        String label;
        String error;
        double warmSeconds;
        double warmX;
        long warmTickets;
        boolean warmSettled;
        double warmJitPct;
        double idleSeconds;
        long idleCpuNanos;
        HallDayTerminals.Phase phase;
        long loadCpuNanos;
        String threads = "";
        /** Percent of a core per thread group over the window ("TOTAL" first), from {@link ProcCpu#usage}. */
        java.util.Map<String, Double> groups = java.util.Map.of();
        Percentiles.Summary allPairs;
        Percentiles.Summary first;
        Percentiles.Summary reply;
        long missing;
        long unexpected;
        String loadBefore = "";
        String loadAfter = "";
        int exit = Integer.MIN_VALUE;
        List<String> slowSyncs = List.of();

        double seconds() {
            return (phase.endNanos - phase.startNanos) / 1e9;
        }

        /** The 'stats' thread's CPU per completed ticket in µs: the dashboard's statistics. */
        double statsPerTicket() {
            return groups.getOrDefault("stats", 0.0) / 100 * seconds() * 1e6 / Math.max(1, phase.completed.get());
        }

        double perTicket(boolean subtractIdle) {
            return HallDayPlan.cpuPerTicketMicros(loadCpuNanos, phase.endNanos - phase.startNanos, idleCpuNanos,
                    (long) (idleSeconds * 1e9), phase.completed.get(), subtractIdle);
        }
    }

    private final Path serverJar;
    private final Path tmp;
    private final String heap;
    private final List<String> serverJvm;
    private final Cleanup cleanup;
    private final Consumer<String> progress;
    private final HallDayPlan plan;
    private final HallDayFile hall;

    private HallDay(Path serverJar, Path tmp, String heap, List<String> serverJvm, Cleanup cleanup,
                    Consumer<String> progress) {
        this.serverJar = serverJar;
        this.tmp = tmp;
        this.heap = heap;
        this.serverJvm = serverJvm;
        this.cleanup = cleanup;
        this.progress = progress;
        this.plan = new HallDayPlan(dbl("hallDayX", 10), intProp("hallDaySeconds", 600), dbl("hallDayTicketSec", 2.0),
                20261204L);
        this.hall = new HallDayFile(plan.compression());
    }

    private static String prop(String name, String dflt) {
        return System.getProperty("bench." + name, dflt);
    }

    private static int intProp(String name, int dflt) {
        return Integer.parseInt(prop(name, Integer.toString(dflt)));
    }

    private static double dbl(String name, double dflt) {
        return Double.parseDouble(prop(name, Double.toString(dflt)));
    }

    /** Whether {@code -Dbench.sections=hallday} asks for this section alone. */
    static boolean alone() {
        return Arrays.stream(prop("sections", "all").split(",")).map(String::trim).toList().equals(List.of("hallday"));
    }

    /**
     * This section alone, as the full bench would run it: a temp dir, the class-data archive of one training start
     * (unless {@code -Dbench.classArchive=false}), then {@link #section}.
     */
    static Report runAlone(Path serverJar, Cleanup cleanup, Consumer<String> progress) throws Exception {
        Path base = Path.of(prop("tmp", System.getProperty("java.io.tmpdir")));
        Path tmp = Files.createTempDirectory(base, "hallq-hallday-");
        cleanup.add(() -> {
            if (Boolean.getBoolean("bench.keepTmp")) {
                System.err.println("bench: kept " + tmp);
            } else {
                Cleanup.deleteTree(tmp);
            }
        });
        String heap = prop("serverHeap", "128m");
        List<String> jvm = new ArrayList<>(prop("serverJvmArgs", "").isBlank() ? List.of()
                : List.of(prop("serverJvmArgs", "").trim().split("\\s+")));
        if (Boolean.parseBoolean(prop("classArchive", "true"))) {
            progress.accept("hallday: class-data archive of the server jar (a training start and SIGTERM)");
            Path archive = tmp.resolve("queue-server.jsa");
            HallDay training = new HallDay(serverJar, tmp, heap, jvm, cleanup, progress);
            Path hallFile = tmp.resolve("hallday-training.yaml");
            training.hall.write(hallFile);
            List<String> withArchive = new ArrayList<>(jvm);
            withArchive.add("-XX:ArchiveClassesAtExit=" + archive);
            try (ChildServer s = ChildServer.start(ChildServer.jar(serverJar), hallFile, tmp.resolve("data-training"),
                    0, tmp.resolve("server-training.log"), heap, withArchive, 60_000)) {
                s.stop(20_000);
            }
            if (Files.isRegularFile(archive)) {
                jvm.add("-XX:SharedArchiveFile=" + archive);
            }
        }
        Report r = section(serverJar, tmp, heap, jvm, cleanup, progress);
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(String.format("=== HallQ bench, section 2b only (-Dbench.sections=hallday), %s ===",
                java.time.ZonedDateTime.now().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .substring(0, 19)));
        lines.add(String.format("machine: %d cores, Java %s; server: child JVM -Xmx%s %s; all traffic on 127.0.0.1",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), heap,
                String.join(" ", jvm)));
        lines.addAll(r.lines());
        return new Report(lines, r.latencyMet(), r.cpuPerTicketMicros());
    }

    /**
     * The section: baselines, then the run on all cores, under pi-core.sh, or both ({@code -Dbench.serverCpu=full,
     * pi, both}; default full). Never throws: a failure is in the lines.
     */
    static Report section(Path serverJar, Path tmp, String heap, List<String> serverJvm, Cleanup cleanup,
                          Consumer<String> progress) {
        List<String> lines = new ArrayList<>();
        try {
            return new HallDay(serverJar, tmp, heap, serverJvm, cleanup, progress).run(lines);
        } catch (Exception | Error e) {
            lines.add("2b. A REALISTIC HALL: FAILED: " + e);
            return new Report(lines, null, Double.NaN);
        }
    }

    private Report run(List<String> lines) throws Exception {
        String cpu = prop("serverCpu", "full");
        if (!List.of("full", "pi", "both").contains(cpu)) {
            throw new IllegalArgumentException("bench.serverCpu must be full, pi or both: " + cpu);
        }
        Path hallFile = tmp.resolve("hallday-hall.yaml");
        hall.write(hallFile);
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup padGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup echoGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        cleanup.add(() -> group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS));
        cleanup.add(() -> padGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS));
        cleanup.add(() -> echoGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS));

        progress.accept("hallday: baselines (fsync, WebSocket round trip)");
        Path baseDir = Files.createDirectories(tmp.resolve("hallday-baseline"));
        Percentiles.Summary fsync = Baselines.fsync(baseDir, 50, 500).summary();
        Percentiles.Summary rtt = Baselines.wsRoundTrip(group, echoGroup, 300, 500).summary();
        double bound = HallDayPlan.boundMs(fsync.p99ms(), rtt.p99ms());

        List<Run> runs = new ArrayList<>();
        if (!cpu.equals("pi")) {
            runs.add(runOne("all cores", false, hallFile, group, padGroup));
        }
        if (!cpu.equals("full")) {
            runs.add(runOne("pi-core", true, hallFile, group, padGroup));
        }

        String piArgs = prop("piCoreArgs", "").trim();
        lines.add(String.format("2b. A REALISTIC HALL  (issue 21 goal 2%s)", cpu.equals("full") ? ""
                : "; goal 7: also the server under bench/pi-core.sh" + (piArgs.isEmpty() ? "" : " " + piArgs)
                + ", taskset to one CPU and a CFS quota of a third of it"));
        lines.add(String.format("   hall: %d windows with a clerk each (login first), %d kiosks (queue events only), %d displays "
                + "(called, queue, counter; 2 with zone filters), the manager's dashboard (every event, today's stats after "
                + "ticket changes)", HallDayFile.WINDOWS, HallDayFile.KIOSKS, HallDayFile.DISPLAY_ZONES.size()));
        lines.add(String.format("   time compressed %.0fx: %d s of the hall, a ticket every %.1f s (%d tickets) = every %d ms "
                + "for %.1f s of the wall; walk %d-%d s, service %d-%d s, rating %d-%d s after finish, clerk reaction "
                + "%d-%d s, the terminals' timers too, all divided by %.0f", plan.compression(), plan.hallSeconds(),
                plan.ticketEverySec(), plan.tickets(), plan.wall(Math.round(plan.ticketEverySec() * 1000)),
                plan.wallMs() / 1e3, HallDayPlan.WALK_MIN / 1000, HallDayPlan.WALK_MAX / 1000,
                HallDayPlan.SERVICE_MIN / 1000, HallDayPlan.SERVICE_MAX / 1000, HallDayPlan.RATE_MIN / 1000,
                HallDayPlan.RATE_MAX / 1000, HallDayPlan.REACT_MIN / 1000, HallDayPlan.REACT_MAX / 1000,
                plan.compression()));
        lines.add(String.format("   bound 2 x (fsync p99 + WebSocket round trip p99) = 2 x (%.3f + %.3f) = %.2f ms "
                + "(measured just before, n=%d / %d)", fsync.p99ms(), rtt.p99ms(), bound, fsync.count(), rtt.count()));
        Boolean met = null;
        double perTicket = Double.NaN;
        for (Run r : runs) {
            report(r, bound, lines);
            if (r.error == null && !r.label.equals("pi-core")) {
                met = r.allPairs.p99ms() <= bound;
                perTicket = r.perTicket(true);
            }
        }
        if (runs.size() == 2 && runs.get(0).error == null && runs.get(1).error == null) {
            Run a = runs.get(0);
            Run b = runs.get(1);
            lines.add("   side by side:                         all cores       pi-core");
            lines.add(String.format("     all pairs p50 / p99 (ms)      %7.2f / %-7.2f %7.2f / %-7.2f", a.allPairs.p50ms(),
                    a.allPairs.p99ms(), b.allPairs.p50ms(), b.allPairs.p99ms()));
            lines.add(String.format("     call-next reply p99 (ms)      %15.2f %15.2f", a.reply.p99ms(), b.reply.p99ms()));
            lines.add(String.format("     CPU per ticket, idle off (µs) %,15.0f %,15.0f", a.perTicket(true),
                    b.perTicket(true)));
            lines.add(String.format("     CPU per ticket, raw (µs)      %,15.0f %,15.0f", a.perTicket(false),
                    b.perTicket(false)));
            lines.add(String.format("     of it the dashboard's stats   %,15.0f %,15.0f", a.statsPerTicket(),
                    b.statsPerTicket()));
            lines.add(String.format("     today's tickets before        %,15d %,15d", a.warmTickets, b.warmTickets));
        }
        return new Report(lines, met, perTicket);
    }

    private Server start(boolean piCore, Path hallFile, Path data, Path log) throws IOException, InterruptedException {
        if (!piCore) {
            ChildServer s = ChildServer.start(ChildServer.jar(serverJar), hallFile, data, 0, log, heap, serverJvm,
                    60_000);
            cleanup.add(() -> {
                try {
                    s.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return new Server() {
                public InetSocketAddress address() {
                    return s.address();
                }

                public long pid() {
                    return s.pid();
                }

                public Path log() {
                    return s.log();
                }

                public int stop(long ms) throws InterruptedException {
                    return s.stop(ms);
                }

                public void close() {
                    try {
                        s.close();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
        }
        // the deployed command line, as ChildServer.start makes it, behind the script
        Path script = Path.of(prop("piCore", serverJar.toAbsolutePath().getParent().getParent().getParent()
                .resolve("bench").resolve("pi-core.sh").toString()));
        String extra = prop("piCoreArgs", "").trim();
        ChildJvm.Command java = ChildServer.jar(serverJar).jvm(ChildServer.asDeployed(heap)).jvm(serverJvm)
                .args("--announce", "off", "--config", hallFile.toString(), "--data", data.toString(), "--port", "0",
                        "--bind", "127.0.0.1");
        PiCoreServer s = PiCoreServer.start(script, extra.isEmpty() ? List.of() : List.of(extra.split("\\s+")), java,
                log, 180_000);
        cleanup.add(s::close);
        return s;
    }

    private Run runOne(String label, boolean piCore, Path hallFile, EventLoopGroup group, EventLoopGroup padGroup) {
        Run run = new Run();
        run.label = label;
        String tag = piCore ? "pi" : "full";
        Server server = null;
        HallDayTerminals terminals = null;
        try {
            progress.accept("hallday (" + label + "): start the server");
            server = start(piCore, hallFile, tmp.resolve("data-hallday-" + tag), tmp.resolve("server-hallday-" + tag + ".log"));
            terminals = new HallDayTerminals(group, padGroup, server.address(), hall);
            terminals.connect(plan);
            warm(run, terminals, server.pid(), piCore);

            progress.accept("hallday (" + label + "): idle " + intProp("hallDayIdleMs", 10_000) + " ms, every terminal connected");
            long idle0 = System.nanoTime();
            long idleCpu0 = processCpuNanos(server.pid());
            Thread.sleep(intProp("hallDayIdleMs", 10_000)); // the window measured, not a wait for anything
            run.idleCpuNanos = processCpuNanos(server.pid()) - idleCpu0;
            run.idleSeconds = (System.nanoTime() - idle0) / 1e9;

            progress.accept("hallday (" + label + "): " + plan.tickets() + " tickets in " + plan.wallMs() / 1000.0
                    + " s, served and rated");
            run.loadBefore = loadAverage();
            ProcCpu.Snapshot pc0 = ProcCpu.take(server.pid());
            long cpu0 = processCpuNanos(server.pid());
            run.phase = terminals.run(plan, (int) run.warmTickets, plan.tickets(), () -> true, true);
            run.loadCpuNanos = processCpuNanos(server.pid()) - cpu0;
            ProcCpu.Snapshot pc1 = ProcCpu.take(server.pid());
            run.threads = ProcCpu.line(pc0, pc1, 5);
            run.groups = ProcCpu.usage(pc0, pc1);
            run.loadAfter = loadAverage();
            measure(run, terminals);
            terminals.closeAll();
            terminals = null;
            progress.accept("hallday (" + label + "): stop the server (SIGTERM)");
            run.exit = server.stop(20_000);
            run.slowSyncs = ChildServer.tail(server.log(), 100_000).lines().filter(l -> l.contains("journal sync"))
                    .toList();
        } catch (Exception e) {
            run.error = e.toString() + (server == null ? "" : "; server log tail:\n"
                    + ChildServer.tail(server.log(), 6).replaceAll("(?m)^", "      "));
        } finally {
            if (terminals != null) {
                terminals.closeAll();
            }
            if (server != null) {
                server.close();
            }
        }
        return run;
    }

    /** The same hall at {@code hallDayWarmX} until the server's JIT threads are quiet, then served empty. */
    private void warm(Run run, HallDayTerminals terminals, long pid, boolean piCore) throws Exception {
        // stricter than sections 1 and 2 (10 % over 3 s): this hall's load is a tenth of a core, so a compiler at
        // 2-4 % of a core after those was a third of the window's CPU (measured: 5 of 17.5 ms a ticket)
        double quietPct = dbl("hallDayJitQuietPct", 1);
        long windowMs = intProp("hallDayJitWindowMs", 5000);
        // a third of one CPU compiles more slowly and serves fewer tickets a second: longer, and slower
        long maxMs = piCore ? intProp("hallDayPiWarmMaxMs", 300_000) : intProp("hallDayWarmMaxMs", 150_000);
        HallDayPlan fast = plan.at(piCore ? dbl("hallDayPiWarmX", 20) : dbl("hallDayWarmX", 50));
        run.warmX = fast.compression();
        progress.accept("hallday (" + run.label + "): warm-up at " + fast.compression() + "x until the JIT is quiet (< "
                + quietPct + "% of a core over " + windowMs + " ms, at most " + maxMs + " ms)");
        AtomicBoolean on = new AtomicBoolean(true);
        HallDayTerminals.Phase[] warmPhase = new HallDayTerminals.Phase[1];
        Exception[] failed = new Exception[1];
        Thread t = new Thread(() -> {
            try {
                warmPhase[0] = terminals.run(fast, 0, Integer.MAX_VALUE, on::get, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        }, "hallday-warm-up");
        t.setDaemon(true);
        long start = System.nanoTime();
        t.start();
        Deque<ProcCpu.Snapshot> window = new ArrayDeque<>();
        window.add(ProcCpu.take(pid));
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(maxMs);
        double jit = 100;
        while (System.nanoTime() < deadline && t.isAlive()) {
            TimeUnit.MILLISECONDS.sleep(500); // sampling the compiler's CPU
            ProcCpu.Snapshot now = ProcCpu.take(pid);
            window.add(now);
            while (now.nanos() - window.peekFirst().nanos() > TimeUnit.MILLISECONDS.toNanos(windowMs)) {
                window.removeFirst();
            }
            if (now.nanos() - window.peekFirst().nanos() >= TimeUnit.MILLISECONDS.toNanos(windowMs) * 8 / 10) {
                jit = ProcCpu.usage(window.peekFirst(), now).getOrDefault("jit", 0.0);
                if (jit < quietPct) {
                    run.warmSettled = true;
                    break;
                }
            }
        }
        on.set(false);
        t.join(TimeUnit.MINUTES.toMillis(12));
        if (failed[0] != null) {
            throw failed[0];
        }
        if (warmPhase[0] == null) {
            throw new IllegalStateException("warm-up did not end");
        }
        if (!warmPhase[0].failures.isEmpty()) {
            throw new IllegalStateException("warm-up: " + warmPhase[0].failures.subList(0,
                    Math.min(3, warmPhase[0].failures.size())));
        }
        run.warmSeconds = (System.nanoTime() - start) / 1e9;
        run.warmTickets = warmPhase[0].issued.get() + warmPhase[0].issueRefused.get();
        run.warmJitPct = jit;
    }

    /** The measured calls' arrivals (waiting up to 5 s in all for the last ones). */
    private static void measure(Run run, HallDayTerminals terminals) throws InterruptedException {
        Percentiles.Samples pairs = new Percentiles.Samples();
        Percentiles.Samples first = new Percentiles.Samples();
        Percentiles.Samples reply = new Percentiles.Samples();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (HallDayTerminals.Call c : terminals.calls.values()) {
            if (!c.measured) {
                continue;
            }
            c.left.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            long min = Long.MAX_VALUE;
            synchronized (c) {
                for (int d = 0; d < c.at.length; d++) {
                    if (!c.expected(d)) {
                        continue;
                    }
                    if (c.at[d] == 0) {
                        run.missing++;
                        continue;
                    }
                    long delay = c.at[d] - c.t0;
                    pairs.add(delay);
                    min = Math.min(min, delay);
                }
                run.unexpected += c.unexpected;
            }
            if (min != Long.MAX_VALUE) {
                first.add(min);
            }
            reply.add(c.replyNanos - c.t0);
        }
        run.allPairs = pairs.summary();
        run.first = first.summary();
        run.reply = reply.summary();
    }

    private void report(Run r, double bound, List<String> lines) {
        lines.add(String.format("   -- server on %s%s", r.label.equals("pi-core") ? "one CPU at a third (bench/pi-core.sh)"
                : "all cores", r.error == null ? "" : ": FAILED"));
        if (r.error != null) {
            lines.add("   FAILED: " + r.error);
            return;
        }
        HallDayTerminals.Phase p = r.phase;
        lines.add(String.format("   warm-up: the same hall at %.0fx, %,d tickets in %.1f s (%s, JIT %.0f%% of a core at the end)",
                r.warmX, r.warmTickets, r.warmSeconds, r.warmSettled ? "settled" : "NOT settled",
                r.warmJitPct));
        lines.add(String.format("   tickets: %,d issued, %,d called, %,d finished and rated in %.1f s (from the first issue to "
                + "the last rating); dashboard stats %d; refused issues %d; empty call-nexts %d; %.1f requests a ticket; "
                + "failures %d%s",
                p.issued.get(), p.calls.get(), p.completed.get(), r.seconds(), p.stats.get(), p.issueRefused.get(),
                p.emptyCalls.get(), (p.issued.get() + p.calls.get() + p.emptyCalls.get() + 3.0 * p.completed.get()
                        + p.stats.get()) / Math.max(1, p.completed.get()), p.failures.size(),
                p.failures.isEmpty() ? "" : " " + p.failures.subList(0, Math.min(3, p.failures.size()))));
        lines.add(String.format("   %-44s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms   (n=%d)",
                "call-next -> called, all (call, display) pairs", r.allPairs.p50ms(), r.allPairs.p99ms(),
                r.allPairs.maxMs(), r.allPairs.count()));
        lines.add(String.format("   %-44s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms   (n=%d)",
                "first display to receive it, per call", r.first.p50ms(), r.first.p99ms(), r.first.maxMs(), r.first.count()));
        lines.add(String.format("   %-44s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms   (n=%d)",
                "call-next reply at the pad", r.reply.p50ms(), r.reply.p99ms(), r.reply.maxMs(), r.reply.count()));
        lines.add(String.format("   missing arrivals %d; arrivals at a display outside its zones %d", r.missing, r.unexpected));
        lines.add(String.format("   => all-pairs p99 %.2f ms <= %.2f ms: %s", r.allPairs.p99ms(), bound,
                r.allPairs.p99ms() <= bound ? "MET" : "NOT MET"));
        double idlePct = 100.0 * r.idleCpuNanos / 1e9 / r.idleSeconds;
        lines.add(String.format("   server CPU (/proc/PID/stat utime+stime, the whole process): %,.0f ms over the %.1f s "
                + "window; idle before it, every terminal connected: %,.0f ms over %.1f s (%.1f%% of a core)",
                r.loadCpuNanos / 1e6, r.seconds(), r.idleCpuNanos / 1e6, r.idleSeconds, idlePct));
        lines.add(String.format("   => server CPU per ticket (issue to rating): %,.0f µs with the idle rate x the window "
                + "subtracted (%,.0f µs raw)", r.perTicket(true), r.perTicket(false)));
        lines.add("   server threads in the window: " + r.threads);
        // where a ticket's CPU goes: each thread group's share of a core over the window, as µs per completed ticket
        StringBuilder where = new StringBuilder();
        int shown = 0;
        for (java.util.Map.Entry<String, Double> g : r.groups.entrySet()) {
            if (g.getKey().equals("TOTAL")) {
                continue;
            }
            if (shown++ == 7) {
                break;
            }
            where.append(where.length() == 0 ? "" : ", ").append(String.format("%s %,.0f", g.getKey(),
                    g.getValue() / 100 * r.seconds() * 1e6 / Math.max(1, p.completed.get())));
        }
        lines.add("   per ticket by thread group (µs): " + where);
        // the dashboard's statistics read all of today's tickets each time: their cost grows with the day
        double statsMs = r.groups.getOrDefault("stats", 0.0) / 100 * r.seconds() * 1e3;
        lines.add(String.format("   the dashboard's %d stats requests: %,.0f ms of the 'stats' thread, %.1f ms each, over "
                + "today's %,d-%,d tickets (the warm-up's and the window's)", p.stats.get(), statsMs,
                statsMs / Math.max(1, p.stats.get()), r.warmTickets, r.warmTickets + p.issued.get()));
        lines.add(String.format("   => without the dashboard's statistics (which depend on how many tickets today holds): "
                + "%,.0f µs a ticket, idle subtracted", r.perTicket(true) - r.statsPerTicket()));
        lines.add(String.format("   load average before / after the window: %s / %s", r.loadBefore, r.loadAfter));
        lines.add(String.format("   journal syncs over 100 ms the server warned of, its whole life: %s%s",
                r.slowSyncs.isEmpty() ? "none" : r.slowSyncs.size() + ": ", r.slowSyncs.isEmpty() ? ""
                        : String.join(" | ", r.slowSyncs.subList(0, Math.min(3, r.slowSyncs.size())))));
        lines.add(String.format("   stop (SIGTERM) exit code: %d%s", r.exit,
                r.label.equals("pi-core") ? " (pi-core.sh's own: 143 when its trap handed the SIGTERM on)" : ""));
    }

    private static final long TICKS_PER_SEC = ticksPerSecond();

    /** utime + stime of the whole process (its ended threads too) from /proc/PID/stat, in ns; -1 off Linux. */
    static long processCpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 1_000_000_000L / TICKS_PER_SEC;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long ticksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return Long.parseLong(s);
        } catch (IOException | RuntimeException | InterruptedException e) {
            return 100;
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
