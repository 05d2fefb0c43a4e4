package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.server.engine.HallEngine;
import hallq.server.followup.FollowUpStore;
import hallq.server.queue.Halls;
import hallq.server.store.JournaledStore;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Events go out as Netty's own frames, through the WebSocket encoder and whatever extension the pipeline holds:
 * with permessage-deflate offered and negotiated, a display's events arrive deflated (RSV1 set) and inflate to the
 * very text a display without the extension gets. Frames written by hand past the encoder would arrive as they
 * were made, RSV1 clear. Netty's leak detector watches it all at PARANOID level.
 */
class EventFramesTest {

    /** The server as {@code Main.start} makes it, offering permessage-deflate. */
    private static HallServer deflatingHall(Path data) throws Exception {
        JournaledStore store = JournaledStore.open(data);
        try {
            FollowUpStore followUps = new FollowUpStore(store.database().connection());
            HallEngine engine = new HallEngine(Halls.test(), store, Clock.systemUTC()).start();
            HallServer server = new HallServer(engine, store, followUps).offerDeflate();
            server.start("127.0.0.1", 0);
            return server;
        } catch (Exception e) {
            store.close();
            throw e;
        }
    }

    private static final String HELLO = "{\"id\":\"hello-1\",\"op\":\"hello\",\"device\":\"board-1\",\"token\":\"d1-secret\"}";

    @Test
    void eventsPassTheEncoderAndTheDeflateExtensionAndNothingLeaks() throws Exception {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try (LeakCheck leaks = LeakCheck.start()) {
            HallServer server = deflatingHall(Files.createTempDirectory("hallq-test"));
            List<NettyWsClient.Message> deflatedGot = new ArrayList<>();
            List<NettyWsClient.Message> plainGot = new ArrayList<>();
            try (NettyWsClient deflated = NettyWsClient.connect(group, server.address().getPort(), true);
                 NettyWsClient plain = NettyWsClient.connect(group, server.address().getPort(), false)) {
                assertThat(deflated.extensions()).as("negotiated").startsWith("permessage-deflate");
                assertThat(plain.extensions()).as("not asked for, not given").isEmpty();
                deflated.send(HELLO);
                plain.send(HELLO);
                deflatedGot.add(deflated.await("\"re\":\"hello-1\"", new ArrayList<>()));
                plainGot.add(plain.await("\"re\":\"hello-1\"", new ArrayList<>()));

                int port = server.address().getPort();
                try (WsClient kiosk = WsClient.hello(port, "kiosk-1", "k1-secret");
                     WsClient pad = WsClient.hello(port, "pad-1", "p1-secret")) {
                    for (int i = 0; i < 3; i++) {
                        assertThat(kiosk.request("issue", "zone", "legal").path("ok").asBoolean()).isTrue();
                    }
                    assertThat(pad.request("login", "clerk", "1001", "pin", "4821").path("ok").asBoolean()).isTrue();
                    assertThat(pad.request("call-next").path("ok").asBoolean()).isTrue();
                }
                // every event up to the call, in order: tickets, queues, the counter's login, the call
                deflatedGot.add(deflated.await("\"event\":\"called\"", deflatedGot));
                plainGot.add(plain.await("\"event\":\"called\"", plainGot));
            } finally {
                server.close();
            }

            assertThat(deflatedGot).as("one message each").hasSameSizeAs(plainGot);
            assertThat(deflatedGot.stream().filter(m -> m.text().startsWith("{\"event\":")).count())
                    .as("events").isGreaterThanOrEqualTo(8);
            long wire = 0;
            long text = 0;
            for (int i = 0; i < deflatedGot.size(); i++) {
                NettyWsClient.Message d = deflatedGot.get(i);
                NettyWsClient.Message p = plainGot.get(i);
                assertThat(d.text()).as("message %d, inflated", i).isEqualTo(p.text());
                assertThat(d.deflated()).as("message %d deflated on the wire: %s", i, d.text()).isTrue();
                assertThat(p.deflated()).as("message %d to the display without the extension", i).isFalse();
                wire += d.wireBytes();
                text += p.wireBytes();
            }
            System.out.printf("EventFramesTest: %d messages, %d bytes of JSON, %d deflated on the wire%n",
                    deflatedGot.size(), text, wire);
            assertThat(leaks.leaks()).as("Netty's leak reports").isEmpty();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }
}
