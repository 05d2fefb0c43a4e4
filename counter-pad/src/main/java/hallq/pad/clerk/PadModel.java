package hallq.pad.clerk;

import hallq.hardware.rating.RatingKeys;
import hallq.pad.rating.RatingFlow;
import hallq.pad.rating.RatingPrompt;
import hallq.protocol.CaseView;
import hallq.protocol.ClerkRef;
import hallq.protocol.calendar.WorkingDays;
import hallq.protocol.matters.MatterCatalogue;
import hallq.protocol.ErrorCode;
import hallq.terminal.time.Timers;
import hallq.protocol.Outcome;
import hallq.protocol.TicketView;
import hallq.protocol.client.HallClient;
import hallq.protocol.event.Event;
import hallq.protocol.message.Refused;
import hallq.protocol.message.Replies.LoggedIn;
import hallq.protocol.message.Replies.TicketReply;
import hallq.protocol.message.Replies.Welcome;
import hallq.protocol.message.Request;
import hallq.protocol.message.Requests;
import hallq.terminal.link.HallLink;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counter pad without its screen: what the window is doing, what the clerk may do next, and the
 * citizen's rating. Everything here runs on one thread, the model thread (the JavaFX thread in the app);
 * the link's and the keys' callbacks are handed over to it. Each change publishes a new {@link PadState}.
 */
public final class PadModel implements HallClient.HallListener, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PadModel.class);
    public static final Duration RATING_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration THANKS = Duration.ofSeconds(3);
    /** Errors after which the pad's picture of its window may be stale: ask the server again. */
    private static final Set<ErrorCode> RESYNC_CODES = EnumSet.of(ErrorCode.CONFLICT, ErrorCode.FORBIDDEN,
            ErrorCode.NOT_FOUND);

    private final HallLink link;
    private final Executor modelThread;
    private final RatingFlow rating;
    private final List<Consumer<PadState>> listeners = new CopyOnWriteArrayList<>();
    private volatile PadState state = PadState.INITIAL;
    /** Counts hellos: a reply that crossed a reconnect is older than the snapshot that came with the hello. */
    private int epoch;
    private long seq;
    /** Nesting of model-thread work; listeners hear the state once, when the outermost piece is done. */
    private int depth;
    private PadState published = state;

    /**
     * @param ratingKeys the physical evaluator, or null
     */
    public PadModel(HallLink link, Executor modelThread, Timers scheduler, Clock clock, RatingKeys ratingKeys,
                    Duration ratingTimeout) {
        this.link = link;
        this.modelThread = modelThread;
        this.rating = new RatingFlow(scheduler, clock, ratingTimeout, THANKS, ratingKeys, modelThread,
                new RatingFlow.Host() {
                    @Override
                    public void show(RatingPrompt prompt) {
                        update(s -> s.withRating(prompt));
                    }

                    @Override
                    public void rate(String ticket, int level, java.util.List<hallq.protocol.RatingReason> reasons) {
                        sendRating(ticket, level, reasons, null);
                    }

                    @Override
                    public void rate(String ticket, int level, java.util.List<hallq.protocol.RatingReason> reasons,
                                     String matter) {
                        sendRating(ticket, level, reasons, matter);
                    }
                });
    }

    /** Connects; call once, on any thread. */
    public PadModel start() {
        link.start(this);
        return this;
    }

    public PadState state() {
        return state;
    }

    /** Told every new state, on the model thread. */
    public void addListener(Consumer<PadState> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<PadState> listener) {
        listeners.remove(listener);
    }

    /** The thread every command must be called on; physical keys hand their presses to it. */
    public Executor modelThread() {
        return modelThread;
    }

    // ---- the clerk's commands (model thread) -----------------------------------------------------------------

    public void login(String clerk, String pin) {
        batch(() -> send(PadAction.LOGIN, new Requests.Login(clerk, pin), null));
    }

    public void finish(Outcome outcome, LocalDate dueDate) {
        LocalDate due = outcome == Outcome.ACCEPTED ? dueDate : null;
        batch(() -> send(PadAction.FINISH, withVisitMatters(new Requests.Finish(outcome, due)), null));
    }

    // ---- rating (issue 20, 一事一评): the matters the window's ticket handled ---------------------------------

    /** The most matters a visit names (as the server takes). */
    public static final int MAX_MATTERS = 10;
    /** The names of the matters the last finish named, for the rating screen after its reply. */
    private final java.util.Map<String, String> finishingNames = new java.util.HashMap<>();

    /** Adds a matter handled for the window's ticket; whether it was added (not twice, at most {@link #MAX_MATTERS}). */
    public boolean addMatter(hallq.protocol.hall.Matter m) {
        PadState s = state;
        if (s.ticket() == null || s.matters().size() >= MAX_MATTERS
                || s.matters().stream().anyMatch(x -> x.code().equals(m.code()))) {
            return false;
        }
        List<hallq.protocol.hall.Matter> next = new java.util.ArrayList<>(s.matters());
        next.add(m);
        batch(() -> update(x -> x.withMatters(next)));
        return true;
    }

    /** Takes a matter off the window's ticket's list. */
    public void removeMatter(String code) {
        List<hallq.protocol.hall.Matter> next = state.matters().stream().filter(x -> !x.code().equals(code)).toList();
        batch(() -> update(x -> x.withMatters(next)));
    }

    /** The finish naming the matters chosen for the ticket (the server puts a case's matter first, each once). */
    private Requests.Finish withVisitMatters(Requests.Finish f) {
        List<hallq.protocol.hall.Matter> chosen = state.matters();
        finishingNames.clear();
        chosen.forEach(m -> finishingNames.put(m.code(), m.name()));
        if (chosen.isEmpty()) {
            return f;
        }
        List<String> codes = new java.util.ArrayList<>(f.matters() == null ? List.of() : f.matters());
        chosen.stream().map(hallq.protocol.hall.Matter::code).filter(c -> !codes.contains(c)).forEach(codes::add);
        return f.withMatters(codes);
    }

    /** The finished visit's matters as the rating screen asks about them, by name where the pad knows it. */
    private List<hallq.pad.rating.RatedMatter> ratedMatters(TicketView t) {
        if (t.matters() == null) {
            return List.of();
        }
        MatterCatalogue known = matters == null ? null : matters.getNow(null);
        return t.matters().stream().map(code -> new hallq.pad.rating.RatedMatter(code,
                finishingNames.getOrDefault(code, known == null ? null
                        : known.byCode(code).map(hallq.protocol.hall.Matter::name).orElse(null)))).toList();
    }

    /** Cases2 (issue 18): a finish the case sheet made (承诺件, 容缺受理, 补正 with its matter and materials). */
    public void finish(Requests.Finish f) {
        finish(f, null);
    }

    /** As above, and the citizen's mobile number to give the case it opens (op {@code case-phone}), or null. */
    public void finish(Requests.Finish f, String phone) {
        casePhone = phone;
        batch(() -> send(PadAction.FINISH, withVisitMatters(f), null));
    }

    public void requeue(String number) {
        batch(() -> send(PadAction.REQUEUE, new Requests.Requeue(number), null));
    }

    public void transfer(String zone) {
        batch(() -> send(PadAction.TRANSFER, new Requests.Transfer(zone), null));
    }

    /** Pauses the window; {@code reason} (optional) is shown to the hall manager. */
    public void pause(String reason) {
        String r = reason == null || reason.isBlank() ? null : reason.strip();
        batch(() -> send(PadAction.PAUSE, new Requests.Pause(r), r));
    }

    /** The actions that need no choice: call-next, recall, start, no-show, resume, logout, pause without reason. */
    public void perform(PadAction action) {
        switch (action) {
            case CALL_NEXT, RECALL, START, NO_SHOW ->
                    batch(() -> send(action, new Requests.WindowAct(action.windowOp().op()), null));
            case RESUME -> batch(() -> send(action, new Requests.Resume(), null));
            case LOGOUT -> batch(() -> send(action, new Requests.Logout(), null));
            case PAUSE -> pause(null);
            default -> throw new IllegalArgumentException(action + " needs a choice from the clerk");
        }
    }

    /** The pause key: pauses an idle window, resumes a paused one. */
    public void togglePause() {
        perform(PadAction.RESUME.allowedIn(state) ? PadAction.RESUME : PadAction.PAUSE);
    }

    /** The citizen's answer on the screen; returns whether it counted (only the first answer does). */
    public boolean rate(int level) {
        boolean[] counted = {false};
        batch(() -> counted[0] = rating.answer(level));
        return counted[0];
    }

    /** Rating (issue 20): the citizen taps a reason of a 1 or 2; whether it counted. */
    public boolean toggleReason(hallq.protocol.RatingReason r) {
        boolean[] counted = {false};
        batch(() -> counted[0] = rating.toggleReason(r));
        return counted[0];
    }

    /** Rating (issue 20): the citizen is done with the reasons: the rating goes with those chosen. */
    public boolean reasonsDone() {
        boolean[] counted = {false};
        batch(() -> counted[0] = rating.reasonsDone());
        return counted[0];
    }

    /** Today's no-show numbers, fresh from the server (for the requeue list); completes on the model thread. */
    public CompletableFuture<List<String>> fetchNoShows() {
        CompletableFuture<List<String>> result = new CompletableFuture<>();
        int sentEpoch = epoch;
        link.call(new Requests.NoShowsToday()).whenComplete((reply, failure) -> onModelThread(() -> {
            if (failure != null) {
                result.complete(state.noShows());
                return;
            }
            List<String> numbers = List.copyOf(reply.tickets());
            if (sentEpoch == epoch) {
                update(s -> s.withNoShows(numbers));
            }
            result.complete(numbers);
        }));
        return result;
    }

    /**
     * Tells the hall manager about a fault of this pad (protocol addition {@code report}: managers see it as a
     * {@code device} event). Queued until the link is up; the clerk's buttons are not held up by it.
     */
    public void report(String fault, String message) {
        link.call(new Requests.Report(fault, message)).whenComplete((reply, failure) -> {
            if (failure != null) {
                log.warn("fault report {} not taken: {}", fault, cause(failure).toString());
            }
        });
    }

    /** Shows a notice from outside the model (a physical key pressed when its action cannot be done). */
    public void tell(Notice notice) {
        batch(() -> update(s -> s.withNotice(notice)));
    }

    // ---- sending ---------------------------------------------------------------------------------------------

    private void send(PadAction action, Request<?> request, String pauseReason) {
        String refusal = action.refusal(state);
        if (refusal != null) {
            // The screen disables the button; a physical key or a stale click lands here and is told why.
            update(s -> s.withNotice(Notice.warning(refusal)));
            return;
        }
        int sentEpoch = epoch;
        update(s -> s.withPending(action.op()).withNotice(null));
        link.call(request).whenComplete((reply, failure) ->
                onModelThread(() -> replied(action, sentEpoch, pauseReason, reply, failure)));
    }

    private void replied(PadAction action, int sentEpoch, String pauseReason, Object reply, Throwable failure) {
        update(s -> s.withPending(null));
        if (failure != null) {
            Throwable why = cause(failure);
            if (why instanceof Refused r) {
                refused(action, r);
                return;
            }
            log.warn("{} not answered: {}", action.op(), why.toString());
            update(s -> s.withNotice(Notice.error("error.link", why.getMessage())));
            return;
        }
        TicketView t = reply instanceof TicketReply r ? r.ticket() : null;
        ClerkRef clerk = reply instanceof LoggedIn l ? l.clerk() : null;
        if (sentEpoch == epoch) {
            update(s -> s.withCounter(ReplyTransitions.after(action, s.counter(), t, clerk, pauseReason,
                    s.setup() != null && s.setup().clerksLogIn())));
        }
        update(s -> s.withNotice(done(action, t, clerk)));
        switch (action) {
            case NO_SHOW -> update(s -> s.withNoShow(t.number(), true));
            case REQUEUE -> update(s -> s.withNoShow(t.number(), false));
            case FINISH -> {
                // cases2 (issue 18): the case it opened, with its key, for the receipt
                CaseView opened = reply instanceof TicketReply r ? r.caseView() : null;
                String phone = casePhone;
                casePhone = null;
                if (opened != null && phone != null) {
                    sendCasePhone(opened.id(), phone);
                }
                if (opened != null) {
                    caseListeners.forEach(l -> l.accept(opened));
                }
                rating.begin(t.number(), ratedMatters(t)); // issue 20: once per matter of the visit
            }
            default -> {
            }
        }
    }

    private Notice done(PadAction action, TicketView t, ClerkRef clerk) {
        if (action == PadAction.CALL_NEXT && t == null) {
            return Notice.info("notice.nobodyWaiting");
        }
        return switch (action) {
            case LOGIN -> Notice.info("notice.login", clerk == null ? "" : clerk.name());
            case FINISH -> Notice.info("notice.finish", t.number(), t.outcome());
            case TRANSFER -> Notice.info("notice.transfer", t.number(),
                    state.setup().zone(t.zone()).map(Object.class::cast).orElse(t.zone()));
            case PAUSE, RESUME, LOGOUT -> Notice.info("notice." + action.op());
            default -> Notice.info("notice." + action.op(), t == null ? "" : t.number());
        };
    }

    private void refused(PadAction action, Refused r) {
        log.info("{} refused: {} {}", action.op(), reasonOf(r), r.getMessage());
        update(s -> s.withNotice(Notice.error("error." + reasonOf(r), r.getMessage())));
        if (RESYNC_CODES.contains(r.code())) {
            resync();
        }
    }

    /** The refusal's reason, or its code where it gives none: the key of its wording ({@code error.BAD_PIN}). */
    private static String reasonOf(Refused r) {
        return r.reason() != null ? r.reason() : r.code().name();
    }

    /** The failure itself, out of the wrapping a future's stage puts around it. */
    private static Throwable cause(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Asks for the hall again after a refusal that shows the pad's picture was stale. */
    private void resync() {
        link.call(new Requests.SnapshotNow()).whenComplete((reply, failure) -> onModelThread(() -> {
            // a snapshot older than an event already applied would undo that event
            if (failure == null && reply.seq() >= seq) {
                seq = reply.seq();
                update(s -> ServerNews.withSnapshot(s, reply.snapshot()));
            }
        }));
    }

    private void sendRating(String ticket, int level, java.util.List<hallq.protocol.RatingReason> reasons,
                            String matter) {
        link.call(new Requests.Rate(ticket, level, reasons.stream().map(hallq.protocol.RatingReason::wire).toList(),
                matter)).whenComplete((reply, failure) ->
                onModelThread(() -> {
                    Throwable why = failure == null ? null : cause(failure);
                    if (why instanceof Refused r) {
                        log.warn("rating of {} refused: {}", ticket, r.getMessage());
                        update(s -> s.withNotice(Notice.error("error." + reasonOf(r), r.getMessage())));
                    } else if (why != null) {
                        log.warn("rating of {} not sent: {}", ticket, why.toString());
                    } else if (state.pending() == null) {
                        update(s -> s.withNotice(Notice.info("notice.rated", ticket)));
                    }
                }));
    }

    // ---- what the server says (link thread, handed to the model thread) -----------------------------------

    @Override
    public void connected(Welcome welcome) {
        onModelThread(() -> hello(welcome));
    }

    @Override
    public void event(Event event) {
        onModelThread(() -> applyEvent(event));
    }

    @Override
    public void searching(String hallId) {
        onModelThread(() -> {
            log.info("looking for the hall {} on the network", hallId == null ? "(any)" : hallId);
            update(s -> s.withLink(LinkState.SEARCHING));
        });
    }

    @Override
    public void disconnected(String why) {
        onModelThread(() -> {
            log.info("link lost: {}", why);
            update(s -> s.withLink(LinkState.OFFLINE));
            if (why != null && why.startsWith("hello refused")) {
                // a wrong device id or token: retrying will not fix it, whoever installs the pad must see why
                update(s -> s.withNotice(new Notice(Notice.Level.ERROR, "error.helloRefused", List.of(why), why)));
            }
        });
    }

    private void hello(Welcome welcome) {
        epoch++;
        // cases2 (issue 18): the hall's calendar for due dates; its matters are asked for again when needed
        workingDays = WorkingDays.of(welcome.hall().calendar());
        publicUrl = welcome.hall().hall() == null ? null : welcome.hall().hall().publicUrl();
        pickupZone = welcome.hall().hall() == null ? null : welcome.hall().hall().pickupZone();
        matters = null;
        seq = welcome.seq();
        CounterSetup setup;
        try {
            setup = CounterSetup.fromWelcome(welcome);
        } catch (IllegalArgumentException e) {
            log.error("cannot act as a counter pad: {}", e.getMessage());
            update(s -> s.withLink(LinkState.ONLINE).withNotice(Notice.error("error.notACounter", e.getMessage())));
            return;
        }
        update(s -> ServerNews.withSnapshot(s.withLink(LinkState.ONLINE).withSetup(setup), welcome.snapshot()));
        fetchNoShows();
    }

    private void applyEvent(Event e) {
        seq = Math.max(seq, e.seq());
        update(s -> ServerNews.afterEvent(s, e.data()));
    }

    private void update(UnaryOperator<PadState> change) {
        state = change.apply(state);
        if (depth == 0) {
            publish();
        }
    }

    /** Runs one piece of model work; the listeners then see its outcome as one state, never a half-done one. */
    private void batch(Runnable work) {
        depth++;
        try {
            work.run();
        } catch (RuntimeException e) {
            // one bad message must not stop the pad; the clerk sees the last good state
            log.error("pad model failed", e);
        } finally {
            depth--;
            if (depth == 0) {
                publish();
            }
        }
    }

    private void onModelThread(Runnable work) {
        modelThread.execute(() -> batch(work));
    }

    private void publish() {
        PadState s = state;
        if (s == published) {
            return;
        }
        published = s;
        for (Consumer<PadState> l : listeners) {
            l.accept(s);
        }
    }

    // ---- cases2 (issue 18): the matters catalogue and the cases a finish opens ------------------------------

    private final List<Consumer<CaseView>> caseListeners = new CopyOnWriteArrayList<>();
    private WorkingDays workingDays = WorkingDays.WEEKDAYS;
    private CompletableFuture<MatterCatalogue> matters;
    private volatile String publicUrl;
    private volatile String pickupZone;

    /** Whether this window serves the hall's pickup zone (综合出件): it keeps the 待通知 call list. */
    public boolean servesPickup() {
        PadState s = state;
        return pickupZone != null && s.setup() != null
                && s.setup().servedZones().stream().anyMatch(z -> z.id().equals(pickupZone));
    }

    /** The 待通知 list, fresh from the server; completes on the model thread (empty, with a notice, on failure). */
    public CompletableFuture<List<hallq.protocol.message.Replies.CaseCall>> fetchCaseCalls() {
        CompletableFuture<List<hallq.protocol.message.Replies.CaseCall>> result = new CompletableFuture<>();
        link.call(new Requests.CaseCallList()).whenComplete((reply, failure) -> onModelThread(() -> {
            if (failure != null) {
                update(s -> s.withNotice(Notice.error("error.link", cause(failure).getMessage())));
                result.complete(List.of());
                return;
            }
            result.complete(List.copyOf(reply.calls()));
        }));
        return result;
    }

    /** A call of the list made; completes on the model thread with whether the server took it. */
    public CompletableFuture<Boolean> caseNotified(String caseId) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        link.call(new Requests.CaseNotified(caseId)).whenComplete((reply, failure) -> onModelThread(() -> {
            if (failure != null) {
                Throwable why = cause(failure);
                update(s -> s.withNotice(why instanceof Refused r ? Notice.error("error." + reasonOf(r), r.getMessage())
                        : Notice.error("error.link", why.getMessage())));
                result.complete(false);
                return;
            }
            update(s -> s.withNotice(Notice.info("notice.caseNotified", caseId)));
            result.complete(true);
        }));
        return result;
    }

    /**
     * Where citizens' phones reach the server, for the case page's QR: the hall's {@code publicUrl}, else the
     * server this pad talks to (contract section 8).
     */
    public String publicBase() {
        String p = publicUrl;
        if (p != null) {
            return p;
        }
        String own = link.serverBase();
        return own != null ? own : "http://127.0.0.1:7700";
    }

    /** The phone the pending finish's case is to get (model thread). */
    private String casePhone;

    private void sendCasePhone(String id, String phone) {
        link.call(new Requests.CasePhone(id, phone)).whenComplete((reply, failure) -> onModelThread(() -> {
            if (failure != null) {
                Throwable why = cause(failure);
                log.warn("the phone of case {} not given: {}", id, why.toString());
                update(s -> s.withNotice(why instanceof Refused r ? Notice.error("error." + reasonOf(r), r.getMessage())
                        : Notice.error("error.link", why.getMessage())));
            }
        }));
    }

    /** Told each case a finish of this window opened (with its key), on the model thread. */
    public void onCaseOpened(Consumer<CaseView> listener) {
        caseListeners.add(listener);
    }

    /** The hall's working days, from the last hello's calendar (model thread). */
    public WorkingDays workingDays() {
        return workingDays;
    }

    /**
     * The hall's matters, asked for once per hello (op {@code matters}) and kept; completes on the model thread,
     * with an empty catalogue when the hall cannot say (the sheet then takes typed materials).
     */
    public CompletableFuture<MatterCatalogue> fetchMatters() {
        if (matters != null && !matters.isCompletedExceptionally()) {
            return matters;
        }
        CompletableFuture<MatterCatalogue> result = new CompletableFuture<>();
        matters = result;
        link.call(new Requests.Matters(null)).whenComplete((reply, failure) -> onModelThread(() -> {
            if (failure != null) {
                log.warn("matters not read: {}", cause(failure).toString());
                if (matters == result) {
                    matters = null; // asked again next time
                }
                result.complete(MatterCatalogue.EMPTY);
                return;
            }
            result.complete(new MatterCatalogue(reply.matters()));
        }));
        return result;
    }

    @Override
    public void close() {
        rating.close();
        link.close();
    }
}
