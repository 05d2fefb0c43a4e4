package hallq.server.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 whose current connections can be frozen: they stay open but carry nothing more, as a
 * link does when a cable is pulled somewhere between a terminal and the server. New connections flow freely.
 */
final class FreezingRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final int target;
    private final List<Pipe> pipes = new CopyOnWriteArrayList<>();

    private static final class Pipe {
        volatile boolean frozen;
        final Socket a;
        final Socket b;

        Pipe(Socket a, Socket b) {
            this.a = a;
            this.b = b;
        }
    }

    FreezingRelay(int targetPort) throws IOException {
        this.target = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "relay-accept");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Freezes every connection open now. */
    void freezeCurrent() {
        pipes.forEach(p -> p.frozen = true);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket in = listener.accept();
                Socket out = new Socket(InetAddress.getLoopbackAddress(), target);
                Pipe p = new Pipe(in, out);
                pipes.add(p);
                pump(p, in, out);
                pump(p, out, in);
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(Pipe p, Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    if (!p.frozen) { // frozen: swallow, keep the connection up
                        out.write(buf, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // one side went away
            }
        }, "relay-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Pipe p : pipes) {
            p.a.close();
            p.b.close();
        }
    }
}
