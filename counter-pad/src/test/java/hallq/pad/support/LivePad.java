package hallq.pad.support;

import hallq.pad.clerk.LinkState;
import hallq.pad.clerk.PadModel;
import hallq.pad.link.PadLink;
import hallq.protocol.CounterState;
import hallq.terminal.time.ExecutorTimers;
import hallq.testkit.FaultProxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Window 3's pad model on the real client (no JavaFX), connected to a server on a loopback port (often a
 * {@link FaultProxy}), with its own model thread and a {@link StateProbe} attached before it starts.
 */
public final class LivePad implements AutoCloseable {
    public final PadModel model;
    public final StateProbe probe;
    private final ExecutorService modelThread = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public LivePad(int port) {
        model = new PadModel(PadLink.to(URI.create("ws://127.0.0.1:" + port + "/ws"), "pad-3", "demo-pad-3"),
                modelThread, new ExecutorTimers(timer, modelThread), Clock.systemUTC(), null, PadModel.RATING_TIMEOUT);
        probe = new StateProbe(model);
        model.start();
    }

    /** Waits for the hello, logs clerk 1001 in and waits until the window is idle. */
    public LivePad loggedIn(Duration wait) throws InterruptedException {
        probe.await("window closed, online", s -> s.link() == LinkState.ONLINE
                && s.counterState() == CounterState.CLOSED, wait);
        run(() -> model.login("1001", "4821"));
        probe.await("logged in", s -> s.counterState() == CounterState.IDLE && s.pending() == null, wait);
        return this;
    }

    /** Runs a clerk's action on the model's thread, as the screen would. */
    public void run(Runnable action) {
        modelThread.execute(action);
    }

    @Override
    public void close() {
        model.close();
        modelThread.shutdownNow();
        timer.shutdownNow();
    }
}
