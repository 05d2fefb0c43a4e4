package hallq.protocol.hall;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    /** Every zone this window takes tickets from: its own, then the ones it helps with. */
    public Set<String> allZones() {
        Set<String> all = new LinkedHashSet<>(zones);
        all.addAll(alsoZones);
        return all;
    }
}
