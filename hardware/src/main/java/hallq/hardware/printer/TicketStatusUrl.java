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
     * With the ticket's key (contract section 8) when the server gave one: the ticket's own page,
     * {@code <base>/t/{day}/{number}?k={key}}, which shows its holder the ticket live. Without a key (a server of
     * before keys) the public status as above, the only one that answers without it.
     */
    public static String of(String server, String number, LocalDate day, String key) {
        String base = server.contains("://") ? server : "http://" + server;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String n = URLEncoder.encode(number, StandardCharsets.UTF_8);
        return key == null ? base + "/api/tickets/" + n + "?day=" + day
                : base + "/t/" + day + "/" + n + "?k=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }
}
