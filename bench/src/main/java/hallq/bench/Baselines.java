package hallq.bench;

import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
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
                    WsClient.Reply r = c.request("ping", "", 5_000).get(10, TimeUnit.SECONDS);
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
}
