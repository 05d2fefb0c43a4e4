package hallq.server.queue;

import hallq.protocol.event.Called;
import hallq.protocol.event.CounterChanged;
import hallq.protocol.event.DeviceReport;
import hallq.protocol.event.EventData;
import hallq.protocol.event.QueueChanged;
import hallq.protocol.event.TicketChange;
import hallq.protocol.event.TicketChanged;
import hallq.protocol.Announce;
import hallq.protocol.ClerkRef;
import hallq.protocol.CounterRef;
import hallq.protocol.CounterState;
import hallq.protocol.CounterView;
import hallq.protocol.ErrorCode;
import hallq.protocol.IdNumber;
import hallq.protocol.Json;
import hallq.protocol.Outcome;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import hallq.protocol.WindowOp;
import hallq.protocol.WindowRefusal;
import hallq.protocol.ZoneStatus;
import hallq.protocol.hall.Clerk;
import hallq.protocol.hall.Counter;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.matters.MatterCatalogue;
import hallq.protocol.hall.Policy;
import hallq.protocol.hall.Zone;
import hallq.server.booking.BookingRecord;
import hallq.server.booking.Bookings;
import hallq.server.booking.SlotPlaces;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import hallq.protocol.CaseState;
import hallq.protocol.CaseView;
import hallq.protocol.calendar.WorkingDays;
import hallq.protocol.event.CaseChange;
import hallq.protocol.event.CaseChanged;
import hallq.protocol.hall.Device;
import hallq.protocol.message.Replies.TicketReply;
import hallq.protocol.message.Requests.Finish;
import hallq.server.cases.CaseOpening;
import hallq.server.cases.CaseRecord;
import hallq.server.cases.Cases;

/**
 * The queue rules of one hall: numbering, the order of calling, the green-channel burst, transfers,
 * requeues, windows and the business day. Plain Java over an injected clock; single-threaded by contract
 * (the engine's hall thread owns it). Every operation checks everything before it changes anything, so a
 * {@link HallException} leaves the hall as it was.
 */
public final class HallQueue {
    private static final int RECENT_CALLS = 10;

    private final LoginGuard logins;
    private final HallConfig hall;
    private final Clock clock;
    private final ZoneId zoneId;
    private final IdHasher hasher;
    private final Policy policy;
    private final OpeningHours hours;
    private final Map<String, ZoneQueue> zones = new LinkedHashMap<>();
    private final Map<String, CounterDesk> desks = new LinkedHashMap<>();
    /** The current business day's tickets by number. */
    private final Map<String, Ticket> today = new HashMap<>();
    private final Map<String, Integer> lastSerial = new HashMap<>();
    private final Map<String, Integer> issuedByZone = new HashMap<>();
    private final Map<String, Integer> ticketsByPerson = new HashMap<>();
    private final Map<String, long[]> serviceByZone = new HashMap<>();
    private final Deque<HallEvent> recentCalls = new ArrayDeque<>();
    /** Zones whose queue changed since the last {@link #takeEffects}: one {@code queue} event each then. */
    private final Set<ZoneQueue> queuesChanged = new LinkedHashSet<>();
    private LocalDate day;
    private long seq;
    private long lastKey;
    private Effects effects = new Effects();
    /** Bookings (contract section 9): their rules, owned with the queue by the hall thread. */
    private final Bookings bookings;
    /** Cases (issue 18): the cases still in the hall's hands, with their rules. */
    private final Cases cases;
    /** Cases2 (issue 18): the hall's matters (事项), for a finish's matter code. */
    private final MatterCatalogue matters;
    /** Rating (issue 20): the 差评 work items, open and recent. */
    private final hallq.server.rating.Rectification ratingItems;

    public HallQueue(HallConfig hall, Clock clock, IdHasher hasher, RestoredHall restored) {
        this(hall, clock, hasher, restored, new LoginGuard());
    }

    /** As above, with the login lockout of the hall before it rebuilt (the hall thread keeps one across reloads). */
    public HallQueue(HallConfig hall, Clock clock, IdHasher hasher, RestoredHall restored, LoginGuard logins) {
        this.logins = logins;
        this.hall = hall;
        this.clock = clock;
        this.zoneId = ZoneId.of(hall.hall().timezone());
        this.hasher = hasher;
        this.policy = hall.policy();
        this.hours = OpeningHours.parse(hall.hall().hours());
        for (Zone z : hall.zones()) {
            zones.put(z.id(), new ZoneQueue(z, policy.greenBurst()));
        }
        for (Counter c : hall.counters()) {
            desks.put(c.id(), new CounterDesk(c));
        }
        this.day = businessDay(clock.instant());
        this.seq = restored.seq();
        this.bookings = new Bookings(hall, clock, restored.bookings());
        this.cases = new Cases(clock, zoneId, WorkingDays.of(hall.calendar()), restored.cases());
        this.matters = new MatterCatalogue(hall.matters());
        this.ratingItems = new hallq.server.rating.Rectification(hall, clock, WorkingDays.of(hall.calendar()),
                restored.ratingItems());
        restore(restored);
        for (TicketPhone tp : restored.phones()) {
            if (tp.day().equals(day)) {
                phones.put(tp.number(), tp.phone()); // phone (issue 17): a restart keeps today's
            }
        }
    }

    // ---- restore ---------------------------------------------------------------------------------------

    private void restore(RestoredHall restored) {
        Map<String, Ticket> held = new HashMap<>();
        List<Ticket> stale = new ArrayList<>();
        for (TicketRecord r : restored.tickets()) {
            Ticket t = Ticket.restore(r);
            if (t.booking != null) {
                t.slotStartMs = bookings.byCode(t.booking).map(b -> bookings.slotStart(b).toEpochMilli())
                        .orElse(t.issuedAtMs); // a booking forgotten already: its slot is long under way
            }
            lastKey = Math.max(lastKey, t.queueKey);
            held.put(t.day + "/" + t.number, t);
            if (t.day.equals(day)) {
                countToday(t);
            }
            if (t.state.isQueued()) {
                if (t.day.equals(day) && zones.containsKey(t.zone)) {
                    zones.get(t.zone).add(t);
                } else {
                    stale.add(t); // left waiting when a past day ended with the server down
                }
            }
        }
        for (DeskRecord r : restored.desks()) {
            CounterDesk d = desks.get(r.counter());
            if (d == null) {
                continue; // the window was removed from the hall file
            }
            d.clerk = r.clerk() != null && hall.clerk(r.clerk()).isPresent() ? r.clerk() : null;
            d.pauseReason = r.pauseReason();
            d.pausedSince = r.pausedSince();
            d.ticket = r.ticketNumber() == null ? null : held.get(r.ticketDay() + "/" + r.ticketNumber());
        }
        for (HallEvent e : restored.recentCalls()) {
            if (businessDay(e.at()).equals(day) && recentCalls.size() < RECENT_CALLS) {
                recentCalls.addLast(e);
            }
        }
        Instant now = clock.instant();
        cancel(stale, now);
    }

    private void countToday(Ticket t) {
        today.put(t.number, t);
        lastSerial.merge(t.prefix, t.serial, Math::max);
        issuedByZone.merge(t.issueZone, 1, Integer::sum);
        if (t.idHash != null) {
            ticketsByPerson.merge(t.idHash + "|" + t.issueZone, 1, Integer::sum);
        }
        if (t.finishedAtMs != Ticket.NONE && t.counter != null && businessDay(t.finishedAt()).equals(day)) {
            recordService(t);
        }
    }

    // ---- the business day --------------------------------------------------------------------------------

    public LocalDate businessDay(Instant at) {
        return LocalDate.ofInstant(at, zoneId);
    }

    public LocalDate day() {
        return day;
    }

    /**
     * Today's tickets as records, in the order the database gives a day's (issue time, then number): the statistics
     * of today read them here instead of from the database (issue 21: a dashboard asks after every ticket change,
     * and reading the day's rows back from HSQLDB's disk-based table was most of a ticket's server CPU).
     */
    public List<TicketRecord> todayRecords() {
        List<TicketRecord> out = new ArrayList<>(today.size());
        for (Ticket t : today.values()) {
            out.add(t.record());
        }
        out.sort(TODAY_ORDER);
        return out;
    }

    private static final java.util.Comparator<TicketRecord> TODAY_ORDER = java.util.Comparator
            .comparing(TicketRecord::issuedAt).thenComparing(TicketRecord::number);

    /**
     * Ends the business day when the clock has passed it: waiting tickets are cancelled, numbering and the
     * per-day counts start again. Their rows stay, so statistics of the old day lose nothing.
     */
    public boolean rollOverIfDue() {
        Instant now = clock.instant();
        LocalDate current = businessDay(now);
        if (!current.isAfter(day)) {
            return false;
        }
        List<Ticket> waiting = new ArrayList<>();
        for (ZoneQueue zq : zones.values()) {
            waiting.addAll(zq.all());
        }
        day = current;
        today.clear();
        phones.clear(); // phone (issue 17): the daily reset forgets every ticket's phone
        effects.phonesBefore(current);
        lastSerial.clear();
        issuedByZone.clear();
        ticketsByPerson.clear();
        serviceByZone.clear();
        recentCalls.clear();
        ratingItems.forgetOld();
        cancel(waiting, now);
        for (CounterDesk d : desks.values()) {
            d.servedToday = 0;
            d.serviceSecToday = 0;
            counterChanged(d, now);
        }
        return true;
    }

    private void cancel(List<Ticket> tickets, Instant now) {
        Set<String> touched = new HashSet<>();
        for (Ticket t : tickets) {
            ZoneQueue zq = zones.get(t.zone);
            if (zq != null) {
                zq.remove(t);
                touched.add(t.zone);
            }
            t.state = TicketState.CANCELLED;
            t.finishedAtMs = now.toEpochMilli();
            effects.ticket(t);
            emit(Set.of(t.zone), now, new TicketChanged(view(t), TicketChange.CANCELLED));
        }
        for (String z : touched) {
            queueChanged(zones.get(z));
        }
    }

    // ---- kiosk -------------------------------------------------------------------------------------------

    /** Issues a ticket; the reply carries it with {@code ahead} and {@code estimatedWaitSec}. */
    public TicketView issue(String kiosk, String zone, boolean greenAsked, String idCardNumber) {
        return issue(kiosk, zone, greenAsked, idCardNumber, null);
    }

    /**
     * As above; with {@code caseRef} (a case's id or key, contract section 10) the ticket is a visit for that case:
     * a pickup in the hall's {@code pickupZone} for a ready or returned case, a return to the case's own zone for a
     * 补正 one. {@code zone} is then not needed. A case still in the back office is CONFLICT {@code NOT_READY}.
     */
    public TicketView issue(String kiosk, String zone, boolean greenAsked, String idCardNumber, String caseRef) {
        return issue(kiosk, zone, greenAsked, idCardNumber, caseRef, null);
    }

    /** As above, with why the ticket is green (issue 20: a {@link hallq.protocol.GreenReason}'s wire name, or null). */
    public TicketView issue(String kiosk, String zone, boolean greenAsked, String idCardNumber, String caseRef,
                            String greenReasonGiven) {
        Instant now = clock.instant();
        CaseRecord visit = caseRef == null ? null : cases.forVisit(caseRef);
        if (visit != null) {
            String pickup = hall.hall().pickupZone();
            zone = visit.state() == CaseState.INCOMPLETE || pickup == null ? visit.zone() : pickup;
        } else if (zone == null) {
            throw new HallException(ErrorCode.BAD_REQUEST, "missing 'zone'");
        }
        ZoneQueue zq = zoneQueue(zone);
        if (!hours.isOpen(now.atZone(zoneId).toLocalTime())) {
            throw new HallException(ErrorCode.CLOSED, "HOURS", "the hall is closed now; tickets are issued during "
                    + String.join(", ", hall.hall().hours()));
        }
        Integer cap = zq.zone.dailyCap();
        if (cap != null && issuedByZone.getOrDefault(zone, 0) >= cap) {
            throw new HallException(ErrorCode.CLOSED, "DAILY_CAP",
                    "today's " + cap + " tickets of " + zq.zone.name() + " have all been issued");
        }
        boolean green = greenAsked;
        boolean byAge = false;
        String idHash = null;
        if (idCardNumber != null) {
            IdNumber id = IdCheck.parse(idCardNumber, day);
            idHash = hasher.hash(id);
            if (ticketsByPerson.getOrDefault(idHash + "|" + zone, 0) >= policy.perPersonDaily()) {
                throw new HallException(ErrorCode.CONFLICT, "PERSON_DAILY_LIMIT", "this ID number already has "
                        + policy.perPersonDaily() + " tickets of this zone today");
            }
            byAge = id.ageOn(day) >= policy.greenAge();
            green |= byAge;
        }
        hallq.protocol.GreenReason greenReason =
                hallq.server.rating.RatingRules.greenReason(green, byAge, greenReasonGiven);
        String prefix = green ? zq.zone.greenPrefix() : zq.zone.prefix();
        int serial = lastSerial.getOrDefault(prefix, 0) + 1;
        Ticket t = new Ticket(day, prefix + (serial < 1000 ? String.format("%03d", serial) : serial), prefix,
                serial, zone, green, now, idHash, kiosk, TicketKey.fresh());
        t.state = TicketState.WAITING;
        t.queueClass = green ? QueueClass.GREEN : QueueClass.NORMAL;
        t.queueKey = nextKey(now);
        t.greenReason = greenReason;
        if (visit != null) {
            t.caseId = visit.id();
            cases.visited(visit.id());
        }
        countToday(t);
        zq.add(t);
        effects.issued(t);
        TicketView v = view(t);
        emit(Set.of(zone), now, new TicketChanged(v, TicketChange.ISSUED));
        queueChanged(zq);
        return v;
    }

    /** Queue keys follow issue time (to the microsecond) and never repeat, across zones. */
    private long nextKey(Instant now) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, now);
        lastKey = Math.max(micros * 1024, lastKey + 1);
        return lastKey;
    }

    // ---- counter: clerk ----------------------------------------------------------------------------------

    public ClerkRef login(String counter, String clerkId, String pin) {
        CounterDesk d = desk(counter);
        if (!hall.usesClerkLogin()) {
            throw new HallException(ErrorCode.BAD_REQUEST, "NO_CLERKS", "this hall does not use clerk login");
        }
        Clerk clerk = hall.clerk(clerkId == null ? "" : clerkId).orElse(null);
        String known = clerk == null ? null : clerk.id();
        Instant at = clock.instant();
        Instant locked = logins.lockedUntil(known, counter, at);
        if (locked != null) {
            throw new HallException(ErrorCode.FORBIDDEN, "LOCKED", "too many wrong PINs: logins here are locked until "
                    + LocalTime.ofInstant(locked, zoneId).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1));
        }
        // compare even for an unknown clerk, so timing tells nothing about which clerk ids exist
        boolean pinOk = MessageDigest.isEqual(bytes(pin), bytes(clerk == null ? "\u0000" : clerk.pin()));
        if (clerk == null || !pinOk) {
            if (logins.wrong(known, counter, at)) {
                // the one change a refusal makes: the managers hear of it (somebody may be guessing PINs)
                emit(Set.of(), at, new DeviceReport(counter, "counter", "LOGIN_LOCKED",
                        LoginGuard.WRONG_IN_A_ROW + " wrong PINs in a row at " + d.counter.name()
                                + (clerk == null ? "" : " for clerk " + clerk.id()) + ": logins locked for "
                                + LoginGuard.LOCKED_FOR.toMinutes() + " minutes"));
            }
            throw new HallException(ErrorCode.UNAUTHORIZED, "BAD_PIN", "wrong clerk id or PIN");
        }
        if (d.ticket != null && !clerk.id().equals(d.clerk)) {
            throw new HallException(ErrorCode.CONFLICT, "TICKET_OPEN",
                    d.counter.name() + " still has " + d.ticket.number + ": finish it before another clerk logs in");
        }
        CounterDesk elsewhere = desks.values().stream()
                .filter(o -> o != d && clerk.id().equals(o.clerk)).findFirst().orElse(null);
        if (elsewhere != null && elsewhere.ticket != null) {
            throw new HallException(ErrorCode.CONFLICT, "CLERK_BUSY", clerk.name() + " is serving "
                    + elsewhere.ticket.number + " at " + elsewhere.counter.name());
        }
        Instant now = clock.instant();
        logins.succeeded(clerk.id(), counter);
        if (elsewhere != null) {
            closeDesk(elsewhere, now);
        }
        if (!clerk.id().equals(d.clerk)) {
            // attendance (issue 20): the one logged in here before is logged out, this clerk's login begins
            endSession(d, now);
            effects.session(new SessionMark(d.counter.id(), clerk.id(), now, true));
        }
        d.clerk = clerk.id();
        counterChanged(d, now);
        return new ClerkRef(clerk.id(), clerk.name());
    }

    public void logout(String counter) {
        CounterDesk d = desk(counter);
        if (!hall.usesClerkLogin()) {
            throw new HallException(ErrorCode.BAD_REQUEST, "NO_CLERKS", "this hall does not use clerk login");
        }
        guard(d, WindowOp.LOGOUT);
        closeDesk(d, clock.instant());
    }

    private void closeDesk(CounterDesk d, Instant now) {
        endPause(d, now);
        endSession(d, now);
        d.clerk = null;
        counterChanged(d, now);
    }

    /** Attendance (issue 20): the end of the login of the clerk at {@code d}, if any. */
    private void endSession(CounterDesk d, Instant now) {
        if (d.clerk != null) {
            effects.session(new SessionMark(d.counter.id(), d.clerk, now, false));
        }
    }

    private static byte[] bytes(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }

    // ---- counter: calling and serving --------------------------------------------------------------------

    /** Calls the next ticket for this window, or returns null when nobody waits for it. */
    public TicketView callNext(String counter) {
        CounterDesk d = desk(counter, WindowOp.CALL_NEXT);
        Ticket t = next(d);
        if (t == null) {
            return null;
        }
        Instant now = clock.instant();
        ZoneQueue zq = zones.get(t.zone);
        zq.take(t);
        t.state = TicketState.CALLED;
        if (t.calledAtMs == Ticket.NONE) {
            t.calledAtMs = now.toEpochMilli();
        }
        t.lastCalledAtMs = now.toEpochMilli();
        t.counter = d.counter.id();
        t.clerk = d.clerk;
        d.ticket = t;
        effects.ticket(t);
        called(d, t, false, now);
        queueChanged(zq);
        counterChanged(d, now);
        return view(t);
    }

    /**
     * The window's zones first, its other zones only when those are all empty; among them a transferred
     * ticket, then a green one while the burst allows, then a normal one, each time the earliest in line.
     */
    private Ticket next(CounterDesk d) {
        List<ZoneQueue> candidates = nonEmpty(d.counter.zones());
        if (candidates.isEmpty()) {
            candidates = nonEmpty(d.counter.alsoZones());
        }
        // each zone's own order decides its head (ZoneQueue.Order); among the zones, the earlier step, then the key
        ZoneQueue.Next best = null;
        long now = clock.millis();
        for (ZoneQueue zq : candidates) {
            ZoneQueue.Next head = zq.next(now);
            if (head != null && (best == null || head.step().ordinal() < best.step().ordinal()
                    || head.step() == best.step() && head.ticket().queueKey < best.ticket().queueKey)) {
                best = head;
            }
        }
        return best == null ? null : best.ticket();
    }

    private List<ZoneQueue> nonEmpty(List<String> zoneIds) {
        List<ZoneQueue> result = new ArrayList<>();
        for (String id : zoneIds) {
            ZoneQueue zq = zones.get(id);
            if (zq != null && zq.size() > 0) {
                result.add(zq);
            }
        }
        return result;
    }

    public TicketView recall(String counter) {
        CounterDesk d = desk(counter, WindowOp.RECALL);
        Ticket t = d.ticket;
        Instant now = clock.instant();
        t.recalls++;
        t.lastCalledAtMs = now.toEpochMilli();
        effects.ticket(t);
        called(d, t, true, now);
        return view(t);
    }

    public TicketView start(String counter) {
        CounterDesk d = desk(counter, WindowOp.START);
        Ticket t = d.ticket;
        Instant now = clock.instant();
        t.state = TicketState.SERVING;
        t.startedAtMs = now.toEpochMilli();
        ticketChanged(t, TicketChange.SERVING, now);
        counterChanged(d, now);
        return view(t);
    }

    public TicketView finish(String counter, Outcome outcome, LocalDate dueDate) {
        return finish(counter, new Finish(outcome, dueDate)).ticket();
    }

    /**
     * Finishes the window's ticket; {@code accepted} (承诺件, 容缺受理) and {@code incomplete} (补正) open a case
     * (contract section 10), which the reply carries with its key for the receipt. A pickup ticket finished
     * {@code done} collects its case; any finish of a return visit closes the 补正 case it came back for.
     */
    public TicketReply finish(String counter, Finish f) {
        CounterDesk d = desk(counter, WindowOp.FINISH);
        Ticket t = d.ticket;
        Outcome outcome = f.outcome();
        LocalDate dueDate = f.dueDate();
        if (outcome == null) {
            throw new HallException(ErrorCode.BAD_REQUEST, "missing 'outcome' (done, accepted, incomplete, rejected, consult)");
        }
        if (dueDate != null && outcome != Outcome.ACCEPTED) {
            throw new HallException(ErrorCode.BAD_REQUEST, "'dueDate' goes only with outcome 'accepted'");
        }
        CaseRecord visited = t.caseId == null ? null : cases.held().stream()
                .filter(c -> c.id().equals(t.caseId)).findFirst().orElse(null);
        String previous = visited != null && visited.state() == CaseState.INCOMPLETE ? visited.id() : null;
        Integer promisedDays = promisedDays(f.matter());
        List<String> visitMatters = hallq.server.rating.VisitMatters.of(f.matter(), f.matters(), matters);
        Optional<CaseRecord> opened = cases.opening(new CaseOpening(t.day, t.number, t.zone, d.counter.id(), d.clerk,
                outcome, f.matter(), dueDate, promisedDays, f.missing(), f.waived(), f.waivedDue(), previous,
                phones.get(t.number))); // cases2: a booked ticket's phone goes with its case
        // every check is behind us: from here on the finish changes the hall
        Instant now = clock.instant();
        t.state = TicketState.DONE;
        t.outcome = outcome;
        t.dueDate = dueDate;
        t.finishedAtMs = now.toEpochMilli();
        t.clerk = d.clerk;
        t.matters = visitMatters;
        d.ticket = null;
        recordService(t);
        ticketChanged(t, TicketChange.DONE, now);
        counterChanged(d, now);
        if (visited != null) {
            CaseState before = visited.state();
            cases.visitFinished(visited.id(), outcome).filter(c -> c.state() != before)
                    .ifPresent(c -> caseChanged(c, c.state() == CaseState.CLOSED ? CaseChange.CLOSED
                            : CaseChange.COLLECTED, now));
        }
        CaseView opening = null;
        if (opened.isPresent()) {
            cases.open(opened.get());
            caseChanged(opened.get(), CaseChange.OPENED, now);
            opening = cases.view(opened.get(), true);
        }
        return new TicketReply(view(t), opening);
    }

    /**
     * Cases2 (issue 18): the promised working days of the matter a finish names, which make the case's due date when
     * the clerk gives none; null for no matter or an instant one. A hall with a catalogue knows its matters: another
     * code is refused. A hall without one takes the code as the clerk typed it.
     */
    private Integer promisedDays(String code) {
        if (code == null || matters.isEmpty()) {
            return null;
        }
        return matters.byCode(code).orElseThrow(() -> new HallException(ErrorCode.BAD_REQUEST, "UNKNOWN_MATTER",
                "no matter (事项) of this hall has that code")).promisedDays();
    }

    /** Service time: from start, or from the first call when the clerk never pressed start. */
    public static long serviceSec(Instant calledAt, Instant startedAt, Instant finishedAt) {
        Instant from = startedAt != null ? startedAt : calledAt;
        return from == null || finishedAt == null ? 0 : Math.max(0, Duration.between(from, finishedAt).toSeconds());
    }

    private void recordService(Ticket t) {
        long sec = serviceSec(t.calledAt(), t.startedAt(), t.finishedAt());
        CounterDesk d = desks.get(t.counter);
        if (d != null) {
            d.servedToday++;
            d.serviceSecToday += sec;
        }
        long[] zs = serviceByZone.computeIfAbsent(t.zone, z -> new long[2]);
        zs[0]++;
        zs[1] += sec;
    }

    public TicketView noShow(String counter) {
        CounterDesk d = desk(counter, WindowOp.NO_SHOW);
        Ticket t = d.ticket;
        Instant now = clock.instant();
        t.state = TicketState.NO_SHOW;
        d.ticket = null;
        ticketChanged(t, TicketChange.NO_SHOW, now);
        counterChanged(d, now);
        return view(t);
    }

    /** Puts today's no-show ticket back in its zone, behind {@code requeueGap} waiting tickets. */
    public TicketView requeue(String counter, String number) {
        desk(counter, WindowOp.REQUEUE);
        Ticket t = number == null ? null : today.get(number);
        if (t == null) {
            throw new HallException(ErrorCode.NOT_FOUND, "no ticket " + number + " today");
        }
        if (t.state != TicketState.NO_SHOW) {
            throw new HallException(ErrorCode.CONFLICT, "NOT_NO_SHOW",
                    number + " is " + t.state.wire() + ", only a no-show ticket can be requeued");
        }
        Instant now = clock.instant();
        ZoneQueue zq = zoneQueue(t.zone);
        t.state = TicketState.WAITING;
        t.queueClass = QueueClass.NORMAL;
        t.queueKey = zq.requeueKey(policy.requeueGap(), nextKey(now));
        t.requeues++;
        t.counter = null;
        zq.add(t);
        TicketView v = view(t);
        effects.ticket(t);
        emit(Set.of(t.zone), now, new TicketChanged(v, TicketChange.REQUEUED));
        queueChanged(zq);
        return v;
    }

    /** Sends the window's ticket to another zone, where it is called before anyone else. */
    public TicketView transfer(String counter, String zone) {
        CounterDesk d = desk(counter, WindowOp.TRANSFER);
        Ticket t = d.ticket;
        ZoneQueue target = zoneQueue(zone);
        if (zone.equals(t.zone)) {
            throw new HallException(ErrorCode.CONFLICT, "SAME_ZONE", t.number + " is already in " + target.zone.name());
        }
        Instant now = clock.instant();
        String from = t.zone;
        t.zone = zone;
        t.state = TicketState.TRANSFERRED;
        t.queueClass = QueueClass.TRANSFER;
        t.queueKey = nextKey(now);
        t.transfers++;
        t.counter = null;
        t.startedAtMs = Ticket.NONE;
        d.ticket = null;
        target.add(t);
        TicketView v = view(t);
        effects.ticket(t);
        emit(Set.of(from, zone), now, new TicketChanged(v, TicketChange.TRANSFERRED));
        queueChanged(target);
        counterChanged(d, now);
        return v;
    }

    public void pause(String counter, String reason) {
        CounterDesk d = desk(counter, WindowOp.PAUSE);
        Instant now = clock.instant();
        d.pausedSince = now;
        d.pauseReason = reason;
        counterChanged(d, now);
    }

    public void resume(String counter) {
        CounterDesk d = desk(counter, WindowOp.RESUME);
        Instant now = clock.instant();
        endPause(d, now);
        counterChanged(d, now);
    }

    private void endPause(CounterDesk d, Instant now) {
        if (d.pausedSince != null) {
            effects.pause(new PauseRecord(d.counter.id(), d.pausedSince, now, d.pauseReason));
            d.pausedSince = null;
            d.pauseReason = null;
        }
    }

    /** The citizen's 好差评 for a ticket this window finished today; once per ticket. */
    public TicketView rate(String counter, String number, Integer level) {
        return rate(counter, number, level, null, null);
    }

    /**
     * As above, for one matter of the visit ({@code matter}, null for the whole ticket: 一次一评、一事一评) with a 1's
     * or 2's reasons (issue 20). {@code rating} stays the ticket's first rating, which older readers know.
     */
    public TicketView rate(String counter, String number, Integer level, List<String> reasonsGiven,
                           String matterGiven) {
        CounterDesk d = desk(counter);
        if (level == null || level < 1 || level > 5) {
            throw new HallException(ErrorCode.BAD_REQUEST, "'level' is 1 (非常不满意) to 5 (非常满意)");
        }
        Ticket t = number == null ? null : today.get(number);
        if (t == null) {
            throw new HallException(ErrorCode.NOT_FOUND, "no ticket " + number + " today");
        }
        if (t.state != TicketState.DONE || !d.counter.id().equals(t.counter)) {
            throw new HallException(ErrorCode.CONFLICT, "NOT_FINISHED_HERE",
                    number + " was not finished at " + d.counter.name());
        }
        List<hallq.protocol.RatingReason> reasons = hallq.server.rating.RatingRules.reasons(level, reasonsGiven);
        String matter = hallq.server.rating.RatingRules.matter(matterGiven);
        hallq.server.rating.VisitMatters.checkKnown(matters, matter); // 一事一评 rates one of the hall's matters
        hallq.server.rating.VisitMatters.checkRated(t.matters, matter);
        hallq.server.rating.RatingRules.checkNotRated(number, t.ratings, matter);
        Instant now = clock.instant();
        List<RatingEntry> ratings = new ArrayList<>(t.ratings);
        RatingEntry entry = new RatingEntry(matter, level, reasons, now);
        ratings.add(entry);
        t.ratings = List.copyOf(ratings);
        if (entry.bad()) {
            // the 差评 closed loop: the item opened, and told to managers
            ratingItemChanged(ratingItems.open(t.day, t.number, t.zone, t.counter, t.clerk, entry),
                    hallq.protocol.event.RatingItemChange.OPENED, now);
        }
        if (t.rating == null) {
            t.rating = level;
            t.ratedAtMs = now.toEpochMilli();
        }
        ticketChanged(t, TicketChange.RATED, now);
        return view(t);
    }

    /** A terminal's report of its own fault (printer out of paper, ...); it changes nothing in the queue. */
    public void deviceReport(String device, String role, String fault, String message) {
        if (fault == null || fault.isBlank()) {
            throw new HallException(ErrorCode.BAD_REQUEST, "'fault' is a short code such as PAPER_OUT");
        }
        // the edge has held both to 200 characters (contract section 7)
        emit(Set.of(), clock.instant(), new DeviceReport(device, role, fault, message));
    }

    // ---- cases (issue 18): the back office -------------------------------------------------------------------

    /** 办结待取 (contract section 10): by a manager, or a back-office device within its zones. */
    public CaseView caseReady(Device by, String id) {
        CaseRecord c = cases.ready(by, id);
        caseChanged(c, CaseChange.READY, clock.instant());
        return cases.view(c, false);
    }

    /** 退件 with its reason. */
    public CaseView caseReturned(Device by, String id, String reason) {
        CaseRecord c = cases.returned(by, id, reason);
        caseChanged(c, CaseChange.RETURNED, clock.instant());
        return cases.view(c, false);
    }

    /** Mailed (EMS) with its tracking number. */
    public CaseView caseMailed(Device by, String id, String tracking) {
        CaseRecord c = cases.mailed(by, id, tracking);
        caseChanged(c, CaseChange.MAILED, clock.instant());
        return cases.view(c, false);
    }

    /** The cases still in the hall's hands, as {@code by} may see them (no keys). */
    public List<CaseView> heldCases(Device by) {
        return cases.held().stream().filter(c -> Cases.mayAct(by, c.zone())).map(c -> cases.view(c, false)).toList();
    }

    /** A held case by its id, with its key, for the citizen's page (which checks the key). */
    public Optional<CaseRecord> heldCase(String id) {
        return cases.held().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public WorkingDays workingDays() {
        return cases.workingDays();
    }

    private void caseChanged(CaseRecord c, CaseChange change, Instant now) {
        emit(Set.of(c.zone()), now, new CaseChanged(cases.view(c, false), change));
    }

    // ---- rating (issue 20): the 差评 closed loop -------------------------------------------------------------

    /** The work items the hall holds (open, and recent closed ones), oldest due first. */
    public List<hallq.protocol.RectifyItem> ratingItems() {
        return ratingItems.list();
    }

    /** A manager's step of a work item; the edge has let only managers' requests through. */
    public hallq.protocol.RectifyItem ratingStep(Device by, String item, String to, String note, String responsible) {
        hallq.server.rating.RectifyRecord moved = ratingItems.step(item, to, note, responsible, by.id());
        return ratingItemChanged(moved, hallq.protocol.event.RatingItemChange.STEPPED, clock.instant());
    }

    /** Rating (issue 20): a 差评 work item opened or moved, as a {@code rating-item} event for managers. */
    private hallq.protocol.RectifyItem ratingItemChanged(hallq.server.rating.RectifyRecord r,
                                                       hallq.protocol.event.RatingItemChange change, Instant now) {
        hallq.protocol.RectifyItem v = ratingItems.view(r);
        emit(Set.of(r.zone()), now, new hallq.protocol.event.RatingItemChanged(v, change));
        return v;
    }

    // ---- guards ------------------------------------------------------------------------------------------

    private ZoneQueue zoneQueue(String zone) {
        ZoneQueue zq = zone == null ? null : zones.get(zone);
        if (zq == null) {
            throw new HallException(ErrorCode.NOT_FOUND, "UNKNOWN_ZONE", "no zone '" + zone + "' in this hall");
        }
        return zq;
    }

    private CounterDesk desk(String counter) {
        CounterDesk d = desks.get(counter);
        if (d == null) {
            throw new HallException(ErrorCode.NOT_FOUND, "no counter '" + counter + "' in this hall");
        }
        return d;
    }

    /** The counter, when the window rule allows {@code op} in its state now. */
    private CounterDesk desk(String counter, WindowOp op) {
        CounterDesk d = desk(counter);
        guard(d, op);
        return d;
    }

    /** Refuses {@code op} as the window rule does in the desk's state, in plain words. */
    private void guard(CounterDesk d, WindowOp op) {
        WindowRefusal r = op.refusalIn(d.state(hall.usesClerkLogin()));
        if (r == null) {
            return;
        }
        String name = d.counter.name();
        Ticket t = d.ticket;
        String message = switch (r) {
            case LOGIN_REQUIRED -> op == WindowOp.LOGOUT ? "nobody is logged in at " + name
                    : "log in at " + name + " first";
            case TICKET_OPEN -> name + " still has " + t.number + " (" + t.state.wire()
                    + "): finish, no-show or transfer it first";
            case PAUSED -> op == WindowOp.PAUSE ? name + " is already paused" : name + " is paused: resume first";
            case NOT_PAUSED -> name + " is not paused";
            case NO_TICKET -> name + " has no ticket to " + op.wire();
            case WRONG_STATE -> "cannot " + op.wire() + " " + t.number + ": it is " + t.state.wire();
        };
        throw new HallException(r.code(), r.name(), message);
    }

    // ---- events ------------------------------------------------------------------------------------------

    private void emit(Set<String> zoneIds, Instant at, EventData data) {
        HallEvent e = new HallEvent(++seq, at, zoneIds, data);
        effects.event(e);
        if (data instanceof Called) {
            recentCalls.addFirst(e);
            while (recentCalls.size() > RECENT_CALLS) {
                recentCalls.removeLast();
            }
        }
    }

    private void called(CounterDesk d, Ticket t, boolean recall, Instant now) {
        Counter c = d.counter;
        CounterRef counter = new CounterRef(c.id(), c.name(), c.nameEn());
        emit(Set.of(t.zone), now,
                new Called(view(t), counter, recall, Announce.of(t.number, counter)));
    }

    private void ticketChanged(Ticket t, TicketChange change, Instant now) {
        effects.ticket(t);
        emit(Set.of(t.zone), now, new TicketChanged(view(t), change));
    }

    private void queueChanged(ZoneQueue zq) {
        queuesChanged.add(zq);
    }

    private void counterChanged(CounterDesk d, Instant now) {
        effects.desk(d);
        emit(d.counter.allZones(), now, new CounterChanged(view(d)));
    }

    /** Hands over what changed since the last call; the engine writes it, then sends the events. */
    public Effects takeEffects() {
        // a zone's queue event carries its state after all the changes written together: a burst of forty
        // tickets is one event per zone to each screen, not forty
        Instant now = clock.instant();
        for (ZoneQueue zq : queuesChanged) {
            emit(Set.of(zq.zone.id()), now, new QueueChanged(zq.zone.id(), zq.size(),
                    zq.greenWaiting(), zq.longestWaitSec(now)));
        }
        queuesChanged.clear();
        effects.cases(cases.takeChanged());
        effects.ratingItems(ratingItems.takeChanged());
        Effects e = effects;
        e.bookings(bookings.takeChanges());
        effects = new Effects();
        return e;
    }

    public long seq() {
        return seq;
    }

    // ---- views -------------------------------------------------------------------------------------------

    public HallSnapshot snapshot() {
        Instant now = clock.instant();
        List<ZoneStatus> zs = new ArrayList<>();
        for (ZoneQueue zq : zones.values()) {
            Zone z = zq.zone;
            zs.add(new ZoneStatus(z.id(), z.name(), z.nameEn(), z.prefix(), zq.size(), zq.greenWaiting(),
                    zq.longestWaitSec(now)));
        }
        List<CounterView> cs = desks.values().stream().map(this::view).toList();
        return new HallSnapshot(zs, cs, List.copyOf(recentCalls), seq);
    }

    /** A ticket of the current business day, or one a window still holds. */
    public Optional<TicketView> ticket(LocalDate ticketDay, String number) {
        if (ticketDay.equals(day) && today.containsKey(number)) {
            return Optional.of(view(today.get(number)));
        }
        return desks.values().stream().map(d -> d.ticket)
                .filter(t -> t != null && t.day.equals(ticketDay) && t.number.equals(number))
                .findFirst().map(this::view);
    }

    /** The key of a ticket {@link #ticket} finds (null when it has none), for the holder's whole view of it. */
    public Optional<String> ticketKey(LocalDate ticketDay, String number) {
        Ticket t = ticketDay.equals(day) ? today.get(number) : null;
        if (t == null) {
            t = desks.values().stream().map(d -> d.ticket)
                    .filter(d -> d != null && d.day.equals(ticketDay) && d.number.equals(number))
                    .findFirst().orElse(null);
        }
        return t == null ? Optional.empty() : Optional.ofNullable(t.key());
    }

    /** Numbers of today's no-show tickets, for the pad's requeue list. */
    public List<String> noShowsToday() {
        return today.values().stream().filter(t -> t.state == TicketState.NO_SHOW)
                .sorted((a, b) -> a.number.compareTo(b.number)).map(t -> t.number).toList();
    }

    private TicketView view(Ticket t) {
        Integer ahead = null;
        Integer estimate = null;
        if (t.state.isQueued()) {
            ZoneQueue zq = zones.get(t.zone);
            ahead = zq.ahead(t, clock.millis());
            estimate = estimateWaitSec(t.zone, ahead);
        }
        return ticketView(t.record(), ahead, estimate, zoneId);
    }

    /** A stored ticket as the wire shows it (no queue position: only the live hall knows that). */
    public static TicketView ticketView(TicketRecord t, Integer ahead, Integer estimate, ZoneId zoneId) {
        return new TicketView(t.number(), t.zone(), t.green(), t.state(), t.day().toString(),
                Json.time(t.issuedAt(), zoneId), Json.time(t.calledAt(), zoneId), t.counter(), ahead, estimate,
                Json.time(t.startedAt(), zoneId), Json.time(t.finishedAt(), zoneId), t.outcome(),
                t.dueDate() == null ? null : t.dueDate().toString(), t.rating(), t.recalls(),
                t.issueZone().equals(t.zone()) ? null : t.issueZone(), t.booking(), t.caseId(), t.greenReason(),
                t.ratings().isEmpty() ? null : t.ratings().stream().map(r -> new hallq.protocol.RatingView(
                        r.matter(), r.level(), r.reasons(), Json.time(r.at(), zoneId))).toList(),
                t.matters().isEmpty() ? null : t.matters());
    }

    /** People ahead times today's average service time in the zone, shared by the windows open for it. */
    private int estimateWaitSec(String zone, int ahead) {
        long[] zs = serviceByZone.get(zone);
        double avg = zs == null || zs[0] == 0 ? policy.defaultServiceSec() : (double) zs[1] / zs[0];
        long open = desks.values().stream()
                .filter(d -> d.counter.zones().contains(zone))
                .filter(d -> d.state(hall.usesClerkLogin()) != CounterState.CLOSED && d.pausedSince == null)
                .count();
        return (int) Math.round(ahead * avg / Math.max(1, open));
    }

    private CounterView view(CounterDesk d) {
        ClerkRef clerk = d.clerk == null ? null
                : hall.clerk(d.clerk).map(c -> new ClerkRef(c.id(), c.name())).orElse(null);
        Integer avg = d.servedToday == 0 ? null : (int) Math.round((double) d.serviceSecToday / d.servedToday);
        return new CounterView(d.counter.id(), d.counter.name(), d.counter.nameEn(),
                d.state(hall.usesClerkLogin()), d.ticket == null ? null : view(d.ticket), clerk, d.pauseReason,
                d.servedToday, avg);
    }

    // ---- bookings (contract section 9) -------------------------------------------------------------------

    /** The slots of a zone's day with their free places. */
    public List<SlotPlaces> bookingSlots(String zone, LocalDate onDay) {
        return bookings.slots(zone, onDay);
    }

    /** Books a place for the holder of {@code idCardNumber} (checked, kept only as its salted hash). */
    public BookingRecord book(String zone, LocalDate onDay, String slot, String idCardNumber, String phone) {
        if (idCardNumber == null) {
            throw new HallException(ErrorCode.BAD_REQUEST, "ID_FORMAT", "a booking needs the ID number");
        }
        IdNumber id = IdCheck.parse(idCardNumber, day);
        return bookings.book(zone, onDay, slot, hasher.hash(id), phone);
    }

    public BookingRecord booking(String code, String key) {
        return bookings.show(code, key);
    }

    public BookingRecord cancelBooking(String code, String key) {
        return bookings.cancel(code, key);
    }

    /** Every booking of a day the hall still holds, for the dashboard and the reminders. */
    public List<BookingRecord> bookingsOf(LocalDate onDay) {
        return bookings.ofDay(onDay);
    }

    /** Bookings whose check-in has closed become no-shows; run as time passes, like {@link #rollOverIfDue}. */
    public List<BookingRecord> markBookingNoShows() {
        return bookings.markNoShows();
    }

    /**
     * A booked citizen's arrival, by the booking's code or the ID number: inside the check-in window, a ticket of the
     * booking's zone in its booked line (called before the walk-ins from the slot's start). Hours and the daily cap
     * do not apply: the booking holds its place, in a 延时 session too.
     */
    public TicketView checkIn(String kiosk, String code, String idCardNumber) {
        BookingRecord b;
        if (code != null) {
            b = bookings.arrival(code);
        } else if (idCardNumber != null) {
            b = bookings.arrivalOf(hasher.hash(IdCheck.parse(idCardNumber, day)));
        } else {
            throw new HallException(ErrorCode.BAD_REQUEST, "give the booking's 'code' or the 'idCard' number");
        }
        ZoneQueue zq = zoneQueue(b.zone());
        Instant now = clock.instant();
        String prefix = zq.zone.prefix();
        int serial = lastSerial.getOrDefault(prefix, 0) + 1;
        Ticket t = new Ticket(day, prefix + (serial < 1000 ? String.format("%03d", serial) : serial), prefix,
                serial, b.zone(), false, now, b.idHash(), kiosk, TicketKey.fresh());
        t.state = TicketState.WAITING;
        t.queueClass = QueueClass.BOOKED;
        t.queueKey = nextKey(now);
        t.booking = b.code();
        t.slotStartMs = bookings.slotStart(b).toEpochMilli();
        bookings.checkedIn(b, t.number);
        countToday(t);
        if (b.phone() != null) {
            attachPhone(t.number, b.phone());
        }
        zq.add(t);
        effects.issued(t);
        TicketView v = view(t);
        emit(Set.of(t.zone), now, new TicketChanged(v, TicketChange.ISSUED));
        queueChanged(zq);
        return v;
    }

    /** For tests and logs: the counter's state. */
    public CounterState counterState(String counter) {
        return desk(counter).state(hall.usesClerkLogin());
    }

    // ---- phone (issue 17) --------------------------------------------------------------------------------

    /** Today's tickets' phone numbers by ticket number; the store deletes a row when its ticket ends. */
    private final Map<String, String> phones = new HashMap<>();

    /**
     * Gives today's ticket {@code number} the phone number the hall texts about its turn (written with the batch).
     * Check-in calls it with the booking's phone.
     */
    public void attachPhone(String number, String phone) {
        Ticket t = today.get(number);
        if (t == null) {
            throw new HallException(ErrorCode.NOT_FOUND, "no ticket " + number + " today");
        }
        if (!hallq.server.notify.PhoneNumbers.valid(phone)) {
            throw new HallException(ErrorCode.BAD_REQUEST, "PHONE", "a phone number is a mainland mobile number");
        }
        phones.put(number, phone);
        effects.phone(new TicketPhone(day, number, phone));
    }

    /**
     * phone2 (issue 17): op {@code attach-phone}, the kiosk that issued today's waiting ticket {@code number} gives it
     * the citizen's mobile number (a booked ticket has its booking's already; this one replaces it). All checked
     * before anything changes; the number goes with the batch into {@code ticket_phone} and is deleted with the
     * ticket's end or its day, like a booking's.
     */
    public TicketView attachPhoneAt(String kiosk, String number, String phone) {
        Ticket t = today.get(number);
        if (t == null || !kiosk.equals(t.kiosk)) {
            // another kiosk's ticket is as unknown as none: a kiosk cannot text someone else's ticket
            throw new HallException(ErrorCode.NOT_FOUND, "UNKNOWN_TICKET", "no ticket of this kiosk with that number today");
        }
        if (!t.state.isQueued()) {
            throw new HallException(ErrorCode.CONFLICT, "TICKET_STATE", "ticket " + t.number + " is "
                    + t.state.wire() + ": only a waiting ticket is texted");
        }
        attachPhone(number, phone); // checks the number before it keeps it
        return view(t);
    }

    /** Today's tickets that have a phone and are not over, as the wire shows them, each with its phone. */
    public List<Map.Entry<TicketView, String>> ticketsWithPhones() {
        List<Map.Entry<TicketView, String>> out = new ArrayList<>();
        for (Map.Entry<String, String> e : phones.entrySet()) {
            Ticket t = today.get(e.getKey());
            if (t != null && t.state != TicketState.DONE && t.state != TicketState.CANCELLED) {
                out.add(Map.entry(view(t), e.getValue()));
            }
        }
        return out;
    }

    // ---- cases2 (issue 18): telling the citizen ---------------------------------------------------------------

    /** The citizen's mobile number for a case window {@code counter} opened (its 办结/退件 text, the call list). */
    public CaseView casePhone(String counter, String id, String phone) {
        if (!hallq.server.notify.PhoneNumbers.valid(phone)) {
            throw new HallException(ErrorCode.BAD_REQUEST, "PHONE", "a phone number is a mainland mobile number");
        }
        return cases.view(cases.attachPhone(counter, id, phone), false);
    }

    /** The 待通知 list (a hall with an SMS platform lists only the cases it could not text). */
    public List<hallq.protocol.message.Replies.CaseCall> caseCalls() {
        List<hallq.protocol.message.Replies.CaseCall> out = new ArrayList<>();
        for (CaseRecord c : cases.toCall(hall.sms() != null)) {
            out.add(new hallq.protocol.message.Replies.CaseCall(cases.view(c, false), c.phone(),
                    c.matter() == null ? null : matters.nameOf(c.matter())));
        }
        return out;
    }

    /** A call of the list made by window {@code counter}. */
    public CaseView caseNotified(String counter, String id) {
        return cases.view(cases.notified(counter, id), false);
    }

    /** The held cases that are ready or returned and have a phone: what the 办结/退件 texts are about. */
    public List<CaseRecord> casesWithPhones() {
        return cases.held().stream().filter(c -> c.phone() != null
                && (c.state() == CaseState.READY || c.state() == CaseState.RETURNED)).toList();
    }

    /** A held case as the wire shows it (no key), for the case page's stream. */
    public Optional<CaseView> caseView(String id) {
        return heldCase(id).map(c -> cases.view(c, false));
    }

    /** The matters' names, for texts. */
    public MatterCatalogue matters() {
        return matters;
    }
}
