package hallq.protocol.discovery;

/** How a queue server announces itself by mDNS (protocol section 6). */
public final class HallService {
    public static final String TYPE = "_hallq._tcp.local.";
    public static final String HALL = "hall";
    public static final String PATH = "path";
    public static final String VERSION = "v";

    private HallService() {
    }
}
