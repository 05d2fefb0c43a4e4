package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.client.HallClient;
import hallq.protocol.client.ServerAddress;
import hallq.server.queue.Halls;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A client with no server address, over a stand-in for mDNS (the real one is tested in a network namespace by
 * {@code DiscoveryTest} and the pad's {@code PadFindsItsHallTest}): it says it is searching, keeps asking while no
 * hall answers, connects to the hall it was told, and asks again when that address stops answering.
 */
class HallClientSearchTest {

    @Test
    void searchesUntilTheHallAnswersAndAgainWhenItsAddressGoesDead() throws Exception {
        try (RunningHall hall = new RunningHall(Halls.test())) {
            URI dead = URI.create("ws://127.0.0.1:1/ws");
            URI live = URI.create("ws://127.0.0.1:" + hall.port + "/ws");
            AtomicInteger asked = new AtomicInteger();
            List<String> askedFor = new CopyOnWriteArrayList<>();
            HallClient.Lookup lookup = (hallId, timeout) -> {
                askedFor.add(hallId);
                int n = asked.incrementAndGet();
                if (n <= 2) {
                    throw new TimeoutException("no hall answered"); // nobody there yet, twice
                }
                return n == 3 ? dead : live; // first a hall that moved away, then the real one
            };
            LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();
            HallClient client = new HallClient(ServerAddress.discover("test"), "kiosk-1", "k1-secret",
                    new HallClient.Listener() {
                        @Override
                        public void connected(JsonNode hello) {
                            heard.add("connected " + hello.path("hall").path("hall").path("id").asText());
                        }

                        @Override
                        public void event(JsonNode event) {
                        }

                        @Override
                        public void disconnected(String why) {
                        }

                        @Override
                        public void searching(String hallId) {
                            heard.add("searching " + hallId);
                        }
                    }, lookup).start();
            try {
                assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo("searching test");
                String next;
                do {
                    next = heard.poll(60, TimeUnit.SECONDS);
                    assertThat(next).as("connected in time").isNotNull();
                } while (next.startsWith("searching"));
                assertThat(next).isEqualTo("connected test");
                assertThat(asked.get()).as("asked twice in vain, got a dead address, asked again").isEqualTo(4);
                assertThat(askedFor).containsOnly("test");
                assertThat(client.server()).isEqualTo(live);
            } finally {
                client.close();
            }
        }
    }
}
