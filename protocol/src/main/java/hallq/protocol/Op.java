package hallq.protocol;

import hallq.protocol.hall.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every operation of the WebSocket contract (section 4 and this project's additions): its wire name, the role that
 * may send it (null: any role), whether it changes the hall (its reply is then kept for a retry, section 4), and its
 * arguments with their types and longest texts (section 7). The one place an op is named: the server's op table, its
 * edge checks and the terminals all start from here.
 */
public enum Op {
    HELLO("hello", null, false, text("device", Limits.ID), text("token", Limits.ID)),
    PING("ping", null, false),
    SNAPSHOT("snapshot", null, false),
    REPORT("report", null, true, text("fault", Limits.TEXT), text("message", Limits.TEXT)),
    ISSUE("issue", Role.KIOSK, true, text("zone", Limits.NAME), bool("green"), text("idCard", 32),
            text("case", Limits.NAME),
            // rating (issue 20): why the ticket is green (GreenReason's wire name)
            text("greenReason", Limits.REASON)),
    LOGIN("login", Role.COUNTER, true, text("clerk", Limits.NAME), text("pin", Limits.NAME)),
    LOGOUT("logout", Role.COUNTER, true),
    CALL_NEXT("call-next", Role.COUNTER, true),
    RECALL("recall", Role.COUNTER, true),
    START("start", Role.COUNTER, true),
    FINISH("finish", Role.COUNTER, true, text("outcome", 16), text("dueDate", 10),
            // cases (issue 18): the matter (事项) code, 补正's missing materials, 容缺受理's waived ones and their date
            text("matter", Limits.NAME), texts("missing", Limits.MATERIAL), texts("waived", Limits.MATERIAL),
            text("waivedDue", 10),
            // rating (issue 20, 一事一评): the other matters handled in the visit
            texts("matters", Limits.NAME)),
    NO_SHOW("no-show", Role.COUNTER, true),
    REQUEUE("requeue", Role.COUNTER, true, text("ticket", Limits.NAME)),
    TRANSFER("transfer", Role.COUNTER, true, text("zone", Limits.NAME)),
    PAUSE("pause", Role.COUNTER, true, text("reason", Limits.TEXT)),
    RESUME("resume", Role.COUNTER, true),
    RATE("rate", Role.COUNTER, true, text("ticket", Limits.NAME), whole("level"),
            // rating (issue 20): a 1's or 2's reasons (RatingReason's wire names), the matter rated (一事一评)
            texts("reasons", Limits.REASON), text("matter", Limits.NAME)),
    NO_SHOWS("no-shows", Role.COUNTER, false),
    STATS("stats", Role.MANAGER, false, text("from", 10), text("to", 10)),
    // bookings (contract section 9): a booked citizen's arrival, by the booking's code or the ID number
    CHECK_IN("check-in", Role.KIOSK, true, text("code", Limits.NAME), text("idCard", 32)),
    // cases (issue 18): the back office's changes of a case (managers send them over HTTP, /api/cases/{id}/...)
    CASE_READY("case-ready", Role.BACKOFFICE, true, text("case", Limits.NAME)),
    CASE_RETURNED("case-returned", Role.BACKOFFICE, true, text("case", Limits.NAME), text("reason", Limits.TEXT)),
    CASE_MAILED("case-mailed", Role.BACKOFFICE, true, text("case", Limits.NAME), text("tracking", Limits.NAME)),
    // phone2 (issue 17): the kiosk attaches the citizen's mobile number to a waiting ticket it issued, for its texts
    ATTACH_PHONE("attach-phone", Role.KIOSK, true, text("ticket", Limits.NAME), text("phone", 16)),
    // cases2 (issue 18): the matters (事项) catalogue, of one zone or (no zone) the whole hall
    MATTERS("matters", null, false, text("zone", Limits.NAME)),
    // cases2 (issue 18): telling the citizen: the phone given at the window, the pickup window's 待通知 call list
    CASE_PHONE("case-phone", Role.COUNTER, true, text("case", Limits.NAME), text("phone", 16)),
    CASE_CALLS("case-calls", Role.COUNTER, false),
    CASE_NOTIFIED("case-notified", Role.COUNTER, true, text("case", Limits.NAME)),
    // rating (issue 20): the 差评 closed loop, the managers' work items
    RATING_ITEMS("rating-items", Role.MANAGER, false),
    RATING_STEP("rating-step", Role.MANAGER, true, text("item", Limits.ITEM), text("to", Limits.REASON),
            text("note", Limits.NOTE), text("responsible", Limits.NAME));

    /** Contract section 7's longest texts. */
    public static final class Limits {
        /** {@code device}, {@code token}, a request's {@code id}, an {@code Idempotency-Key}. */
        public static final int ID = 200;
        /** {@code op} and the short names: clerk, pin, zone, ticket, case, code. */
        public static final int NAME = 64;
        /** A pause reason, a report's fault and message. */
        public static final int TEXT = 200;
        /** A follow-up note of a 差评. */
        public static final int NOTE = 1000;
        /** Cases (issue 18): one material's name in a list ({@link Type#TEXTS}). */
        public static final int MATERIAL = 100;
        /** Cases (issue 18): the most items a list ({@link Type#TEXTS}) may hold. */
        public static final int ITEMS = 30;
        /** Rating (issue 20): a green-channel or a rating reason's wire name. */
        public static final int REASON = 16;
        /** Rating (issue 20): a rating's id, {@code day/number/matter}. */
        public static final int ITEM = 100;

        private Limits() {
        }
    }

    /** The JSON type of an argument. */
    public enum Type { TEXT, BOOL, WHOLE,
        /** A list of at most {@link Limits#ITEMS} texts, each at most the argument's longest (cases, issue 18). */
        TEXTS }

    /** An argument: its name, type and, for a text, its longest length. */
    public record Arg(String name, Type type, int maxLength) {
    }

    private static Arg text(String name, int max) {
        return new Arg(name, Type.TEXT, max);
    }

    private static Arg texts(String name, int maxEach) {
        return new Arg(name, Type.TEXTS, maxEach);
    }

    private static Arg bool(String name) {
        return new Arg(name, Type.BOOL, 0);
    }

    private static Arg whole(String name) {
        return new Arg(name, Type.WHOLE, 0);
    }

    private static final Map<String, Op> BY_WIRE = new HashMap<>();

    static {
        for (Op op : values()) {
            BY_WIRE.put(op.wire, op);
        }
    }

    private final String wire;
    private final Role role;
    private final boolean changes;
    private final List<Arg> args;

    Op(String wire, Role role, boolean changes, Arg... args) {
        this.wire = wire;
        this.role = role;
        this.changes = changes;
        this.args = List.of(args);
    }

    public String wire() {
        return wire;
    }

    /** The role that may send it; null: every role. */
    public Role role() {
        return role;
    }

    /** Whether it may change the hall: its reply is kept, so that a retry is answered and not acted on twice. */
    public boolean changes() {
        return changes;
    }

    public List<Arg> args() {
        return args;
    }

    /** Whether a device of {@code r} may send it. */
    public boolean allows(Role r) {
        return role == null || role == r;
    }

    public static Optional<Op> fromWire(String wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }

    @Override
    public String toString() {
        return wire;
    }
}
