package hallq.soak;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The end of the day: what the server stored against what the terminals were told. */
final class SoakChecks {
    /** One check: its name, whether it held, and what was compared. */
    record Check(String name, boolean passed, String detail) {
    }

    private SoakChecks() {
    }

    /** Every acknowledged ticket is among the stored rows (the CSV's day and number columns). */
    static Check everyTicketStored(Ledger ledger, String csv) {
        Set<String> stored = new HashSet<>();
        String[] lines = csv.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", 3);
            if (f.length >= 2) {
                stored.add(f[0] + "/" + f[1]);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String t : ledger.issued) {
            if (!stored.contains(t)) {
                missing.add(t);
            }
        }
        return new Check("every acknowledged ticket stored", missing.isEmpty() && !ledger.issued.isEmpty(),
                ledger.issued.size() + " acknowledged, " + stored.size() + " stored"
                        + (missing.isEmpty() ? "" : ", missing " + missing.subList(0, Math.min(10, missing.size()))));
    }

    static Check noTicketCalledTwice(Ledger ledger) {
        List<String> twice = ledger.problems().stream().filter(p -> p.contains("called")).toList();
        return new Check("no ticket called by two counters", twice.isEmpty(),
                ledger.calls() + " calls" + (twice.isEmpty() ? "" : ": " + twice));
    }

    static Check displaysEqualSnapshot(List<SimDisplay> displays, String server) {
        List<String> differ = new ArrayList<>();
        for (SimDisplay d : displays) {
            if (!d.shown().equals(server)) {
                differ.add(d.device + " shows " + d.shown());
            }
        }
        return new Check("every display's last state equals the server's snapshot", differ.isEmpty(),
                (displays.size() - differ.size()) + "/" + displays.size() + " equal"
                        + (differ.isEmpty() ? "" : "; server " + server + "; " + differ));
    }

    /** The manager's totals equal the soak's own counts of acknowledged replies. */
    static Check statsEqualCounts(Ledger ledger, JsonNode stats) {
        Map<String, String> diff = new TreeMap<>();
        compare(diff, "issued", ledger.issued.size(), stats.path("totals").path("issued").asInt());
        compare(diff, "served", ledger.served.get(), stats.path("totals").path("served").asInt());
        compare(diff, "noShow", ledger.noShows.get(), stats.path("totals").path("noShow").asInt());
        compare(diff, "transferred", 0, stats.path("totals").path("transferred").asInt());
        for (int level = 1; level <= 5; level++) {
            compare(diff, "rating " + level, ledger.ratings.get(level), stats.path("ratings").path(String.valueOf(level)).asInt());
        }
        for (String o : List.of("done", "accepted", "incomplete", "rejected", "consult")) {
            compare(diff, o, ledger.outcomes().getOrDefault(o, 0), stats.path("outcomes").path(o).asInt());
        }
        return new Check("stats totals equal the simulation's counts", diff.isEmpty(),
                "issued " + ledger.issued.size() + ", served " + ledger.served.get() + ", no-show " + ledger.noShows.get()
                        + ", outcomes " + ledger.outcomes() + ", rated " + ledger.rated()
                        + (diff.isEmpty() ? "" : "; differ (soak/server): " + diff));
    }


    private static void compare(Map<String, String> diff, String name, int soak, int server) {
        if (soak != server) {
            diff.put(name, soak + "/" + server);
        }
    }
}
