package hallq.server.cases;

import hallq.protocol.CaseState;
import hallq.protocol.CaseView;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.Outcome;
import hallq.protocol.calendar.WorkingDays;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.Role;
import hallq.server.queue.HallException;
import hallq.server.queue.TicketKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The case rules of one hall (contract section 10), plain Java over an injected clock, owned by the hall thread like
 * the queue. It holds the cases still in the hall's hands (every state but collected, mailed and closed): those the
 * back office works on, those waiting for pickup, the 补正 ones waiting for the citizen's return. Every method checks
 * everything before it changes anything: a {@link HallException} leaves the cases as they were. What changed is
 * handed over with {@link #takeChanged}, for the journal.
 *
 * <pre>
 * accepted ──ready──▶ ready ──────┬─collected (the pickup ticket finished done)
 *     └────returned(reason)──▶ returned ─┴─mailed(tracking)
 * incomplete ──closed (a later visit naming it was finished)
 * </pre>
 */
public final class Cases {
    /** A case due within this many working days (today counting as 0) is 即将到期. */
    public static final int SOON_WORKING_DAYS = 2;
    private static final DateTimeFormatter ID_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Clock clock;
    private final ZoneId zoneId;
    private final WorkingDays days;
    private final Supplier<String> keys;
    private final Map<String, CaseRecord> open = new LinkedHashMap<>();
    private final Map<String, String> idByKey = new HashMap<>();
    private final List<CaseRecord> changed = new ArrayList<>();

    public Cases(Clock clock, ZoneId zoneId, WorkingDays days, Collection<CaseRecord> restored) {
        this(clock, zoneId, days, restored, () -> {
            long[] k = TicketKey.fresh();
            return TicketKey.text(k[0], k[1]);
        });
    }

    /** As above with the keys made by {@code keys} (a test's fixed ones). */
    public Cases(Clock clock, ZoneId zoneId, WorkingDays days, Collection<CaseRecord> restored, Supplier<String> keys) {
        this.clock = clock;
        this.zoneId = zoneId;
        this.days = days;
        this.keys = keys;
        for (CaseRecord c : restored) {
            if (!c.state().isFinal()) {
                hold(c);
            }
        }
    }

    public WorkingDays workingDays() {
        return days;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zoneId);
    }

    // ---- opening at the window's finish ----------------------------------------------------------------------

    /**
     * The case {@code o}'s finish opens, checked and not yet held ({@link #open}); empty when its outcome opens
     * none (done, rejected, consult). {@code accepted} (承诺件) is due on {@code o.dueDate()}, or the matter's
     * promised working days after today; {@code accepted} with {@code waived} materials (容缺受理) needs the date they
     * are due; {@code incomplete} (补正) lists what is missing.
     */
    public Optional<CaseRecord> opening(CaseOpening o) {
        LocalDate today = today();
        boolean accepted = o.outcome() == Outcome.ACCEPTED;
        boolean incomplete = o.outcome() == Outcome.INCOMPLETE;
        if (!o.missing().isEmpty() && !incomplete) {
            throw bad("MISSING_NOT_INCOMPLETE", "'missing' goes only with outcome 'incomplete' (补正)");
        }
        if ((!o.waived().isEmpty() || o.waivedDue() != null) && !accepted) {
            throw bad("WAIVED_NOT_ACCEPTED", "'waived' goes only with outcome 'accepted' (容缺受理)");
        }
        if (!o.waived().isEmpty() && o.waivedDue() == null) {
            throw bad("WAIVED_DUE", "容缺受理 needs 'waivedDue', the date the waived materials are due");
        }
        if (o.waivedDue() != null && o.waived().isEmpty()) {
            throw bad("WAIVED_DUE", "'waivedDue' goes only with 'waived' materials");
        }
        if (o.dueDate() != null && o.dueDate().isBefore(today)) {
            throw bad("DUE_IN_PAST", "the due date " + o.dueDate() + " is before today (" + today + ")");
        }
        if (o.waivedDue() != null && o.waivedDue().isBefore(today)) {
            throw bad("DUE_IN_PAST", "the waived materials' date " + o.waivedDue() + " is before today");
        }
        if (!accepted && !incomplete) {
            return Optional.empty();
        }
        String id = o.day().format(ID_DAY) + "-" + o.ticket();
        if (open.containsKey(id)) {
            // a ticket is finished once; the same id again would be a second finish of it
            throw new HallException(ErrorCode.CONFLICT, "CASE_EXISTS", "case " + id + " is open already");
        }
        LocalDate due = accepted ? dueDate(today, o) : null;
        Instant now = clock.instant();
        return Optional.of(new CaseRecord(id, o.day(), o.ticket(), o.zone(), o.counter(), o.clerk(), o.outcome(),
                o.matter(), due, accepted ? CaseState.ACCEPTED : CaseState.INCOMPLETE, keys.get(), items(o.missing()),
                items(o.waived()), o.waivedDue(), null, null, now, now, null, null, o.previous(), 1, o.phone(), null,
                null));
    }

    private LocalDate dueDate(LocalDate today, CaseOpening o) {
        if (o.dueDate() != null) {
            return o.dueDate();
        }
        return o.promisedDays() == null ? null : days.addWorkingDays(today, o.promisedDays());
    }

    /** Materials as stored: one line each, blank ones dropped. */
    private static List<String> items(List<String> in) {
        List<String> out = new ArrayList<>();
        for (String s : in) {
            String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
            if (!t.isEmpty() && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Holds a case {@link #opening} made, as changed. */
    public void open(CaseRecord c) {
        hold(c);
        changed.add(c);
    }

    private void hold(CaseRecord c) {
        open.put(c.id(), c);
        idByKey.put(c.key(), c.id());
    }

    // ---- visits: a pickup, a return after 补正 ---------------------------------------------------------------

    /**
     * The case a kiosk's {@code issue} names (its id, or its key as printed in the receipt's QR), for a visit: a
     * ready or returned case (a pickup), or an incomplete one (the citizen back with the missing materials). A case
     * still in the back office is CONFLICT {@code NOT_READY} in words, with its due date.
     */
    public CaseRecord forVisit(String ref) {
        CaseRecord c = find(ref);
        if (c.state() == CaseState.ACCEPTED) {
            throw new HallException(ErrorCode.CONFLICT, "NOT_READY", "尚未办结，预计 "
                    + (c.dueDate() == null ? "办结后通知" : c.dueDate() + " 办结") + " (case " + c.id()
                    + " is not ready yet" + (c.dueDate() == null ? "" : ", due " + c.dueDate()) + ")");
        }
        return c;
    }

    /** Counts a visit ticket issued for the case {@link #forVisit} found. */
    public void visited(String id) {
        CaseRecord c = open.get(id);
        if (c != null) {
            put(c.visited());
        }
    }

    /**
     * A visit ticket for case {@code id} was finished with {@code outcome}: a pickup done collects a ready or
     * returned case; any finish of a return visit closes a 补正 case. Anything else changes nothing (a pickup that
     * ended another way leaves the case ready). Returns the case as it is now, or empty when it is no longer held.
     */
    public Optional<CaseRecord> visitFinished(String id, Outcome outcome) {
        CaseRecord c = open.get(id);
        if (c == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (c.state() == CaseState.INCOMPLETE) {
            return Optional.of(put(c.moved(CaseState.CLOSED, now, null, null)));
        }
        if ((c.state() == CaseState.READY || c.state() == CaseState.RETURNED) && outcome == Outcome.DONE) {
            return Optional.of(put(c.moved(CaseState.COLLECTED, now, null, null)));
        }
        return Optional.of(c);
    }

    /** The held case whose id or key is {@code ref}; NOT_FOUND {@code UNKNOWN_CASE} without echoing it whole. */
    public CaseRecord find(String ref) {
        String id = ref == null ? null : open.containsKey(ref) ? ref : idByKey.get(ref);
        if (id == null) {
            throw new HallException(ErrorCode.NOT_FOUND, "UNKNOWN_CASE", "no open case by that id or key");
        }
        return open.get(id);
    }

    // ---- the back office -----------------------------------------------------------------------------------

    /** 办结待取: the back office is done and the result waits at the pickup window. Only from {@code accepted}. */
    public CaseRecord ready(Device by, String id) {
        CaseRecord c = backOffice(by, id);
        from(c, "ready", CaseState.ACCEPTED);
        return put(c.moved(CaseState.READY, clock.instant(), null, null));
    }

    /** 退件: returned with a reason in words (required). Only from {@code accepted}. */
    public CaseRecord returned(Device by, String id, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw bad("REASON_REQUIRED", "a returned case (退件) needs its reason");
        }
        CaseRecord c = backOffice(by, id);
        from(c, "returned", CaseState.ACCEPTED);
        return put(c.moved(CaseState.RETURNED, clock.instant(), why, null));
    }

    /** Mailed (EMS) with its tracking number (required): from {@code ready} or {@code returned}. */
    public CaseRecord mailed(Device by, String id, String tracking) {
        String number = tracking == null ? "" : tracking.strip();
        if (number.isEmpty()) {
            throw bad("TRACKING_REQUIRED", "a mailed case needs its tracking number");
        }
        CaseRecord c = backOffice(by, id);
        from(c, "mailed", CaseState.READY, CaseState.RETURNED);
        return put(c.moved(CaseState.MAILED, clock.instant(), null, number));
    }

    /** The held case {@code id} when {@code by} may act on it: a manager on all, a back-office device on its zones. */
    private CaseRecord backOffice(Device by, String id) {
        CaseRecord c = open.get(id);
        if (c == null) {
            throw new HallException(ErrorCode.NOT_FOUND, "UNKNOWN_CASE", "no open case by that id");
        }
        if (!mayAct(by, c.zone())) {
            throw new HallException(ErrorCode.FORBIDDEN, "ZONE", "case " + c.id() + " is of zone '" + c.zone()
                    + "', which is not this device's");
        }
        return c;
    }

    /** Whether {@code d} may see and change cases of {@code zone}. */
    public static boolean mayAct(Device d, String zone) {
        if (d.role() == Role.MANAGER) {
            return true;
        }
        return d.role() == Role.BACKOFFICE && (d.zones().isEmpty() || d.zones().contains(zone));
    }

    private static void from(CaseRecord c, String change, CaseState... allowed) {
        for (CaseState s : allowed) {
            if (c.state() == s) {
                return;
            }
        }
        throw new HallException(ErrorCode.CONFLICT, "CASE_STATE", "case " + c.id() + " is " + c.state().wire()
                + ": it cannot be marked " + change);
    }

    private CaseRecord put(CaseRecord c) {
        if (c.state().isFinal()) {
            open.remove(c.id());
            idByKey.remove(c.key());
        } else {
            open.put(c.id(), c);
        }
        changed.add(c);
        return c;
    }

    // ---- cases2: telling the citizen (the phone, the 待通知 call list) -------------------------------------

    /**
     * The citizen's mobile number, given at the window that opened the case (only there, only while the hall holds
     * it): for the 办结/退件 text and the pickup window's call list. The number is checked by the caller.
     */
    public CaseRecord attachPhone(String counter, String id, String phone) {
        CaseRecord c = find(id);
        if (!c.id().equals(id) || !counter.equals(c.counter())) {
            throw new HallException(ErrorCode.FORBIDDEN, "NOT_HERE", "only the window that opened a case gives its phone");
        }
        return put(c.withPhone(phone, clock.instant()));
    }

    /**
     * 待通知: the ready or returned cases whose citizen has not been told yet, oldest change first. In a hall that
     * texts ({@code texts}) a case with a phone was texted, so only those without one are listed (the window tells
     * them as it can); in a hall without texts, every one.
     */
    public List<CaseRecord> toCall(boolean texts) {
        List<CaseRecord> out = new ArrayList<>();
        for (CaseRecord c : open.values()) {
            if ((c.state() == CaseState.READY || c.state() == CaseState.RETURNED) && c.notifiedAt() == null
                    && (!texts || c.phone() == null)) {
                out.add(c);
            }
        }
        out.sort(java.util.Comparator.comparing(CaseRecord::changedAt));
        return out;
    }

    /** A call of the list made (待通知 done), by window {@code counter}; only a ready or returned case, once. */
    public CaseRecord notified(String counter, String id) {
        CaseRecord c = open.get(id);
        if (c == null) {
            throw new HallException(ErrorCode.NOT_FOUND, "UNKNOWN_CASE", "no open case by that id");
        }
        if (c.state() != CaseState.READY && c.state() != CaseState.RETURNED) {
            throw new HallException(ErrorCode.CONFLICT, "CASE_STATE", "case " + c.id() + " is " + c.state().wire()
                    + ": nothing to tell yet");
        }
        if (c.notifiedAt() != null) {
            throw new HallException(ErrorCode.CONFLICT, "NOTIFIED", "case " + c.id() + " was told already");
        }
        return put(c.notified(clock.instant(), counter));
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** Every change since the last call, in order (a case changed twice is there twice; the last one stands). */
    public List<CaseRecord> takeChanged() {
        List<CaseRecord> out = List.copyOf(changed);
        changed.clear();
        return out;
    }

    /** The cases held, oldest first. */
    public Collection<CaseRecord> held() {
        return List.copyOf(open.values());
    }

    /**
     * {@code overdue} when the back office still holds the case past its due date, {@code soon} when it is due within
     * {@link #SOON_WORKING_DAYS} working days, else null.
     */
    public static String due(CaseRecord c, LocalDate today, WorkingDays days) {
        if (c.state() != CaseState.ACCEPTED || c.dueDate() == null) {
            return null;
        }
        if (today.isAfter(c.dueDate())) {
            return "overdue";
        }
        return days.workingDaysBetween(today, c.dueDate()) < SOON_WORKING_DAYS ? "soon" : null;
    }

    /** The case on the wire, with its key only for who may hold it (the window that opened it, the key's holder). */
    public static CaseView view(CaseRecord c, boolean withKey, LocalDate today, WorkingDays days, ZoneId zoneId) {
        return new CaseView(c.id(), c.day().toString(), c.ticket(), c.zone(), c.counter(), c.clerk(), c.outcome(),
                c.matter(), str(c.dueDate()), c.state(), withKey ? c.key() : null, c.missing(), c.waived(),
                str(c.waivedDue()), c.reason(), c.tracking(), time(c.openedAt(), zoneId), time(c.changedAt(), zoneId),
                due(c, today, days), c.previous());
    }

    public CaseView view(CaseRecord c, boolean withKey) {
        return view(c, withKey, today(), days, zoneId);
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String time(Instant t, ZoneId zoneId) {
        return t == null ? null : Json.time(t, zoneId);
    }

    private static HallException bad(String reason, String message) {
        return new HallException(ErrorCode.BAD_REQUEST, reason, message);
    }
}
