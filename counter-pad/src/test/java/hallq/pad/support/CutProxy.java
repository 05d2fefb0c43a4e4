package hallq.pad.support;

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
 * A TCP relay between the pad and the server that can lose the server's answers and then cut the line: the
 * situation where a request reached the server and acted, but its reply never came back.
 */
public final class CutProxy implements AutoCloseable {
    /** One relayed connection; {@code swallow} is its own, so a reconnect after a cut relays normally. */
    private static final class Line {
        final Socket client;
        final Socket server;
        volatile boolean swallow;

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

    public CutProxy(int targetPort) throws IOException {
        this.target = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "cut-proxy");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** From now on, bytes from the server on the open connections are dropped instead of relayed. */
    public void swallowReplies() {
        open.forEach(l -> l.swallow = true);
    }

    /** While refusing, new connections are closed at once: the server looks unreachable. */
    public void refuse(boolean on) {
        refusing = on;
    }

    /** Cuts every open connection (what was swallowed stays lost); new ones relay normally. */
    public void cut() {
        open.forEach(Line::close);
        open.clear();
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
                    if (!(fromServer && line.swallow)) {
                        out.write(buf, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // the other side went away, or cut() closed us
            } finally {
                line.close();
            }
        }, "cut-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        cut();
        listener.close();
    }
}
