package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A client written by hand over {@link Socket}, for what no well-behaved client does: never read, send a head
 * of 9 KB, upgrade with a foreign Origin. HTTP requests as bytes, WebSocket frames masked as a browser's are.
 */
final class RawSocket implements AutoCloseable {
    final Socket socket;
    final OutputStream out;
    final InputStream in;

    private RawSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = socket.getInputStream();
    }

    /** Connected to 127.0.0.1:{@code port}; {@code receiveBuffer} 0 leaves the system's default. */
    static RawSocket connect(int port, int receiveBuffer) throws IOException {
        Socket s = new Socket();
        if (receiveBuffer > 0) {
            s.setReceiveBufferSize(receiveBuffer);
        }
        s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        s.setSoTimeout(10_000);
        return new RawSocket(s);
    }

    /** The WebSocket upgrade request for /ws, with an Origin header unless {@code origin} is null. */
    static String upgrade(int port, String origin) {
        return "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n";
    }

    /** Connects and upgrades to a WebSocket (no Origin), failing unless the answer is 101. */
    static RawSocket webSocket(int port, int receiveBuffer) throws IOException {
        RawSocket s = connect(port, receiveBuffer);
        s.send(upgrade(port, null));
        assertThat(s.readHead()).startsWith("HTTP/1.1 101");
        return s;
    }

    void send(String ascii) throws IOException {
        out.write(ascii.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** One masked text frame, as a client must send it. */
    static byte[] textFrame(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] mask = {7, 13, 42, 99};
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length & 0xff);
        }
        frame.write(mask, 0, 4);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        return frame.toByteArray();
    }

    void sendText(String text) throws IOException {
        out.write(textFrame(text));
        out.flush();
    }

    void hello(String device, String token) throws IOException {
        sendText("{\"id\":\"hello-1\",\"op\":\"hello\",\"device\":\"" + device + "\",\"token\":\"" + token + "\"}");
    }

    /** An HTTP answer's head, up to and with its blank line. */
    String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** Everything until the server closes the connection; fails if it does not within the socket's timeout. */
    String readToEnd() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                all.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server did not close the connection; read: "
                    + all.toString(StandardCharsets.UTF_8));
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    /** The next WebSocket frame from the server (unmasked): its opcode and payload; null at the end of the stream. */
    Frame readFrame() throws IOException {
        int b0 = in.read();
        if (b0 < 0) {
            return null;
        }
        int b1 = in.read();
        long len = b1 & 0x7f;
        if (len == 126) {
            len = (in.read() << 8) | in.read();
        } else if (len == 127) {
            len = 0;
            for (int i = 0; i < 8; i++) {
                len = (len << 8) | in.read();
            }
        }
        byte[] payload = in.readNBytes((int) len);
        return new Frame(b0 & 0x0f, payload);
    }

    record Frame(int opcode, byte[] payload) {
        /** A close frame's status code. */
        int closeCode() {
            return payload.length < 2 ? -1 : ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
        }

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
