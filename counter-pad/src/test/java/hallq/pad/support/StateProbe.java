package hallq.pad.support;

import hallq.pad.clerk.PadModel;
import hallq.pad.clerk.PadState;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Waits, with a deadline, for the model to publish a state that matches: no sleeping. States are taken in the
 * order they were published, so a short-lived state (offline for a moment) is not missed; attach the probe
 * before the model starts.
 */
public final class StateProbe {
    private final LinkedBlockingQueue<PadState> states = new LinkedBlockingQueue<>();
    private final PadModel model;

    public StateProbe(PadModel model) {
        this.model = model;
        model.addListener(states::add);
    }

    public PadState await(String what, Predicate<PadState> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            PadState s = left <= 0 ? null : states.poll(left, TimeUnit.NANOSECONDS);
            if (s == null) {
                throw new AssertionError("no state where " + what + " within " + timeout + "; last: " + model.state());
            }
            if (condition.test(s)) {
                return s;
            }
        }
    }
}
