package hallq.pad.clerk;

import hallq.protocol.Op;
import static hallq.protocol.client.HallClient.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.hardware.rating.RatingKeys;
import hallq.pad.link.ServerLink;
import hallq.pad.rating.RatingFlow;
import hallq.pad.rating.RatingPrompt;
import hallq.terminal.time.Timers;
import hallq.protocol.Outcome;
import hallq.protocol.TicketView;
import hallq.protocol.client.HallClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
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
public final class PadModel implements HallClient.Listener, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PadModel.class);
    public static final Duration RATING_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration THANKS = Duration.ofSeconds(3);
    /** Errors after which the pad's picture of its window may be stale: ask the server again. */
    private static final Set<String> RESYNC_CODES = Set.of("CONFLICT", "FORBIDDEN", "NOT_FOUND");

    private final ServerLink link;
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
    public PadModel(ServerLink link, Executor modelThread, Timers scheduler, Clock clock, RatingKeys ratingKeys,
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
                    public void rate(String ticket, int level) {
                        sendRating(ticket, level);
                    }
                });
    }

    /** Connects; call once, on any thread. */
    public PadModel start() {
        link.open(this);
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
        batch(() -> send(PadAction.LOGIN, args("clerk", clerk, "pin", pin)));
    }

    public void finish(Outcome outcome, LocalDate dueDate) {
        ObjectNode a = args("outcome", outcome.wire());
        if (outcome == Outcome.ACCEPTED && dueDate != null) {
            a.put("dueDate", dueDate.toString());
        }
        batch(() -> send(PadAction.FINISH, a));
    }

    public void requeue(String number) {
        batch(() -> send(PadAction.REQUEUE, args("ticket", number)));
    }

    public void transfer(String zone) {
        batch(() -> send(PadAction.TRANSFER, args("zone", zone)));
    }

    /** Pauses the window; {@code reason} (optional) is shown to the hall manager. */
    public void pause(String reason) {
        ObjectNode a = args();
        if (reason != null && !reason.isBlank()) {
            a.put("reason", reason.strip());
        }
        batch(() -> send(PadAction.PAUSE, a));
    }

    /** The actions that need no choice: call-next, recall, start, no-show, resume, logout, pause without reason. */
    public void perform(PadAction action) {
        switch (action) {
            case CALL_NEXT, RECALL, START, NO_SHOW, RESUME, LOGOUT -> batch(() -> send(action, args()));
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

    /** Today's no-show numbers, fresh from the server (for the requeue list); completes on the model thread. */
    public CompletableFuture<List<String>> fetchNoShows() {
        CompletableFuture<List<String>> result = new CompletableFuture<>();
        int sentEpoch = epoch;
        link.request(Op.NO_SHOWS.wire(), args()).whenComplete((reply, failure) -> onModelThread(() -> {
            if (failure != null || !reply.path("ok").asBoolean()) {
                result.complete(state.noShows());
                return;
            }
            List<String> numbers = new ArrayList<>();
            reply.path("tickets").forEach(n -> numbers.add(n.asText()));
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
        link.request(Op.REPORT.wire(), args("fault", fault, "message", message)).whenComplete((reply, failure) -> {
            if (failure != null || !reply.path("ok").asBoolean()) {
                log.warn("fault report {} not taken: {}", fault, failure != null ? failure : reply.path("error"));
            }
        });
    }

    /** Shows a notice from outside the model (a physical key pressed when its action cannot be done). */
    public void tell(Notice notice) {
        batch(() -> update(s -> s.withNotice(notice)));
    }

    // ---- sending ---------------------------------------------------------------------------------------------

    private void send(PadAction action, ObjectNode a) {
        String refusal = action.refusal(state);
        if (refusal != null) {
            // The screen disables the button; a physical key or a stale click lands here and is told why.
            update(s -> s.withNotice(Notice.warning(refusal)));
            return;
        }
        int sentEpoch = epoch;
        String reason = a.path("reason").asText(null);
        update(s -> s.withPending(action.op()).withNotice(null));
        link.request(action.op(), a).whenComplete((reply, failure) ->
                onModelThread(() -> replied(action, sentEpoch, reason, reply, failure)));
    }

    private void replied(PadAction action, int sentEpoch, String pauseReason, JsonNode reply, Throwable failure) {
        update(s -> s.withPending(null));
        if (failure != null) {
            log.warn("{} not answered: {}", action.op(), failure.toString());
            update(s -> s.withNotice(Notice.error("error.link", failure.getMessage())));
            return;
        }
        if (!reply.path("ok").asBoolean()) {
            refused(action, reply.path("error"));
            return;
        }
        if (sentEpoch == epoch) {
            update(s -> s.withCounter(ReplyTransitions.after(action, s.counter(), reply, pauseReason,
                    s.setup() != null && s.setup().clerksLogIn())));
        }
        TicketView t = ReplyTransitions.ticket(reply);
        update(s -> s.withNotice(done(action, t, reply)));
        switch (action) {
            case NO_SHOW -> update(s -> s.withNoShow(t.number(), true));
            case REQUEUE -> update(s -> s.withNoShow(t.number(), false));
            case FINISH -> rating.begin(t.number());
            default -> {
            }
        }
    }

    private Notice done(PadAction action, TicketView t, JsonNode reply) {
        if (action == PadAction.CALL_NEXT && t == null) {
            return Notice.info("notice.nobodyWaiting");
        }
        return switch (action) {
            case LOGIN -> Notice.info("notice.login", reply.path("clerk").path("name").asText());
            case FINISH -> Notice.info("notice.finish", t.number(), t.outcome());
            case TRANSFER -> Notice.info("notice.transfer", t.number(),
                    state.setup().zone(t.zone()).map(Object.class::cast).orElse(t.zone()));
            case PAUSE, RESUME, LOGOUT -> Notice.info("notice." + action.op());
            default -> Notice.info("notice." + action.op(), t == null ? "" : t.number());
        };
    }

    private void refused(PadAction action, JsonNode error) {
        String code = error.path("code").asText();
        String reason = error.path("reason").asText(code);
        log.info("{} refused: {} {}", action.op(), reason, error.path("message").asText());
        update(s -> s.withNotice(Notice.error("error." + reason, error.path("message").asText())));
        if (RESYNC_CODES.contains(code)) {
            resync();
        }
    }

    /** Asks for the hall again after a refusal that shows the pad's picture was stale. */
    private void resync() {
        link.request(Op.SNAPSHOT.wire(), args()).whenComplete((reply, failure) -> onModelThread(() -> {
            // a snapshot older than an event already applied would undo that event
            if (failure == null && reply.path("ok").asBoolean() && reply.path("seq").asLong() >= seq) {
                seq = reply.path("seq").asLong();
                update(s -> ServerNews.withSnapshot(s, reply.path("snapshot")));
            }
        }));
    }

    private void sendRating(String ticket, int level) {
        link.request("rate", args("ticket", ticket, "level", level)).whenComplete((reply, failure) ->
                onModelThread(() -> {
                    if (failure != null) {
                        log.warn("rating of {} not sent: {}", ticket, failure.toString());
                    } else if (!reply.path("ok").asBoolean()) {
                        JsonNode e = reply.path("error");
                        log.warn("rating of {} refused: {}", ticket, e.path("message").asText());
                        update(s -> s.withNotice(Notice.error("error." + e.path("reason").asText(e.path("code").asText()),
                                e.path("message").asText())));
                    } else if (state.pending() == null) {
                        update(s -> s.withNotice(Notice.info("notice.rated", ticket)));
                    }
                }));
    }

    // ---- what the server says (link thread, handed to the model thread) -----------------------------------

    @Override
    public void connected(JsonNode hello) {
        onModelThread(() -> hello(hello));
    }

    @Override
    public void event(JsonNode event) {
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

    private void hello(JsonNode hello) {
        epoch++;
        seq = hello.path("seq").asLong();
        CounterSetup setup;
        try {
            setup = CounterSetup.fromHello(hello);
        } catch (IllegalArgumentException e) {
            log.error("cannot act as a counter pad: {}", e.getMessage());
            update(s -> s.withLink(LinkState.ONLINE).withNotice(Notice.error("error.notACounter", e.getMessage())));
            return;
        }
        update(s -> ServerNews.withSnapshot(s.withLink(LinkState.ONLINE).withSetup(setup), hello.path("snapshot")));
        fetchNoShows();
    }

    private void applyEvent(JsonNode e) {
        seq = Math.max(seq, e.path("seq").asLong());
        update(s -> ServerNews.afterEvent(s, e));
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

    @Override
    public void close() {
        rating.close();
        link.close();
    }
}
