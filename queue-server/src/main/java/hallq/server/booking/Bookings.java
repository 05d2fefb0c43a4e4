package hallq.server.booking;

import hallq.protocol.ErrorCode;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Policy;
import hallq.protocol.hall.Zone;
import hallq.server.notify.PhoneNumbers;
import hallq.server.queue.HallException;
import hallq.server.queue.TicketKey;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The booking rules of one hall (contract section 9), plain Java over an injected clock, owned by the hall thread
 * like the queue: slots and their free places, how far ahead and how late one may book, one booking per person per
 * zone per day (by the salted hash of the ID number), no-shows after the slot's end plus {@code checkInLateMin},
 * blocking after {@code bookingNoShows} of them, cancellation by the holder's key, and the check-in window. Every
 * operation checks everything before it changes anything; a refusal is a {@link HallException} and changes nothing.
 * What changed is handed over by {@link #takeChanges} to be written with the batch.
 */
public final class Bookings {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A booking code: 8 digits, so that an elderly citizen can type it on the kiosk's number pad. */
    static final int CODE_DIGITS = 8;

    private final Map<String, ZoneSlots> zones = new LinkedHashMap<>();
    private final Policy policy;
    private final Clock clock;
    private final ZoneId zoneId;
    /** The bookings still of interest: today's and later ones, and the recent no-shows that may block a person. */
    private final Map<String, BookingRecord> byCode = new HashMap<>();
    private final Map<String, BookingRecord> changes = new LinkedHashMap<>();
    /** The earliest check-in deadline among booked bookings: before it, no booking can have become a no-show. */
    private Instant nextDeadline = Instant.MAX;
    private LocalDate prunedOn;

    /** A zone's slots as its hall file gives them. */
    private record ZoneSlots(Zone zone, List<Slot> slots, int perSlot, int daysAhead) {
        Optional<Slot> slot(String text) {
            return slots.stream().filter(s -> s.text().equals(text)).findFirst();
        }
    }

    public Bookings(HallConfig hall, Clock clock, List<BookingRecord> restored) {
        this.policy = hall.policy();
        this.clock = clock;
        this.zoneId = ZoneId.of(hall.hall().timezone());
        for (Zone z : hall.zones()) {
            if (z.takesBookings()) {
                zones.put(z.id(), new ZoneSlots(z, slotsOf(z), z.booking().perSlot(), z.booking().daysAhead()));
            }
        }
        for (BookingRecord b : restored) {
            byCode.put(b.code(), b);
            if (b.state() == BookingState.BOOKED) {
                nextDeadline = min(nextDeadline, deadline(b));
            }
        }
    }

    /** A zone's slots, ordinary then 延时, from its booking block; IllegalArgumentException for a bad one. */
    public static List<Slot> slotsOf(Zone z) {
        List<Slot> slots = new ArrayList<>();
        for (String s : z.booking().slots()) {
            slots.add(Slot.parse(s, false));
        }
        for (String s : z.booking().extraSessions()) {
            slots.add(Slot.parse(s, true));
        }
        return slots;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** The slots of {@code zone} on {@code day} with their free places. */
    public List<SlotPlaces> slots(String zone, LocalDate day) {
        ZoneSlots zs = zoneSlots(zone);
        inRange(zs, day);
        List<SlotPlaces> out = new ArrayList<>();
        for (Slot s : zs.slots()) {
            int taken = taken(zone, day, s.text());
            out.add(new SlotPlaces(s.text(), zs.perSlot(), past(day, s) ? 0 : Math.max(0, zs.perSlot() - taken),
                    s.extra()));
        }
        return out;
    }

    /** The booking with this code, for the holder of its key. */
    public BookingRecord show(String code, String key) {
        BookingRecord b = known(code);
        if (!keyMatches(b, key)) {
            throw new HallException(ErrorCode.FORBIDDEN, "BAD_KEY", "that is not this booking's key");
        }
        return b;
    }

    public Optional<BookingRecord> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** When the booking's slot starts: from then its ticket goes before the walk-ins of its zone. */
    public Instant slotStart(BookingRecord b) {
        return b.day().atTime(slot(b).from()).atZone(zoneId).toInstant();
    }

    /** Whether the booking is for a 延时 session (served while the hall is closed to walk-ins). */
    public boolean isExtra(BookingRecord b) {
        return slot(b).extra();
    }

    /** Every booking of a day still held (booked, checked in, no-show, cancelled), for the dashboard and the SMS. */
    public List<BookingRecord> ofDay(LocalDate day) {
        return byCode.values().stream().filter(b -> b.day().equals(day))
                .sorted(Comparator.comparing(BookingRecord::slot).thenComparing(BookingRecord::code)).toList();
    }

    // ---- booking and cancelling ---------------------------------------------------------------------------

    /** Books a place; {@code idHash} is the salted hash of a checked ID number, {@code phone} optional. */
    public BookingRecord book(String zone, LocalDate day, String slotText, String idHash, String phone) {
        ZoneSlots zs = zoneSlots(zone);
        Slot slot = zs.slot(slotText).orElseThrow(() -> new HallException(ErrorCode.NOT_FOUND, "UNKNOWN_SLOT",
                "no slot " + clip(slotText) + " in " + zs.zone().name()));
        inRange(zs, day);
        if (past(day, slot)) {
            throw new HallException(ErrorCode.CONFLICT, "SLOT_PAST", "the slot " + slot.text() + " on " + day
                    + " is over");
        }
        if (phone != null && !PhoneNumbers.valid(phone)) {
            throw new HallException(ErrorCode.BAD_REQUEST, "PHONE", "a phone number is a mainland mobile number "
                    + "of 11 digits, such as 13812345678");
        }
        LocalDate today = today();
        LocalDate blockedUntil = blockedUntil(idHash, today);
        if (blockedUntil != null) {
            throw new HallException(ErrorCode.CONFLICT, "BOOKING_BLOCKED", policy.bookingNoShows()
                    + " booked visits were missed: booking is possible again from " + blockedUntil);
        }
        boolean already = byCode.values().stream().anyMatch(b -> b.idHash().equals(idHash) && b.zone().equals(zone)
                && b.day().equals(day) && b.state().holdsPlace());
        if (already) {
            throw new HallException(ErrorCode.CONFLICT, "ALREADY_BOOKED", "this ID number has a booking in "
                    + zs.zone().name() + " on " + day + " already (one a day)");
        }
        if (taken(zone, day, slot.text()) >= zs.perSlot()) {
            throw new HallException(ErrorCode.CONFLICT, "SLOT_FULL", "the slot " + slot.text() + " on " + day
                    + " is full: please choose another");
        }
        Instant now = clock.instant();
        long[] k = TicketKey.fresh();
        BookingRecord b = new BookingRecord(freshCode(), TicketKey.text(k[0], k[1]), zone, day, slot.text(), idHash,
                phone, BookingState.BOOKED, now, now, null);
        put(b);
        nextDeadline = min(nextDeadline, deadline(b));
        return b;
    }

    /** Cancels a booking for the holder of its key: its place is free again. */
    public BookingRecord cancel(String code, String key) {
        BookingRecord b = show(code, key);
        if (b.state() != BookingState.BOOKED) {
            throw new HallException(ErrorCode.CONFLICT, "NOT_BOOKED", "this booking is " + b.state().wire()
                    + " and can no longer be cancelled");
        }
        BookingRecord c = b.to(BookingState.CANCELLED, clock.instant(), null);
        put(c);
        return c;
    }

    // ---- check-in -----------------------------------------------------------------------------------------

    /** The booking with this code, when it may be checked in now; else the refusal in plain words. */
    public BookingRecord arrival(String code) {
        BookingRecord b = known(code);
        Instant now = clock.instant();
        switch (b.state()) {
            case CHECKED_IN -> throw new HallException(ErrorCode.CONFLICT, "CHECKED_IN",
                    "this booking has been checked in already: ticket " + b.ticket());
            case CANCELLED -> throw new HallException(ErrorCode.CONFLICT, "CANCELLED", "this booking was cancelled");
            case NO_SHOW -> throw tooLate(b);
            case BOOKED -> { }
        }
        if (now.isBefore(opens(b))) {
            throw tooEarly(b);
        }
        if (now.isAfter(deadline(b))) {
            throw tooLate(b);
        }
        return b;
    }

    /**
     * The booking of today that this person may check in now (the earliest slot when several are open); else why
     * not: too early for the next, too late for a missed one, or NOT_FOUND when the person has none today.
     */
    public BookingRecord arrivalOf(String idHash) {
        LocalDate today = today();
        Instant now = clock.instant();
        List<BookingRecord> mine = byCode.values().stream()
                .filter(b -> b.idHash().equals(idHash) && b.day().equals(today))
                .sorted(Comparator.comparing(this::slotStart)).toList();
        BookingRecord later = null;
        BookingRecord missed = null;
        BookingRecord done = null;
        for (BookingRecord b : mine) {
            if (b.state() == BookingState.BOOKED) {
                if (now.isBefore(opens(b))) {
                    later = later == null ? b : later;
                } else if (now.isAfter(deadline(b))) {
                    missed = b;
                } else {
                    return b;
                }
            } else if (b.state() == BookingState.NO_SHOW) {
                missed = b;
            } else if (b.state() == BookingState.CHECKED_IN) {
                done = b;
            }
        }
        if (later != null) {
            throw tooEarly(later);
        }
        if (missed != null) {
            throw tooLate(missed);
        }
        if (done != null) {
            throw new HallException(ErrorCode.CONFLICT, "CHECKED_IN",
                    "this booking has been checked in already: ticket " + done.ticket());
        }
        throw new HallException(ErrorCode.NOT_FOUND, "NO_BOOKING", "there is no booking for this ID number today");
    }

    /** Records the check-in {@link #arrival} allowed: the booking now names its ticket. */
    public BookingRecord checkedIn(BookingRecord b, String ticketNumber) {
        BookingRecord c = b.to(BookingState.CHECKED_IN, clock.instant(), ticketNumber);
        put(c);
        return c;
    }

    /** When check-in opens: {@code checkInEarlyMin} before the slot. */
    Instant opens(BookingRecord b) {
        return slotStart(b).minusSeconds(60L * policy.checkInEarlyMin());
    }

    /** The last moment of check-in: {@code checkInLateMin} after the slot's end; past it the booking is a no-show. */
    Instant deadline(BookingRecord b) {
        return b.day().atTime(slot(b).to()).atZone(zoneId).toInstant().plusSeconds(60L * policy.checkInLateMin());
    }

    private HallException tooEarly(BookingRecord b) {
        return new HallException(ErrorCode.CONFLICT, "TOO_EARLY", "check-in for the booking of " + b.day() + " "
                + b.slot() + " opens at " + opens(b).atZone(zoneId).toLocalDateTime().toString().replace('T', ' '));
    }

    private HallException tooLate(BookingRecord b) {
        return new HallException(ErrorCode.CONFLICT, "TOO_LATE", "the booking of " + b.day() + " " + b.slot()
                + " has passed: please take an ordinary ticket");
    }

    // ---- time passing -------------------------------------------------------------------------------------

    /**
     * Marks the booked bookings whose check-in has closed as no-shows (their places were free again from then), and
     * once a day forgets what can no longer matter and the phone numbers of past days. Cheap when nothing is due.
     */
    public List<BookingRecord> markNoShows() {
        Instant now = clock.instant();
        List<BookingRecord> marked = new ArrayList<>();
        if (!now.isBefore(nextDeadline)) {
            Instant next = Instant.MAX;
            for (BookingRecord b : List.copyOf(byCode.values())) {
                if (b.state() != BookingState.BOOKED) {
                    continue;
                }
                Instant d = deadline(b);
                if (now.isAfter(d)) {
                    BookingRecord n = b.to(BookingState.NO_SHOW, now, null);
                    put(n);
                    marked.add(n);
                } else {
                    next = min(next, d);
                }
            }
            nextDeadline = next;
        }
        LocalDate today = today();
        if (!today.equals(prunedOn)) {
            prunedOn = today;
            prune(today);
        }
        return marked;
    }

    /** Drops past bookings no rule reads any more, and clears past days' phone numbers (kept only while needed). */
    private void prune(LocalDate today) {
        LocalDate historyFrom = today.minusDays(2L * policy.bookingBlockDays());
        for (BookingRecord b : List.copyOf(byCode.values())) {
            if (!b.day().isBefore(today)) {
                continue;
            }
            if (b.phone() != null) {
                b = new BookingRecord(b.code(), b.key(), b.zone(), b.day(), b.slot(), b.idHash(), null, b.state(),
                        b.bookedAt(), b.changedAt(), b.ticket());
                put(b);
            }
            if (b.state() != BookingState.NO_SHOW || b.day().isBefore(historyFrom)) {
                byCode.remove(b.code());
            }
        }
    }

    /** The day from which a person may book again, or null when not blocked. */
    LocalDate blockedUntil(String idHash, LocalDate today) {
        int n = policy.bookingNoShows();
        int window = policy.bookingBlockDays();
        List<LocalDate> missed = byCode.values().stream()
                .filter(b -> b.state() == BookingState.NO_SHOW && b.idHash().equals(idHash))
                .map(BookingRecord::day).sorted().toList();
        LocalDate until = null;
        for (int i = n - 1; i < missed.size(); i++) {
            // n missed within `window` days of each other block booking for `window` days from the n-th
            if (missed.get(i).isBefore(missed.get(i - n + 1).plusDays(window))) {
                LocalDate end = missed.get(i).plusDays(window);
                if (today.isBefore(end) && (until == null || end.isAfter(until))) {
                    until = end;
                }
            }
        }
        return until;
    }

    /** What changed since the last call, each booking as it ends up: the rows the batch writes. */
    public List<BookingRecord> takeChanges() {
        List<BookingRecord> out = List.copyOf(changes.values());
        changes.clear();
        return out;
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private void put(BookingRecord b) {
        byCode.put(b.code(), b);
        changes.put(b.code(), b);
    }

    private int taken(String zone, LocalDate day, String slot) {
        int n = 0;
        for (BookingRecord b : byCode.values()) {
            if (b.state().holdsPlace() && b.day().equals(day) && b.zone().equals(zone) && b.slot().equals(slot)) {
                n++;
            }
        }
        return n;
    }

    private boolean past(LocalDate day, Slot s) {
        return !clock.instant().isBefore(day.atTime(s.to()).atZone(zoneId).toInstant());
    }

    private void inRange(ZoneSlots zs, LocalDate day) {
        LocalDate today = today();
        if (day == null || day.isBefore(today) || day.isAfter(today.plusDays(zs.daysAhead()))) {
            throw new HallException(ErrorCode.BAD_REQUEST, "DAY_RANGE", zs.zone().name() + " takes bookings from "
                    + today + " to " + today.plusDays(zs.daysAhead()));
        }
    }

    private ZoneSlots zoneSlots(String zone) {
        ZoneSlots zs = zone == null ? null : zones.get(zone);
        if (zs == null) {
            throw new HallException(ErrorCode.NOT_FOUND, "UNKNOWN_ZONE", "no zone " + clip(zone)
                    + " takes bookings in this hall");
        }
        return zs;
    }

    private BookingRecord known(String code) {
        BookingRecord b = code == null ? null : byCode.get(code);
        if (b == null) {
            throw new HallException(ErrorCode.NOT_FOUND, "UNKNOWN_CODE", "there is no booking with this code");
        }
        return b;
    }

    private Slot slot(BookingRecord b) {
        ZoneSlots zs = zones.get(b.zone());
        Optional<Slot> s = zs == null ? Optional.empty() : zs.slot(b.slot());
        // a slot the hall file no longer has keeps its stored times
        return s.orElseGet(() -> Slot.parse(b.slot(), false));
    }

    private static boolean keyMatches(BookingRecord b, String key) {
        return key != null && MessageDigest.isEqual(b.key().getBytes(StandardCharsets.UTF_8),
                key.getBytes(StandardCharsets.UTF_8));
    }

    private String freshCode() {
        String code;
        do {
            code = String.format("%0" + CODE_DIGITS + "d", RANDOM.nextInt(100_000_000));
        } while (byCode.containsKey(code));
        return code;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zoneId);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** A text from outside as a message may quote it: never whole (contract section 7). */
    private static String clip(String s) {
        return s == null ? "(none)" : "'" + (s.length() > 20 ? s.substring(0, 20) + "…" : s) + "'";
    }
}
