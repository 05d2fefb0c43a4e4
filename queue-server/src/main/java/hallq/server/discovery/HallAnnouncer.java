package hallq.server.discovery;

import hallq.protocol.discovery.HallService;
import hallq.protocol.hall.HallConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Announces the server by mDNS as {@code <hall name>._hallq._tcp.local.} with TXT hall, path and v (section 6). */
public final class HallAnnouncer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HallAnnouncer.class);
    private final JmDNS jmdns;

    private HallAnnouncer(JmDNS jmdns) {
        this.jmdns = jmdns;
    }

    public static HallAnnouncer start(HallConfig hall, InetAddress on, int port) throws IOException {
        JmDNS jmdns = JmDNS.create(on, "hallq-" + hall.hall().id());
        ServiceInfo info = ServiceInfo.create(HallService.TYPE, hall.hall().name(), port, 0, 0,
                Map.of(HallService.HALL, hall.hall().id(), HallService.PATH, "/ws", HallService.VERSION, "1"));
        jmdns.registerService(info);
        log.info("announced '{}' by mDNS on {}:{}", hall.hall().name(), on.getHostAddress(), port);
        return new HallAnnouncer(jmdns);
    }

    /** Says goodbye on the network; JmDNS takes a few seconds for it, so it runs on its own daemon thread. */
    @Override
    public void close() {
        Thread t = new Thread(() -> {
            try {
                jmdns.unregisterAllServices();
                jmdns.close();
            } catch (IOException e) {
                log.debug("mDNS close: {}", e.getMessage());
            }
        }, "mdns-close");
        t.setDaemon(true);
        t.start();
    }
}
