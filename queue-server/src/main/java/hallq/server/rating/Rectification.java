package hallq.server.rating;

import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.RectifyItem;
import hallq.protocol.RectifyState;
import hallq.protocol.calendar.WorkingDays;
import hallq.protocol.hall.Clerk;
import hallq.protocol.hall.Counter;
import hallq.protocol.hall.HallConfig;
import hallq.server.queue.HallException;
import hallq.server.queue.RatingEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 差评 closed loop (issue 20): every rating of 1 or 2 is a work item, 待核实 → 整改中 → 已整改 → 已回访, or
 * 申诉 → 复核通过 | 驳回 (then 整改中), due {@code policy.rectifyDays} working days after the rating's day. Plain Java
 * over the hall's clock and calendar, owned by the hall thread: every step is checked whole before anything changes,
 * and what changed is handed to the store with the batch ({@link #takeChanged}). It holds the open items and those
 * rated within the last {@link #KEPT_DAYS} days; older closed ones live only in the database.
 */
public final class Rectification {
    /** Closed items are held this long after their rating's day, so the list shows a month and the one before. */
    public static final int KEPT_DAYS = 62;

    private static final Map<RectifyState, Set<RectifyState>> NEXT = new EnumMap<>(RectifyState.class);

    static {
        NEXT.put(RectifyState.PENDING, EnumSet.of(RectifyState.RECTIFYING, RectifyState.APPEALED));
        NEXT.put(RectifyState.RECTIFYING, EnumSet.of(RectifyState.RECTIFIED));
        NEXT.put(RectifyState.RECTIFIED, EnumSet.of(RectifyState.VISITED));
        NEXT.put(RectifyState.VISITED, EnumSet.noneOf(RectifyState.class));
        NEXT.put(RectifyState.APPEALED, EnumSet.of(RectifyState.UPHELD, RectifyState.REJECTED));
        NEXT.put(RectifyState.UPHELD, EnumSet.noneOf(RectifyState.class));
        NEXT.put(RectifyState.REJECTED, EnumSet.of(RectifyState.RECTIFYING));
    }

    private final HallConfig hall;
    private final Clock clock;
    private final ZoneId zoneId;
    private final WorkingDays workingDays;
    private final Map<String, RectifyRecord> items = new LinkedHashMap<>();
    private final List<RectifyRecord> changed = new ArrayList<>();

    public Rectification(HallConfig hall, Clock clock, WorkingDays workingDays, List<RectifyRecord> restored) {
        this.hall = hall;
        this.clock = clock;
        this.zoneId = ZoneId.of(hall.hall().timezone());
        this.workingDays = workingDays;
        restored.forEach(r -> items.put(r.id(), r));
    }

    /** The states a step may go to from {@code from}. */
    public static Set<RectifyState> next(RectifyState from) {
        return NEXT.get(from);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zoneId);
    }

    /** A rating of 1 or 2 just given: its work item, 待核实, the window's clerk responsible until a manager says. */
    public RectifyRecord open(LocalDate day, String ticket, String zone, String counter, String clerk,
                              RatingEntry rating) {
        String id = RatingRules.itemId(day, ticket, rating.matter());
        RectifyRecord r = new RectifyRecord(id, day, ticket, rating.matter(), zone, counter, clerk, rating.level(),
                rating.reasons(), rating.at(), RectifyState.PENDING,
                workingDays.addWorkingDays(day, hall.policy().rectifyDays()), clerk, List.of(), rating.at(), null);
        items.put(id, r);
        changed.add(r);
        return r;
    }

    /**
     * A manager's step: to {@code toWire} with its {@code note} (required: 核实情况, 整改措施, 回访结果, 申诉理由,
     * 复核意见), naming the person {@code responsible} when given. Out of order is CONFLICT {@code ITEM_STATE}.
     */
    public RectifyRecord step(String id, String toWire, String note, String responsible, String by) {
        RectifyRecord r = id == null ? null : items.get(id);
        if (r == null) {
            throw new HallException(ErrorCode.NOT_FOUND, "UNKNOWN_ITEM", "no 差评 work item with that id");
        }
        if (toWire == null) {
            throw new HallException(ErrorCode.BAD_REQUEST, "missing 'to'");
        }
        RectifyState to = RectifyState.find(toWire).orElseThrow(() -> new HallException(ErrorCode.BAD_REQUEST,
                "ITEM_STATE", "'to' must be one of " + wires(EnumSet.allOf(RectifyState.class))));
        Set<RectifyState> allowed = NEXT.get(r.state());
        if (!allowed.contains(to)) {
            throw new HallException(ErrorCode.CONFLICT, "ITEM_STATE", "a " + r.state().wire() + " item cannot go to "
                    + to.wire() + (allowed.isEmpty() ? ": it is closed" : "; it may go to " + wires(allowed)));
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new HallException(ErrorCode.BAD_REQUEST, to == RectifyState.APPEALED ? "APPEAL_REASON"
                    : "NOTE_REQUIRED", to == RectifyState.APPEALED ? "an appeal (申诉) needs its reason in 'note'"
                    : "each step needs its 'note' (what was found, done or said)");
        }
        String person = responsible == null ? null : responsible.strip();
        if (person != null && person.isEmpty()) {
            throw new HallException(ErrorCode.BAD_REQUEST, "RESPONSIBLE", "'responsible' names a person, not empty");
        }
        RectifyRecord moved = r.moved(to, text, by, person, clock.instant());
        items.put(id, moved);
        changed.add(moved);
        return moved;
    }

    /** Overdue: past its due date (today counting), and not rectified nor upheld on appeal. */
    public static boolean overdue(RectifyRecord r, LocalDate today) {
        return today.isAfter(r.dueDate()) && !r.state().isRectified() && r.state() != RectifyState.UPHELD;
    }

    /** The items held, oldest due first, as the wire shows them. */
    public List<RectifyItem> list() {
        LocalDate today = today();
        return items.values().stream().sorted(Comparator.comparing(RectifyRecord::dueDate)
                        .thenComparing(RectifyRecord::ratedAt)).map(r -> view(r, today)).toList();
    }

    public RectifyItem view(RectifyRecord r) {
        return view(r, today());
    }

    private RectifyItem view(RectifyRecord r, LocalDate today) {
        return new RectifyItem(r.id(), r.day().toString(), r.ticket(), r.matter(), r.zone(), r.counter(),
                r.counter() == null ? null : hall.counter(r.counter()).map(Counter::name).orElse(r.counter()),
                r.clerk(), r.clerk() == null ? null : hall.clerk(r.clerk()).map(Clerk::name).orElse(r.clerk()),
                r.level(), r.reasons(), Json.time(r.ratedAt(), zoneId), r.state(), r.dueDate().toString(),
                responsibleName(r.responsible()), overdue(r, today),
                r.steps().stream().map(s -> new RectifyItem.Step(s.state(), s.note(), s.by(),
                        Json.time(s.at(), zoneId))).toList(), List.copyOf(NEXT.get(r.state())));
    }

    /** A clerk's id shown as the clerk's name; anyone else as written. */
    private String responsibleName(String who) {
        return who == null ? null : hall.clerk(who).map(Clerk::name).orElse(who);
    }

    /** Closed items whose rating's day is older than {@link #KEPT_DAYS} are let go (the database keeps them). */
    public void forgetOld() {
        LocalDate keepFrom = today().minusDays(KEPT_DAYS);
        items.values().removeIf(r -> r.state().isFinal() && r.day().isBefore(keepFrom));
    }

    /** The items changed since the last call, each as it ends up. */
    public List<RectifyRecord> takeChanged() {
        Map<String, RectifyRecord> last = new LinkedHashMap<>();
        for (RectifyRecord r : changed) {
            last.remove(r.id());
            last.put(r.id(), r);
        }
        changed.clear();
        return List.copyOf(last.values());
    }

    private static String wires(Set<RectifyState> states) {
        return states.stream().map(RectifyState::wire).collect(Collectors.joining(", "));
    }
}
