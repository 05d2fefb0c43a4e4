package hallq.protocol.hall;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A window: {@code zones} are served first, {@code alsoZones} only when nobody waits in those. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Counter(String id, String name, String nameEn, List<String> zones, List<String> alsoZones) {
    public Counter {
        zones = zones == null ? List.of() : List.copyOf(zones);
        alsoZones = alsoZones == null ? List.of() : List.copyOf(alsoZones);
    }

    public boolean serves(String zone) {
        return zones.contains(zone) || alsoZones.contains(zone);
    }
}
