package hallq.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 between a client and a server there, with the faults of the line between them at the
 * test's command: every open connection cut ({@link #cut}), open connections that stay up but carry nothing more, as
 * when a cable is pulled somewhere on the way ({@link #freeze}), or nothing more from the server, as when a request
 * acts but its reply is lost ({@link #swallowReplies}), and new connections refused while the server is to look
 * unreachable ({@link #refuse}). A fault of open connections is theirs alone: connections made after it relay
 * normally.
 */
public final class FaultProxy implements AutoCloseable {
    /** One relayed connection and what it still carries. */
    private static final class Line {
        final Socket client;
        final Socket server;
        volatile boolean toServer = true;
        volatile boolean toClient = true;

        Line(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void close() {
            for (Socket s : new Socket[] {client, server}) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing is all we want
                }
            }
        }
    }

    private final ServerSocket listener;
    private final int target;
    private final List<Line> open = new CopyOnWriteArrayList<>();
    private volatile boolean refusing;

    /** Relays to {@code targetPort} on 127.0.0.1 from a free port of its own ({@link #port}). */
    public FaultProxy(int targetPort) throws IOException {
        this.target = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "fault-proxy");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Cuts every open connection (what was swallowed stays lost); new ones relay normally. */
    public void cut() {
        open.forEach(Line::close);
        open.clear();
    }

    /** The connections open now stay open but carry nothing more either way: what comes is dropped. */
    public void freeze() {
        open.forEach(l -> {
            l.toServer = false;
            l.toClient = false;
        });
    }

    /** On the connections open now, what the server sends is dropped; what the client sends still reaches it. */
    public void swallowReplies() {
        open.forEach(l -> l.toClient = false);
    }

    /** While refusing, new connections are closed at once: the server looks unreachable. {@code false} resumes. */
    public void refuse(boolean on) {
        refusing = on;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (refusing) {
                    client.close();
                    continue;
                }
                Socket server = new Socket();
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target), 5000);
                Line line = new Line(client, server);
                open.add(line);
                pump(line, false);
                pump(line, true);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Line line, boolean fromServer) {
        Socket from = fromServer ? line.server : line.client;
        Socket to = fromServer ? line.client : line.server;
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    if (fromServer ? line.toClient : line.toServer) {
                        out.write(buf, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // the other side went away, or cut() closed us
            } finally {
                line.close();
                open.remove(line);
            }
        }, "fault-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cut();
    }
}
