package hallq.protocol.hall;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The {@code hall:} block: identity, time zone of the business day, opening hours, and the web origins besides the
 * server's own whose pages may open its WebSocket ({@code allowedOrigins}, e.g. {@code http://portal.example:8080};
 * protocol section 7), and the address citizens' phones reach the server at ({@code publicUrl}, through the hall's
 * reverse proxy, e.g. {@code https://zwfw.example.gov.cn/hallq}; protocol section 8: the ticket's QR code points there)
 * and that proxy's own addresses ({@code proxies}, IP literals): from these the citizen's address is the last one the
 * proxy put in {@code X-Forwarded-For}, so that a cap per citizen's address does not count the proxy as one citizen.
 * {@code pickupZone}: the zone of pickup tickets (综合出件), contract section 10; optional.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HallInfo(String id, String name, String nameEn, String timezone, List<String> hours,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> allowedOrigins,
                       String publicUrl,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> proxies,
                       String pickupZone) {
    public HallInfo {
        hours = hours == null ? List.of() : List.copyOf(hours);
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        proxies = proxies == null ? List.of() : List.copyOf(proxies);
    }

    public HallInfo(String id, String name, String nameEn, String timezone, List<String> hours) {
        this(id, name, nameEn, timezone, hours, List.of());
    }

    public HallInfo(String id, String name, String nameEn, String timezone, List<String> hours,
                    List<String> allowedOrigins) {
        this(id, name, nameEn, timezone, hours, allowedOrigins, null, List.of(), null);
    }

    public HallInfo(String id, String name, String nameEn, String timezone, List<String> hours,
                    List<String> allowedOrigins, String publicUrl) {
        this(id, name, nameEn, timezone, hours, allowedOrigins, publicUrl, List.of(), null);
    }
}
