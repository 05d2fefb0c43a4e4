package hallq.pad.rating;

import hallq.hardware.rating.RatingKeys;
import hallq.hardware.rating.RatingResult;
import hallq.terminal.time.Timers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import hallq.protocol.RatingReason;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The citizen's 好差评 after a finished matter (一次一评、一事一评): the pad turns to the citizen, the first
 * answer, from the screen or the physical keys, is sent once with {@code rate}; no answer within the timeout
 * leaves the ticket unrated. A 1 or 2 touched on the screen first asks why (issue 20: the reasons, one tap each,
 * optional, for another timeout; sent with what was chosen when it runs out); an answer from the keys is sent at
 * once, without reasons. A visit of several matters (issue 20, 一事一评) is asked about once per matter, in order,
 * each answer sent with its matter; the keys' press rates the matter asked about and moves on; no answer for one
 * matter within the timeout ends the prompt, the matters after it unrated. Runs on the model thread; the keys'
 * answers are handed over to it.
 */
public final class RatingFlow implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RatingFlow.class);

    /** What the flow needs from the pad. */
    public interface Host {
        /** Shows the citizen's screen, or the clerk's again when {@code prompt} is null. */
        void show(RatingPrompt prompt);

        /** Sends the one answer for the ticket, with a 1's or 2's reasons (issue 20; maybe none). */
        void rate(String ticket, int level, List<RatingReason> reasons);

        /** Rating (issue 20, 一事一评): the answer for one matter of the visit ({@code matter} null: the ticket). */
        default void rate(String ticket, int level, List<RatingReason> reasons, String matter) {
            if (matter != null) {
                throw new UnsupportedOperationException("this host rates whole tickets only");
            }
            rate(ticket, level, reasons);
        }
    }

    private final Timers scheduler;
    private final Clock clock;
    private final Duration timeout;
    private final Duration thanks;
    private final RatingKeys keys;
    private final Executor modelThread;
    private final Host host;

    private RatingPrompt prompt;
    private Timers.Cancellable timer;
    /** Bumped per prompt, so a late answer from the keys for an earlier ticket is not taken for this one. */
    private long round;
    /** Rating (issue 20): the visit's matters to ask about in order (empty: the ticket as a whole). */
    private List<RatedMatter> matters = List.of();

    /**
     * @param keys the physical evaluator, or null when the window has none
     */
    public RatingFlow(Timers scheduler, Clock clock, Duration timeout, Duration thanks, RatingKeys keys,
                      Executor modelThread, Host host) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.timeout = timeout;
        this.thanks = thanks;
        this.keys = keys;
        this.modelThread = modelThread;
        this.host = host;
    }

    public boolean isActive() {
        return prompt != null;
    }

    /** Turns the pad to the citizen for this just finished ticket. */
    public void begin(String ticket) {
        begin(ticket, List.of());
    }

    /**
     * Rating (issue 20, 一事一评): as above, asking about each of the visit's {@code matters} in turn; none asks
     * about the ticket as a whole.
     */
    public void begin(String ticket, List<RatedMatter> visitMatters) {
        end();
        matters = List.copyOf(visitMatters);
        ask(ticket, 0);
    }

    /** Asks about the {@code index}-th matter (or the whole ticket), the keys armed for it. */
    private void ask(String ticket, int index) {
        long mine = ++round;
        Instant until = clock.instant().plus(timeout);
        prompt = matters.isEmpty() ? RatingPrompt.asking(ticket, until)
                : RatingPrompt.asking(ticket, until, matters.get(index), index, matters.size());
        timer = scheduler.after(timeout, () -> timedOut(mine));
        if (keys != null) {
            // The pad's own timer decides; the keys get a little longer so they never time out first.
            keys.request(timeout.plusSeconds(5)).thenAccept(result -> modelThread.execute(() -> fromKeys(mine, result)));
        }
        host.show(prompt);
    }

    /** The citizen touched a face. Returns whether it counted (only the first answer does). */
    public boolean answer(int level) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("level is 1..5, was " + level);
        }
        if (prompt == null || !prompt.isAsking()) {
            return false;
        }
        if (keys != null && keys.isArmed()) {
            keys.cancel(); // answered on the screen: the keys must not give a second answer
        }
        if (level <= RatingReason.BAD_UP_TO) {
            askReasons(level);
        } else {
            take(level, List.of());
        }
        return true;
    }

    /** Rating (issue 20): a tap on a reason while they are asked; whether it counted. */
    public boolean toggleReason(RatingReason r) {
        if (prompt == null || !prompt.isAskingReasons()) {
            return false;
        }
        prompt = prompt.toggled(r);
        host.show(prompt);
        return true;
    }

    /** Rating (issue 20): the citizen is done with the reasons (none chosen is fine): the rating is sent. */
    public boolean reasonsDone() {
        if (prompt == null || !prompt.isAskingReasons()) {
            return false;
        }
        take(prompt.level(), prompt.reasons());
        return true;
    }

    private void askReasons(int level) {
        cancelTimer();
        long mine = round;
        prompt = prompt.askingReasons(level, clock.instant().plus(timeout));
        timer = scheduler.after(timeout, () -> {
            if (mine == round && prompt != null && prompt.isAskingReasons()) {
                take(prompt.level(), prompt.reasons()); // the level was given: it is not lost for want of reasons
            }
        });
        host.show(prompt);
    }

    private void fromKeys(long which, RatingResult result) {
        if (which != round || prompt == null || !prompt.isAsking() || !result.isRated()) {
            return; // timed out, cancelled, or the answer belongs to an earlier prompt
        }
        take(result.level().score(), List.of()); // the keys skip the reasons
    }

    private void take(int level, List<RatingReason> reasons) {
        cancelTimer();
        String ticket = prompt.ticket();
        RatedMatter matter = prompt.matter();
        log.info("{}{} rated {}{}", ticket, matter == null ? "" : " " + matter.code(), level,
                reasons.isEmpty() ? "" : " " + reasons);
        if (matter == null) {
            host.rate(ticket, level, reasons);
        } else {
            host.rate(ticket, level, reasons, matter.code());
        }
        if (prompt.index() + 1 < prompt.count()) {
            ask(ticket, prompt.index() + 1); // the next matter, a timeout of its own
            return;
        }
        prompt = prompt.thanked(level);
        long mine = round;
        timer = scheduler.after(thanks, () -> {
            if (mine == round) {
                hide();
            }
        });
        host.show(prompt);
    }

    private void timedOut(long which) {
        if (which != round || prompt == null || !prompt.isAsking()) {
            return;
        }
        log.info("{} left unrated{}: no answer in {} s", prompt.ticket(), prompt.isPerMatter()
                ? " from matter " + (prompt.index() + 1) + " of " + prompt.count() : "", timeout.toSeconds());
        if (keys != null) {
            keys.cancel();
        }
        hide();
    }

    private void hide() {
        timer = null;
        prompt = null;
        round++;
        host.show(null);
    }

    private void end() {
        cancelTimer();
        if (prompt != null && prompt.isAsking() && keys != null) {
            keys.cancel();
        }
        prompt = null;
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    @Override
    public void close() {
        end();
    }
}
