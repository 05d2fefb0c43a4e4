package hallq.bench;

import hallq.protocol.Op;
import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The same-run baselines the server's numbers are divided by. */
final class Baselines {
    private Baselines() {
    }

    record CommitRate(long commits, double seconds) {
        double perSecond() {
            return commits / seconds;
        }
    }

    /**
     * Raw HSQLDB: an embedded file database in {@code dir}, write delay off (an fsync per commit), MVCC and an
     * 2 MB log like the server; one thread, one INSERT of a ticket-sized row + COMMIT at a time.
     */
    static CommitRate hsqldbCommits(Path dir, long warmMs, long measureMs) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "SA");
        props.setProperty("password", "");
        props.setProperty("hsqldb.write_delay", "false");
        String url = "jdbc:hsqldb:file:" + dir.toAbsolutePath().resolve("base");
        try (Connection c = DriverManager.getConnection(url, props)) {
            try (Statement s = c.createStatement()) {
                s.execute("SET FILES WRITE DELAY FALSE");
                s.execute("SET FILES LOG SIZE 2");
                s.execute("SET DATABASE TRANSACTION CONTROL MVCC");
                s.execute("CREATE CACHED TABLE t (id BIGINT PRIMARY KEY, at_ms BIGINT NOT NULL, "
                        + "body VARCHAR(1000) NOT NULL)");
            }
            c.setAutoCommit(false);
            String body = "x".repeat(300);
            long id = 0;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO t (id, at_ms, body) VALUES (?, ?, ?)")) {
                long warmEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(warmMs);
                while (System.nanoTime() < warmEnd) {
                    insert(c, p, ++id, body);
                }
                long start = System.nanoTime();
                long end = start + TimeUnit.MILLISECONDS.toNanos(measureMs);
                long n = 0;
                long now;
                while ((now = System.nanoTime()) < end) {
                    insert(c, p, ++id, body);
                    n++;
                }
                return new CommitRate(n, (System.nanoTime() - start) / 1e9);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
        }
    }

    private static void insert(Connection c, PreparedStatement p, long id, String body) throws SQLException {
        p.setLong(1, id);
        p.setLong(2, System.currentTimeMillis());
        p.setString(3, body);
        p.executeUpdate();
        c.commit();
    }

    /** One fsync after appending 64 bytes to a file in {@code dir}: FileChannel.force(true), as HSQLDB's log sync. */
    static Percentiles.Samples fsync(Path dir, int warm, int samples) throws IOException {
        Percentiles.Samples out = new Percentiles.Samples();
        try (FileChannel ch = FileChannel.open(dir.resolve("fsync-probe"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer b = ByteBuffer.allocate(64);
            for (int i = 0; i < warm + samples; i++) {
                b.clear();
                b.putLong(0, i);
                long t0 = System.nanoTime();
                ch.write(b);
                ch.force(true);
                long d = System.nanoTime() - t0;
                if (i >= warm) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** Request/reply round trips over loopback to the in-process echo server, with the bench's own client. */
    static Percentiles.Samples wsRoundTrip(EventLoopGroup clientGroup, EventLoopGroup serverGroup, int warm,
                                           int samples) throws Exception {
        Percentiles.Samples out = new Percentiles.Samples();
        try (EchoServer echo = new EchoServer(serverGroup)) {
            WsClient c = WsClient.connect(clientGroup, echo.address(), null, 10_000).get(15, TimeUnit.SECONDS);
            try {
                for (int i = 0; i < warm + samples; i++) {
                    long t0 = System.nanoTime();
                    WsClient.Reply r = c.request(Op.PING.wire(), "", 5_000).get(10, TimeUnit.SECONDS);
                    if (i >= warm) {
                        out.add(r.nanos() - t0);
                    }
                }
            } finally {
                c.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
            }
        }
        return out;
    }

    /** All (round, display) arrival delays and the last display's per round, of the fan-out baseline. */
    record FanOut(Percentiles.Samples allPairs, Percentiles.Samples last) {
    }

    /**
     * The fan-out floor: {@code displays} connections to the in-process {@link FanOutServer} (on {@code serverGroup});
     * a separate client sends a request, the server writes one {@code frameBytes} event frame to every connection,
     * and each display stamps its arrival. Rounds one at a time, {@code pauseMs} apart, as calls are.
     */
    static FanOut fanOut(EventLoopGroup clientGroup, EventLoopGroup serverGroup, int displays, int frameBytes,
                         int warm, int samples, long pauseMs) throws Exception {
        Percentiles.Samples all = new Percentiles.Samples();
        Percentiles.Samples last = new Percentiles.Samples();
        try (FanOutServer server = new FanOutServer(serverGroup, frameBytes)) {
            java.util.concurrent.atomic.AtomicReference<Object[]> round = new java.util.concurrent.atomic.AtomicReference<>();
            List<WsClient> screens = new ArrayList<>();
            try {
                for (int i = 0; i < displays; i++) {
                    int index = i;
                    screens.add(WsClient.connect(clientGroup, server.address(), (buf, nanos) -> {
                        Object[] r = round.get(); // {id bytes, arrival nanos[], latch}
                        if (r != null && CallLatency.indexOf(buf, (byte[]) r[0], buf.readerIndex()) >= 0) {
                            ((long[]) r[1])[index] = nanos;
                            ((CountDownLatch) r[2]).countDown();
                        }
                    }, 10_000).get(15, TimeUnit.SECONDS));
                }
                WsClient trigger = WsClient.connect(clientGroup, server.address(), null, 10_000).get(15, TimeUnit.SECONDS);
                screens.add(trigger);
                for (int i = 0; i < warm + samples; i++) {
                    String id = trigger.nextId();
                    long[] at = new long[displays];
                    CountDownLatch arrived = new CountDownLatch(displays);
                    round.set(new Object[] {("\"" + id + "\"").getBytes(StandardCharsets.US_ASCII), at, arrived});
                    long t0 = System.nanoTime();
                    trigger.send("{\"id\":\"" + id + "\",\"op\":\"go\"}");
                    if (!arrived.await(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("fan-out: " + arrived.getCount() + " displays missed a frame");
                    }
                    if (i >= warm) {
                        long max = 0;
                        for (long a : at) {
                            all.add(a - t0);
                            max = Math.max(max, a - t0);
                        }
                        last.add(max);
                    }
                    TimeUnit.MILLISECONDS.sleep(pauseMs); // calls come apart, not back to back
                }
            } finally {
                IssueLoad.closeAll(screens);
            }
        }
        return new FanOut(all, last);
    }

    /**
     * The most a WebSocket server can answer on this machine with this client: {@code conns} connections to the
     * in-process echo server, each sending its next request when the reply is in (the load of section 1 with no
     * hall, no JSON of the hall's and no disk). Requests per second over {@code measureMs} after {@code warmMs}.
     */
    static double echoRate(EventLoopGroup clientGroup, EventLoopGroup serverGroup, int conns, long warmMs,
                           long measureMs) throws Exception {
        try (EchoServer echo = new EchoServer(serverGroup)) {
            List<WsClient> cs = new ArrayList<>();
            try {
                for (int i = 0; i < conns; i++) {
                    cs.add(WsClient.connect(clientGroup, echo.address(), null, 10_000).get(15, TimeUnit.SECONDS));
                }
                long start = System.nanoTime();
                long from = start + TimeUnit.MILLISECONDS.toNanos(warmMs);
                long to = from + TimeUnit.MILLISECONDS.toNanos(measureMs);
                java.util.concurrent.atomic.AtomicLong inWindow = new java.util.concurrent.atomic.AtomicLong();
                CountDownLatch done = new CountDownLatch(conns);
                for (WsClient c : cs) {
                    echoLoop(c, from, to, inWindow, done);
                }
                if (!done.await(warmMs + measureMs + 20_000, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("echo loops did not finish");
                }
                return inWindow.get() / (measureMs / 1000.0);
            } finally {
                IssueLoad.closeAll(cs);
            }
        }
    }

    private static void echoLoop(WsClient c, long from, long to, java.util.concurrent.atomic.AtomicLong inWindow,
                                 CountDownLatch done) {
        if (System.nanoTime() >= to) {
            done.countDown();
            return;
        }
        c.request(Op.ISSUE.wire(), ",\"zone\":\"za\"", 10_000).whenComplete((r, e) -> {
            if (e != null) {
                done.countDown();
                return;
            }
            if (r.nanos() >= from && r.nanos() < to) {
                inWindow.incrementAndGet();
            }
            echoLoop(c, from, to, inWindow, done);
        });
    }
}
