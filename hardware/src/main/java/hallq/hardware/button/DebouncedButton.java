package hallq.hardware.button;

import hallq.hardware.gpio.InputLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Turns a raw, bouncing input line into press / long-press / release events.
 *
 * <p>Debounce waits for the level to stay unchanged for the debounce time and then reads the line
 * again (trailing edge): a contact that chatters yields one event, a glitch shorter than the debounce
 * time yields none. All state lives on the scheduler's thread; the scheduler must be single-threaded
 * so events come out in order.
 */
public final class DebouncedButton implements Button {

    private static final Logger log = LoggerFactory.getLogger(DebouncedButton.class);

    private final String name;
    private final InputLine line;
    private final Duration debounce;
    private final Duration longPress;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final List<ButtonListener> listeners = new CopyOnWriteArrayList<>();

    // Confined to the scheduler thread.
    private boolean pressed;
    private Instant pressedAt;
    private boolean longPressSent;
    private ScheduledFuture<?> settleCheck;
    private ScheduledFuture<?> longPressTimer;
    private volatile boolean pressedView;
    private volatile boolean closed;

    public DebouncedButton(String name, InputLine line, Duration debounce, Duration longPress,
                           Clock clock, ScheduledExecutorService scheduler) {
        this.name = name;
        this.line = line;
        this.debounce = debounce;
        this.longPress = longPress;
        this.clock = clock;
        this.scheduler = scheduler;
        // A key held while the node boots is not a press.
        this.pressed = line.isActive();
        this.pressedView = pressed;
        line.onChange(level -> runOnEventThread(this::onRawEdge));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isPressed() {
        return pressedView;
    }

    @Override
    public void addListener(ButtonListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(ButtonListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void simulateDown() {
        runOnEventThread(() -> settleTo(true));
    }

    @Override
    public void simulateUp() {
        runOnEventThread(() -> settleTo(false));
    }

    private void runOnEventThread(Runnable task) {
        if (!closed) {
            try {
                scheduler.execute(task);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // The node is shutting down; a last edge from the driver thread no longer matters.
            }
        }
    }

    private void onRawEdge() {
        if (settleCheck != null) {
            settleCheck.cancel(false);
        }
        settleCheck = scheduler.schedule(() -> settleTo(line.isActive()), debounce.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void settleTo(boolean level) {
        if (closed || level == pressed) {
            return;
        }
        pressed = level;
        pressedView = level;
        Instant now = clock.instant();
        if (level) {
            pressedAt = now;
            longPressSent = false;
            longPressTimer = scheduler.schedule(this::onLongPress, longPress.toNanos(), TimeUnit.NANOSECONDS);
            emit(new ButtonEvent(name, ButtonEvent.Type.PRESSED, now, Duration.ZERO, false));
        } else {
            if (longPressTimer != null) {
                longPressTimer.cancel(false);
            }
            if (pressedAt == null) {
                return; // Held since start-up: its press was never reported, so neither is its release.
            }
            Duration held = Duration.between(pressedAt, now);
            emit(new ButtonEvent(name, ButtonEvent.Type.RELEASED, now, held, longPressSent));
        }
    }

    private void onLongPress() {
        if (closed || !pressed || longPressSent) {
            return;
        }
        longPressSent = true;
        Instant now = clock.instant();
        emit(new ButtonEvent(name, ButtonEvent.Type.LONG_PRESSED, now, Duration.between(pressedAt, now), true));
    }

    private void emit(ButtonEvent event) {
        log.debug("{}", event);
        for (ButtonListener listener : listeners) {
            try {
                listener.onButton(event);
            } catch (RuntimeException e) {
                // One faulty listener must not silence the key for the others.
                log.warn("Listener of button {} failed on {}", name, event.type(), e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        listeners.clear();
        line.close();
    }
}
