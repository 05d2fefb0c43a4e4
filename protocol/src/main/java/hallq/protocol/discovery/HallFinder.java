package hallq.protocol.discovery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceEvent;
import javax.jmdns.ServiceInfo;
import javax.jmdns.ServiceListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a queue server on the LAN by mDNS: a terminal started without a server address waits here until one
 * answers. With a hall id it waits for that hall; without one it takes the first hall that answers. The JmDNS
 * callbacks only record what they hear (blocking inside them makes JmDNS storm); the first resolved event can
 * come with an empty TXT record, so only a resolution that names its hall counts.
 */
public final class HallFinder implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HallFinder.class);

    /** A hall that answered: its id and the WebSocket address to connect to. */
    public record Found(String hallId, URI uri) {
    }

    private final JmDNS jmdns;
    private final String wantedHall;
    private final Map<String, Found> heard = new ConcurrentHashMap<>();
    private final CompletableFuture<Found> result = new CompletableFuture<>();
    private final ScheduledExecutorService asker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hallq-finder");
        t.setDaemon(true);
        return t;
    });

    private HallFinder(InetAddress on, String wantedHall) throws IOException {
        this.wantedHall = wantedHall;
        this.jmdns = JmDNS.create(on, "hallq-terminal");
        jmdns.addServiceListener(HallService.TYPE, new ServiceListener() {
            @Override
            public void serviceAdded(ServiceEvent e) {
                // ask for the details off the callback thread
                asker.execute(() -> jmdns.requestServiceInfo(e.getType(), e.getName(), 1000));
            }

            @Override
            public void serviceRemoved(ServiceEvent e) {
                heard.remove(e.getName());
            }

            @Override
            public void serviceResolved(ServiceEvent e) {
                heard(e.getName(), e.getInfo());
            }
        });
    }

    private void heard(String name, ServiceInfo info) {
        String hall = info == null ? null : info.getPropertyString(HallService.HALL);
        if (hall == null || hall.isEmpty() || info.getInet4Addresses().length == 0) {
            return; // an early resolution without TXT or address: a complete one follows
        }
        String path = info.getPropertyString(HallService.PATH);
        URI uri = URI.create("ws://" + info.getInet4Addresses()[0].getHostAddress() + ":" + info.getPort()
                + (path == null || path.isEmpty() ? "/ws" : path));
        Found f = new Found(hall, uri);
        heard.put(name, f);
        if (wantedHall == null || wantedHall.equals(hall)) {
            result.complete(f);
        }
    }

    /**
     * Waits up to {@code timeout} for a hall ({@code hallId}, or any when null), listening on {@code on} (see
     * {@link LanAddress#pick()}).
     */
    public static Found find(InetAddress on, String hallId, Duration timeout)
            throws IOException, TimeoutException, InterruptedException {
        try (HallFinder finder = new HallFinder(on, hallId)) {
            return finder.result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    @Override
    public void close() {
        asker.shutdownNow();
        // JmDNS takes seconds to say goodbye; a terminal that found its server should not wait for that
        Thread closer = new Thread(() -> {
            try {
                jmdns.close();
            } catch (IOException e) {
                log.debug("mDNS close: {}", e.getMessage());
            }
        }, "hallq-finder-close");
        closer.setDaemon(true);
        closer.start();
    }
}
