package hallq.protocol.hall;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * The hall file (protocol section 2) as read from YAML, and, with {@link #withoutSecrets()},
 * the {@code hall} object a terminal receives in its hello reply.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HallConfig(
        HallInfo hall,
        Policy policy,
        List<Zone> zones,
        List<Counter> counters,
        List<Clerk> clerks,
        List<Device> devices,
        // cases (issue 18): holidays and 调休 working days for due dates
        HallCalendar calendar,
        // phone: the hall's SMS platform (never sent to terminals)
        SmsPlatform sms,
        // cases (issue 18): the matters (事项) catalogue; not in the hello (too big for every display), see op matters
        List<Matter> matters) {

    public HallConfig {
        policy = policy == null ? Policy.DEFAULT : policy;
        zones = zones == null ? List.of() : List.copyOf(zones);
        counters = counters == null ? List.of() : List.copyOf(counters);
        clerks = clerks == null ? List.of() : List.copyOf(clerks);
        devices = devices == null ? List.of() : List.copyOf(devices);
        calendar = calendar == null ? HallCalendar.NONE : calendar;
        matters = matters == null ? List.of() : List.copyOf(matters);
    }

    public HallConfig(HallInfo hall, Policy policy, List<Zone> zones, List<Counter> counters, List<Clerk> clerks,
                      List<Device> devices, HallCalendar calendar, SmsPlatform sms) {
        this(hall, policy, zones, counters, clerks, devices, calendar, sms, null);
    }

    public HallConfig(HallInfo hall, Policy policy, List<Zone> zones, List<Counter> counters, List<Clerk> clerks,
                      List<Device> devices) {
        this(hall, policy, zones, counters, clerks, devices, null, null, null);
    }

    public HallConfig(HallInfo hall, Policy policy, List<Zone> zones, List<Counter> counters, List<Clerk> clerks,
                      List<Device> devices, HallCalendar calendar) {
        this(hall, policy, zones, counters, clerks, devices, calendar, null, null);
    }

    /** Clerks are optional; when there are none, counters act without logging in. */
    public boolean usesClerkLogin() {
        return !clerks.isEmpty();
    }

    public Optional<Zone> zone(String id) {
        return zones.stream().filter(z -> z.id().equals(id)).findFirst();
    }

    public Optional<Counter> counter(String id) {
        return counters.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Clerk> clerk(String id) {
        return clerks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Device> device(String id) {
        return devices.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The hall file without pins and tokens: what every terminal may see. */
    public HallConfig withoutSecrets() {
        return new HallConfig(hall, policy, zones, counters,
                clerks.stream().map(Clerk::withoutPin).toList(),
                devices.stream().map(Device::withoutToken).toList(), calendar, null, null);
    }

    /** Cases (issue 18): the same hall with its matters replaced (their initials filled in when the file is read). */
    public HallConfig withMatters(List<Matter> matters) {
        return new HallConfig(hall, policy, zones, counters, clerks, devices, calendar, sms, matters);
    }
}
