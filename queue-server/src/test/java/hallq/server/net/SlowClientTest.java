package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.server.queue.Halls;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A display that stops reading must be dropped; everyone else keeps getting events. */
class SlowClientTest {

    /** A WebSocket client written by hand so that it can hello and then never read a byte. */
    private static Socket stuckDisplay(int port) throws Exception {
        Socket s = new Socket();
        s.setReceiveBufferSize(4096);
        s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        s.setSoTimeout(10_000);
        OutputStream out = s.getOutputStream();
        out.write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        InputStream in = s.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            head.write(in.read());
        }
        assertThat(head.toString(StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 101");
        byte[] payload = "{\"id\":\"1\",\"op\":\"hello\",\"device\":\"board-1\",\"token\":\"d1-secret\"}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] mask = {7, 13, 42, 99};
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x81);
        frame.write(0x80 | payload.length);
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
        return s;
    }

    @Test
    void aDisplayThatDoesNotReadIsDroppedAndTheOthersGoOn() throws Exception {
        try (RunningHall hall = new RunningHall(Halls.test("kioskRate: 1000", "kioskRate: 100000000"),
                Files.createTempDirectory("hallq-slow"), 64 * 1024);
             Socket stuck = stuckDisplay(hall.port);
             WsClient office = hall.hello("office", "m-secret")) {
            List<WsClient> kiosks = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                kiosks.add(hall.hello("kiosk-1", "k1-secret"));
            }
            List<CompletableFuture<Void>> issuing = new ArrayList<>();
            for (WsClient kiosk : kiosks) {
                issuing.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 1500; i++) {
                        kiosk.request("issue", "zone", "legal");
                    }
                }));
            }
            CompletableFuture.allOf(issuing.toArray(CompletableFuture[]::new)).join();
            JsonNode last = office.awaitEvent("queue", e -> e.path("waiting").asInt() == 6000);
            assertThat(last.path("zone").asText()).isEqualTo("legal");

            // the stuck display: whatever was buffered, then the end of the stream, not an endless flow
            InputStream in = stuck.getInputStream();
            byte[] buf = new byte[65536];
            long total = 0;
            int n;
            try {
                while ((n = in.read(buf)) >= 0) {
                    total += n;
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server never dropped the stuck display (read " + total + " bytes)");
            }
            assertThat(total).as("it got some events before it was dropped").isPositive();
            assertThat(total).as("but far from all 12,000").isLessThan(12_000L * 300);
            kiosks.forEach(WsClient::close);
        }
    }
}
