package hallq.hardware.lamp;

import hallq.hardware.gpio.OutputLine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A lamp on one output line; blinking is driven by the shared hardware scheduler. */
public final class OutputLamp implements Lamp {

    private final String name;
    private final OutputLine line;
    private final ScheduledExecutorService scheduler;
    private final List<Consumer<LampMode>> listeners = new CopyOnWriteArrayList<>();

    private LampMode mode = LampMode.OFF;
    private ScheduledFuture<?> blinkStep;
    // Bumped on every mode change so a blink step already queued cannot undo on()/off().
    private long generation;

    public OutputLamp(String name, OutputLine line, ScheduledExecutorService scheduler) {
        this.name = name;
        this.line = line;
        this.scheduler = scheduler;
        line.set(false);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void on() {
        change(LampMode.ON, () -> line.set(true));
    }

    @Override
    public void off() {
        change(LampMode.OFF, () -> line.set(false));
    }

    @Override
    public void blink(Duration onTime, Duration offTime) {
        if (onTime.isNegative() || onTime.isZero() || offTime.isNegative() || offTime.isZero()) {
            throw new IllegalArgumentException("blink times must be positive");
        }
        change(LampMode.BLINKING, () -> {
            line.set(true);
            scheduleBlinkStep(generation, false, onTime, offTime, onTime);
        });
    }

    private void change(LampMode newMode, Runnable apply) {
        boolean changed;
        synchronized (this) {
            generation++;
            if (blinkStep != null) {
                blinkStep.cancel(false);
                blinkStep = null;
            }
            changed = mode != newMode;
            mode = newMode;
            apply.run();
        }
        if (changed) {
            listeners.forEach(l -> l.accept(newMode));
        }
    }

    // Caller holds the lock.
    private void scheduleBlinkStep(long gen, boolean nextLevel, Duration onTime, Duration offTime, Duration delay) {
        blinkStep = scheduler.schedule(() -> {
            synchronized (this) {
                if (gen != generation) {
                    return;
                }
                line.set(nextLevel);
                scheduleBlinkStep(gen, !nextLevel, onTime, offTime, nextLevel ? onTime : offTime);
            }
        }, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized LampMode mode() {
        return mode;
    }

    @Override
    public void addModeListener(Consumer<LampMode> listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        off();
        listeners.clear();
        line.close();
    }
}
