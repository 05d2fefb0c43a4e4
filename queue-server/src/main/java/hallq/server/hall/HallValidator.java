package hallq.server.hall;

import hallq.protocol.hall.Clerk;
import hallq.protocol.hall.Counter;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Policy;
import hallq.protocol.hall.Role;
import hallq.protocol.hall.Zone;
import hallq.server.queue.OpeningHours;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a hall file must meet before a hall starts; the first broken one is reported. */
final class HallValidator {
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    /** An IPv4 or IPv6 address written out (never a host name: that would need a lookup at every request). */
    private static final Pattern IP_LITERAL = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])|[0-9a-fA-F:]*:[0-9a-fA-F:.]*");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,3}");
    /**
     * The longest texts a hall file may hold, so that every one fits its database column (ids VARCHAR(64)) and the
     * wire's limits (contract section 7): a hall that starts can store whatever it does.
     */
    static final int MAX_ID = 64;
    static final int MAX_NAME = 100;
    /** A ticket number is its prefix and up to 5 digits, in VARCHAR(16); the pattern above is stricter still. */
    static final int MAX_PREFIX = 4;
    static final int MAX_PIN = 64;
    static final int MAX_TOKEN = 200;

    private HallValidator() {
    }

    static void validate(HallConfig h) {
        require(h.hall() != null, "missing 'hall:' block");
        lengths(h); // first: later messages quote ids, which are short by then
        require(h.hall().id() != null && ID.matcher(h.hall().id()).matches(), "hall id must match [a-z0-9-]+");
        require(notBlank(h.hall().name()), "hall has no name");
        require(h.hall().timezone() != null, "hall has no timezone (e.g. Asia/Shanghai)");
        try {
            ZoneId.of(h.hall().timezone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown timezone '" + h.hall().timezone() + "'");
        }
        OpeningHours.parse(h.hall().hours());
        publicUrl(h.hall().publicUrl());
        for (String proxy : h.hall().proxies()) {
            require(proxy != null && proxy.length() <= 45 && IP_LITERAL.matcher(proxy).matches(),
                    "hall.proxies holds an entry that is not an IP address");
        }
        policy(h.policy());
        zones(h.zones());
        counters(h);
        clerks(h.clerks());
        devices(h);
        cases(h);
        bookings(h); // bookings (contract section 9)
        sms(h.sms()); // phone
        Matters.validate(h); // cases2 (issue 18): the matters catalogue
    }

    /** Cases (issue 18): the calendar reads, the pickup zone is one of the hall's. */
    private static void cases(HallConfig h) {
        hallq.protocol.calendar.WorkingDays.of(h.calendar());
        String pickup = h.hall().pickupZone();
        require(pickup == null || h.zone(pickup).isPresent(), "hall.pickupZone names unknown zone '" + pickup + "'");
    }

    /** The {@code sms:} block (phone): where the hall's SMS platform takes its messages. */
    private static void sms(hallq.protocol.hall.SmsPlatform sms) {
        if (sms == null) {
            return;
        }
        require(sms.url() != null, "sms has no url");
        atMost("sms.url", sms.url(), MAX_PUBLIC_URL);
        atMost("sms.token", sms.token(), MAX_TOKEN);
        java.net.URI u;
        try {
            u = new java.net.URI(sms.url());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("sms.url is not a URL");
        }
        require(u.getScheme() != null && (u.getScheme().equalsIgnoreCase("http")
                || u.getScheme().equalsIgnoreCase("https")) && u.getHost() != null,
                "sms.url must be an http:// or https:// address with a host");
        require(sms.timeoutMs() >= 100 && sms.timeoutMs() <= 60_000, "sms.timeoutMs must be from 100 to 60000");
        require(sms.format().equals("form") || sms.format().equals("json"), "sms.format must be form or json");
        require(sms.queue() >= 1 && sms.queue() <= 100_000, "sms.queue must be from 1 to 100000");
    }

    /** Every text within its limit; the problem names the field by its path, e.g. {@code zones[2].name}. */
    private static void lengths(HallConfig h) {
        atMost("hall.id", h.hall().id(), MAX_ID);
        atMost("hall.name", h.hall().name(), MAX_NAME);
        atMost("hall.nameEn", h.hall().nameEn(), MAX_NAME);
        for (int i = 0; i < h.zones().size(); i++) {
            Zone z = h.zones().get(i);
            String at = "zones[" + i + "].";
            atMost(at + "id", z.id(), MAX_ID);
            atMost(at + "name", z.name(), MAX_NAME);
            atMost(at + "nameEn", z.nameEn(), MAX_NAME);
            atMost(at + "prefix", z.prefix(), MAX_PREFIX);
            atMost(at + "greenPrefix", z.greenPrefix(), MAX_PREFIX);
        }
        for (int i = 0; i < h.counters().size(); i++) {
            Counter c = h.counters().get(i);
            String at = "counters[" + i + "].";
            atMost(at + "id", c.id(), MAX_ID);
            atMost(at + "name", c.name(), MAX_NAME);
            atMost(at + "nameEn", c.nameEn(), MAX_NAME);
        }
        for (int i = 0; i < h.clerks().size(); i++) {
            Clerk c = h.clerks().get(i);
            String at = "clerks[" + i + "].";
            atMost(at + "id", c.id(), MAX_ID);
            atMost(at + "name", c.name(), MAX_NAME);
            atMost(at + "pin", c.pin(), MAX_PIN);
        }
        for (int i = 0; i < h.devices().size(); i++) {
            Device d = h.devices().get(i);
            String at = "devices[" + i + "].";
            atMost(at + "id", d.id(), MAX_ID);
            atMost(at + "token", d.token(), MAX_TOKEN);
        }
    }

    /** The longest {@code hall.publicUrl}: the QR code's link is it and some 60 characters more. */
    static final int MAX_PUBLIC_URL = 200;

    /**
     * {@code hall.publicUrl} (contract section 8): an absolute http or https address with a host, and no query or
     * fragment, since the ticket's path and key are put after it.
     */
    private static void publicUrl(String url) {
        if (url == null) {
            return;
        }
        atMost("hall.publicUrl", url, MAX_PUBLIC_URL);
        java.net.URI u;
        try {
            u = new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("hall.publicUrl is not a URL");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
        require(scheme.equals("http") || scheme.equals("https"),
                "hall.publicUrl must start with http:// or https://");
        require(u.getHost() != null && !u.getHost().isEmpty(), "hall.publicUrl has no host");
        require(u.getRawQuery() == null && u.getRawFragment() == null,
                "hall.publicUrl must have no query (?) or fragment (#)");
    }

    private static void atMost(String field, String value, int max) {
        require(value == null || value.length() <= max, field + " is longer than " + max + " characters");
    }

    private static void policy(Policy p) {
        require(p.greenBurst() >= 1, "policy greenBurst must be at least 1");
        require(p.requeueGap() >= 0, "policy requeueGap must not be negative");
        require(p.perPersonDaily() >= 1, "policy perPersonDaily must be at least 1");
        require(p.greenAge() >= 0 && p.greenAge() <= 150, "policy greenAge must be an age (0-150)");
        require(p.kioskRate() >= 1, "policy kioskRate must be at least 1");
        require(p.defaultServiceSec() >= 1, "policy defaultServiceSec must be at least 1");
        require(p.waitAmberMin() >= 1, "policy waitAmberMin must be at least 1");
        require(p.waitRedMin() > p.waitAmberMin(), "policy waitRedMin must be more than waitAmberMin");
        require(p.notifyAhead() >= 0 && p.notifyAhead() <= 100, "policy notifyAhead must be from 0 to 100");
        // rating (issue 20): the 差评 closed loop's deadline
        require(p.rectifyDays() >= 1 && p.rectifyDays() <= 60, "policy rectifyDays must be from 1 to 60 working days");
        for (int w : new int[] {p.weightSatisfaction(), p.weightServed(), p.weightRectify(), p.weightAttendance()}) {
            require(w >= 0 && w <= 100, "policy weightSatisfaction, weightServed, weightRectify and weightAttendance "
                    + "must be from 0 to 100");
        }
        require(p.weightSatisfaction() + p.weightServed() + p.weightRectify() + p.weightAttendance() > 0,
                "policy's appraisal weights must not all be 0");
    }

    private static void zones(List<Zone> zones) {
        require(!zones.isEmpty(), "the hall has no zones");
        Set<String> ids = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (Zone z : zones) {
            require(z.id() != null && ID.matcher(z.id()).matches(), "zone id '" + z.id() + "' must match [a-z0-9-]+");
            require(ids.add(z.id()), "duplicate zone id '" + z.id() + "'");
            require(notBlank(z.name()), "zone '" + z.id() + "' has no name");
            for (String p : new String[] {z.prefix(), z.greenPrefix()}) {
                require(p != null && PREFIX.matcher(p).matches(),
                        "zone '" + z.id() + "' prefix '" + p + "' must be 1-3 capital letters");
                require(prefixes.add(p), "duplicate prefix '" + p + "' (zone '" + z.id() + "')");
            }
            require(z.dailyCap() == null || z.dailyCap() >= 1, "zone '" + z.id() + "' dailyCap must be at least 1");
        }
    }

    private static void counters(HallConfig h) {
        Set<String> ids = new HashSet<>();
        for (Counter c : h.counters()) {
            require(notBlank(c.id()), "a counter has no id");
            require(ids.add(c.id()), "duplicate counter id '" + c.id() + "'");
            require(notBlank(c.name()), "counter '" + c.id() + "' has no name");
            require(!c.zones().isEmpty(), "counter '" + c.id() + "' serves no zones");
            for (String z : concat(c.zones(), c.alsoZones())) {
                require(h.zone(z).isPresent(), "counter '" + c.id() + "' names unknown zone '" + z + "'");
            }
            for (String z : c.alsoZones()) {
                require(!c.zones().contains(z), "counter '" + c.id() + "' has zone '" + z + "' in zones and alsoZones");
            }
        }
    }

    private static void clerks(List<Clerk> clerks) {
        Set<String> ids = new HashSet<>();
        for (Clerk c : clerks) {
            require(notBlank(c.id()), "a clerk has no id");
            require(ids.add(c.id()), "duplicate clerk id '" + c.id() + "'");
            require(notBlank(c.name()), "clerk '" + c.id() + "' has no name");
            require(notBlank(c.pin()), "clerk '" + c.id() + "' has no pin");
        }
    }

    private static void devices(HallConfig h) {
        Set<String> ids = new HashSet<>();
        Set<String> tokens = new HashSet<>();
        for (Device d : h.devices()) {
            require(notBlank(d.id()), "a device has no id");
            require(ids.add(d.id()), "duplicate device id '" + d.id() + "'");
            require(d.role() != null, "device '" + d.id() + "' has no role");
            require(notBlank(d.token()), "device '" + d.id() + "' has no token");
            require(d.token().length() >= 8, "device '" + d.id() + "' token is shorter than 8 characters");
            require(tokens.add(d.token()), "device '" + d.id() + "' shares its token with another device");
            if (d.role() == Role.COUNTER) {
                require(d.counter() != null, "counter device '" + d.id() + "' names no counter");
                require(h.counter(d.counter()).isPresent(),
                        "device '" + d.id() + "' points to unknown counter '" + d.counter() + "'");
            } else {
                require(d.counter() == null, "device '" + d.id() + "' is a " + d.role().wire() + ", not a counter pad");
            }
            for (String z : d.zones()) {
                require(h.zone(z).isPresent(), "device '" + d.id() + "' names unknown zone '" + z + "'");
            }
        }
    }

    // ---- bookings (contract section 9) ----

    static final int MAX_SLOTS = 48;

    private static void bookings(HallConfig h) {
        Policy p = h.policy();
        require(p.bookingNoShows() >= 1, "policy bookingNoShows must be at least 1");
        require(p.bookingBlockDays() >= 1 && p.bookingBlockDays() <= 365, "policy bookingBlockDays must be 1-365");
        require(p.checkInEarlyMin() >= 0 && p.checkInEarlyMin() <= 240, "policy checkInEarlyMin must be 0-240");
        require(p.checkInLateMin() >= 0 && p.checkInLateMin() <= 240, "policy checkInLateMin must be 0-240");
        OpeningHours hours = OpeningHours.parse(h.hall().hours());
        for (Zone z : h.zones()) {
            if (!z.takesBookings()) {
                continue;
            }
            String at = "zone '" + z.id() + "' booking: ";
            hallq.protocol.hall.Booking b = z.booking();
            require(b.perSlot() >= 1 && b.perSlot() <= 1000, at + "perSlot must be 1-1000");
            require(b.daysAhead() >= 0 && b.daysAhead() <= 90, at + "daysAhead must be 0-90");
            require(!b.allSlots().isEmpty(), at + "no slots");
            require(b.allSlots().size() <= MAX_SLOTS, at + "more than " + MAX_SLOTS + " slots");
            List<hallq.server.booking.Slot> slots;
            try {
                slots = hallq.server.booking.Bookings.slotsOf(z);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + e.getMessage());
            }
            for (int i = 0; i < slots.size(); i++) {
                hallq.server.booking.Slot s = slots.get(i);
                for (int j = 0; j < i; j++) {
                    hallq.server.booking.Slot o = slots.get(j);
                    require(!(s.from().isBefore(o.to()) && o.from().isBefore(s.to())),
                            at + "slot " + s.text() + " overlaps slot " + o.text());
                }
                if (!hours.ranges().isEmpty()) {
                    boolean inside = hours.ranges().stream()
                            .anyMatch(r -> !s.from().isBefore(r.from()) && !s.to().isAfter(r.to()));
                    boolean outside = hours.ranges().stream()
                            .noneMatch(r -> s.from().isBefore(r.to()) && r.from().isBefore(s.to()));
                    require(s.extra() ? outside : inside, at + (s.extra()
                            ? "extra session " + s.text() + " is not outside the hall's hours (延时 sessions are)"
                            : "slot " + s.text() + " is not inside the hall's hours (put it in extraSessions)"));
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem);
        }
    }
}
