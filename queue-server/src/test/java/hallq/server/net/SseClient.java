package hallq.server.net;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A phone's EventSource by hand, over a plain socket: one GET (with an {@code X-Forwarded-For} when given), the
 * answer's status and, for a stream, its events as they come (a thread reads them into a queue). Chunk-size lines
 * of the chunked body are passed over: an SSE line is never only hex digits.
 */
final class SseClient implements AutoCloseable {
    record Event(String name, String data) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static final Event EOF = new Event("(closed)", "");
    private static final Duration WAIT = Duration.ofSeconds(10);

    final int status;
    final String head;
    /** For an answer that is no stream: its body. */
    final String body;
    private final Socket socket;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private SseClient(Socket socket, int status, String head, String body) {
        this.socket = socket;
        this.status = status;
        this.head = head;
        this.body = body;
    }

    static SseClient open(int port, String path, String forwardedFor) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        s.setSoTimeout(15_000);
        OutputStream out = s.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/event-stream\r\n"
                + (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n") + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = s.getInputStream();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String statusLine = r.readLine();
        StringBuilder head = new StringBuilder(statusLine).append('\n');
        int length = -1;
        for (String line = r.readLine(); line != null && !line.isEmpty(); line = r.readLine()) {
            head.append(line).append('\n');
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        if (status != 200 || length >= 0) {
            char[] b = new char[Math.max(0, length)];
            int n = 0;
            while (n < b.length) {
                int k = r.read(b, n, b.length - n);
                if (k < 0) {
                    break;
                }
                n += k;
            }
            return new SseClient(s, status, head.toString(), new String(b, 0, n));
        }
        SseClient c = new SseClient(s, status, head.toString(), null);
        Thread t = new Thread(() -> c.read(r), "sse-client");
        t.setDaemon(true);
        t.start();
        return c;
    }

    private void read(BufferedReader r) {
        String name = "message";
        StringBuilder data = new StringBuilder();
        try {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.matches("[0-9a-fA-F]+")) {
                    continue; // a chunk's size
                }
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(name, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
        } catch (IOException e) {
            // closed
        }
        events.add(EOF);
    }

    /** The next event, or fails after 10 s. */
    Event next() throws InterruptedException {
        Event e = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (e == null) {
            throw new AssertionError("no event within " + WAIT);
        }
        return e;
    }

    /** The next {@code status} event whose status matches, passing over others; fails after 10 s or at the end. */
    JsonNode awaitStatus(Predicate<JsonNode> p, String what) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            Event e = events.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e == null || e == EOF) {
                break;
            }
            if (e.name().equals("status") && p.test(e.json())) {
                return e.json();
            }
        }
        throw new AssertionError("no status " + what);
    }

    /** Events already received and not taken yet. */
    int waiting() {
        return events.size();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
