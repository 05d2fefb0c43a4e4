package hallq.server;

import hallq.protocol.hall.HallConfig;
import hallq.protocol.discovery.LanAddress;
import hallq.server.discovery.HallAnnouncer;
import hallq.server.engine.HallEngine;
import hallq.server.followup.FollowUpStore;
import hallq.server.hall.HallFile;
import hallq.server.health.Supervisor;
import hallq.server.net.HallServer;
import hallq.server.net.NetLimits;
import hallq.server.store.JournaledStore;
import io.netty.util.ResourceLeakDetector;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import sun.misc.Signal;

/**
 * {@code java -jar queue-server.jar [--config FILE] [--data DIR] [--port N] [--bind ADDR] [--announce on|off]
 * [--keep-free-mb N] [--max-connections-per-address N]} (protocol section 1; {@link ServerCommandLine};
 * {@code --announce off} keeps it off mDNS, for tests on a shared network).
 */
public final class Main {
    private Main() {
    }

    /** Not a static field: {@link #main} starts logback itself, beside picocli. */
    private static Logger log() {
        return LoggerFactory.getLogger(Main.class);
    }

    public static void main(String[] args) {
        // a vital thread that dies ends the process, for systemd to start a whole hall again (health.Supervisor)
        Thread.setDefaultUncaughtExceptionHandler(Supervisor.halting());
        // picocli's first use (0.1 s of class loading) beside logback's start (0.2 s): a restart is that much shorter
        CompletableFuture<CommandLine> commandLine = CompletableFuture.supplyAsync(ServerCommandLine::line,
                task -> new Thread(task, "command-line").start());
        LoggerFactory.getILoggerFactory();
        // --help, or a wrong command line: picocli says so, and the status is 0 or 2
        CommandLine line = commandLine.join();
        int status = line.execute(args);
        ServerOptions options = line.getExecutionResult();
        if (options == null) {
            System.exit(status);
            return;
        }
        if (System.getProperty("io.netty.leakDetection.level") == null) {
            // its sampled stack trace every 128 buffers cost the network threads 4 %; tests run with it on
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        }
        HallConfig hall;
        try {
            hall = options.config() == null ? HallFile.demo() : HallFile.load(options.config());
        } catch (IllegalArgumentException | HallFile.BadHallFile e) {
            System.err.println("HallQ cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        HallServer server;
        InetSocketAddress address;
        try {
            server = start(hall, options.data(), options.bind(), options.port(), Clock.systemUTC(),
                    NetLimits.defaults().withConnectionsPerAddress(options.connectionsPerAddress()),
                    options.keepFreeBytes());
            address = server.address();
        } catch (IOException | SQLException e) {
            System.err.println("HallQ cannot start: " + e.getMessage());
            System.exit(1);
            return;
        } catch (Exception e) {
            System.err.println("HallQ cannot start: " + e);
            System.exit(1);
            return;
        }
        HallAnnouncer announcer = options.announce() ? announce(hall, options.bind(), address.getPort()) : null;
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable stop = () -> {
            if (announcer != null) {
                announcer.close();
            }
            server.close();
            stopped.countDown();
        };
        // SIGTERM and Ctrl-C: a clean stop and exit status 0 (a plain shutdown hook would exit 143)
        for (String sig : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(sig), s -> new Thread(() -> {
                stop.run();
                System.exit(0);
            }, "stop").start());
        }
        String host = address.getAddress().isAnyLocalAddress() ? options.bind() : address.getAddress().getHostAddress();
        System.out.println("HallQ listening on " + host + ":" + address.getPort());
        System.out.flush();
        log().info("hall '{}' ({}) ready", hall.hall().name(), hall.hall().id());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** mDNS on the bound address, or on the LAN's when bound to all; a hall runs on without it. */
    private static HallAnnouncer announce(HallConfig hall, String bind, int port) {
        try {
            InetAddress on = InetAddress.getByName(bind);
            return HallAnnouncer.start(hall, on.isAnyLocalAddress() ? LanAddress.pick() : on, port);
        } catch (IOException | RuntimeException e) {
            log().warn("not announced by mDNS ({}): terminals need the server's address", e.getMessage());
            return null;
        }
    }

    /** Opens the data directory, loads the hall and starts serving; used by tests and benchmarks too. */
    public static HallServer start(HallConfig hall, Path data, String bind, int port, Clock clock)
            throws IOException, SQLException, InterruptedException {
        return start(hall, data, bind, port, clock, NetLimits.defaults());
    }

    public static HallServer start(HallConfig hall, Path data, String bind, int port, Clock clock, int maxUnsent)
            throws IOException, SQLException, InterruptedException {
        return start(hall, data, bind, port, clock, maxUnsent, JournaledStore.KEEP_FREE_BYTES);
    }

    /** As above, refusing writes that would leave less than {@code keepFreeBytes} free on the data disk. */
    public static HallServer start(HallConfig hall, Path data, String bind, int port, Clock clock, int maxUnsent,
                                   long keepFreeBytes) throws IOException, SQLException, InterruptedException {
        return start(hall, data, bind, port, clock, NetLimits.defaults().withClientUnsentBytes(maxUnsent),
                keepFreeBytes);
    }

    /** With these network limits (protocol section 7: what a client may hold, how long it may keep quiet). */
    public static HallServer start(HallConfig hall, Path data, String bind, int port, Clock clock, NetLimits limits)
            throws IOException, SQLException, InterruptedException {
        return start(hall, data, bind, port, clock, limits, JournaledStore.KEEP_FREE_BYTES);
    }

    public static HallServer start(HallConfig hall, Path data, String bind, int port, Clock clock, NetLimits limits,
                                   long keepFreeBytes) throws IOException, SQLException, InterruptedException {
        long t0 = System.nanoTime();
        JournaledStore store = JournaledStore.open(data, keepFreeBytes);
        try {
            long t1 = System.nanoTime();
            // its table is made before the hall thread starts: under MVCC, DDL waits for every open transaction
            FollowUpStore followUps = new FollowUpStore(store.database().connection());
            HallEngine engine = new HallEngine(hall, store, clock).start();
            log().info("database opened in {} ms, hall loaded in {} ms", (t1 - t0) / 1_000_000,
                    (System.nanoTime() - t1) / 1_000_000);
            HallServer server = new HallServer(engine, store, followUps, limits);
            server.start(bind, port);
            return server;
        } catch (SQLException | RuntimeException | InterruptedException e) {
            store.close();
            throw e;
        }
    }
}
