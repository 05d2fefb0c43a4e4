package hallq.protocol.matters;

import hallq.protocol.hall.Matter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The hall's matters (事项) by code, and the window's search of them (issue 18): a clerk types a few characters of
 * the name ({@code 不动产}), its pinyin initials ({@code bdc}) or the start of its code. Plain Java, shared by the
 * server (a finish's matter code, the statistics) and the terminals (the pad's search): the same words find the same
 * matters everywhere.
 */
public final class MatterCatalogue {
    public static final MatterCatalogue EMPTY = new MatterCatalogue(List.of());

    private final Map<String, Matter> byCode = new LinkedHashMap<>();

    public MatterCatalogue(Collection<Matter> matters) {
        for (Matter m : matters) {
            byCode.putIfAbsent(m.code(), m);
        }
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }

    public List<Matter> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Matter> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The matters accepted in {@code zone}, in the catalogue's order. */
    public List<Matter> inZone(String zone) {
        return byCode.values().stream().filter(m -> m.zone().equals(zone)).toList();
    }

    /** The matter's name, or its code when the catalogue does not know it (a hall without a catalogue). */
    public String nameOf(String code) {
        return byCode(code).map(Matter::name).orElse(code);
    }

    /**
     * The matters {@code query} finds, best first, at most {@code limit}; among {@code zones} only, unless that is
     * empty. The query's white space is ignored. A match of the name's characters, of the initials, of the code:
     * earlier in the name is better (a name that starts with the query first), then the catalogue's order. An empty
     * query finds nothing.
     */
    public List<Matter> search(String query, Collection<String> zones, int limit) {
        String q = query == null ? "" : query.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        int order = 0;
        for (Matter m : byCode.values()) {
            order++;
            if (!zones.isEmpty() && !zones.contains(m.zone())) {
                continue;
            }
            int at = position(m, q);
            if (at >= 0) {
                hits.add(new Hit(m, at, order));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::at).thenComparingInt(Hit::order));
        return hits.stream().limit(limit).map(Hit::matter).toList();
    }

    /** Where {@code q} matches in the matter (0 is its start), or -1. */
    private static int position(Matter m, String q) {
        int best = -1;
        for (String s : new String[] {m.name(), m.initials(), m.code().toLowerCase(Locale.ROOT)}) {
            if (s == null) {
                continue;
            }
            int at = s.indexOf(q);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    private record Hit(Matter matter, int at, int order) {
    }
}
