package hallq.hardware.printer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Builds the status link printed as the ticket's QR code. */
public final class TicketStatusUrl {

    private TicketStatusUrl() {
    }

    /**
     * @param server "host:port" or a base URL such as "http://10.0.0.2:8080"
     * @return {@code http://<server>/api/tickets/{number}?day=YYYY-MM-DD}
     */
    public static String of(String server, String number, LocalDate day) {
        return of(server, number, day, null);
    }

    /**
     * As above, with the ticket's key (contract section 8) when the server gave one: {@code ...&k=KEY}, so that the
     * holder of the paper reads the whole ticket, where anybody else reads only its place in the queue.
     */
    public static String of(String server, String number, LocalDate day, String key) {
        String base = server.contains("://") ? server : "http://" + server;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/api/tickets/" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "?day=" + day
                + (key == null ? "" : "&k=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
    }
}
