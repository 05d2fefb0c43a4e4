package hallq.pad.clerk;

import hallq.protocol.hall.Counter;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Zone;
import hallq.protocol.message.Replies.Welcome;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the hello reply tells the pad about its window: which counter it is, the zones it serves (its own
 * first, then those it helps out with), every zone of the hall (transfer targets), and whether clerks log in.
 */
public record CounterSetup(
        String hallName,
        ZoneId hallZone,
        Counter counter,
        List<Zone> zones,
        List<Zone> alsoZones,
        List<Zone> hallZones,
        boolean clerksLogIn) {

    public CounterSetup {
        zones = List.copyOf(zones);
        alsoZones = List.copyOf(alsoZones);
        hallZones = List.copyOf(hallZones);
    }

    /** Reads the hello reply of a counter device; fails when the device is not bound to a known counter. */
    public static CounterSetup fromWelcome(Welcome welcome) {
        HallConfig hall = welcome.hall();
        String counterId = welcome.device() == null ? null : welcome.device().counter();
        Counter counter = counterId == null ? null : hall.counter(counterId).orElse(null);
        if (counter == null) {
            throw new IllegalArgumentException("this device is not bound to a counter of the hall (role "
                    + welcome.role().wire() + ")");
        }
        ZoneId tz = hall.hall() == null || hall.hall().timezone() == null
                ? ZoneId.systemDefault() : ZoneId.of(hall.hall().timezone());
        return new CounterSetup(hall.hall() == null ? "" : hall.hall().name(), tz, counter,
                zones(hall, counter.zones()), zones(hall, counter.alsoZones()), hall.zones(), hall.usesClerkLogin());
    }

    private static List<Zone> zones(HallConfig hall, List<String> ids) {
        List<Zone> out = new ArrayList<>();
        for (String id : ids) {
            hall.zone(id).ifPresent(out::add);
        }
        return out;
    }

    /** This window's zones, its own first. */
    public List<Zone> servedZones() {
        List<Zone> all = new ArrayList<>(zones);
        all.addAll(alsoZones);
        return all;
    }

    public boolean isOwnZone(String zoneId) {
        return zones.stream().anyMatch(z -> z.id().equals(zoneId));
    }

    public Optional<Zone> zone(String id) {
        return hallZones.stream().filter(z -> z.id().equals(id)).findFirst();
    }

    /** Zones a ticket now in {@code fromZone} can be sent to: every other zone of the hall. */
    public List<Zone> transferTargets(String fromZone) {
        return hallZones.stream().filter(z -> !z.id().equals(fromZone)).toList();
    }
}
