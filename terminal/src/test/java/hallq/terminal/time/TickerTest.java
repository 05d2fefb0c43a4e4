package hallq.terminal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TickerTest {

    @Test
    void theFirstTickFallsOnTheNextWholePeriod() {
        assertThat(Ticker.firstDelayMs(10_250, 1000)).isEqualTo(750);
        assertThat(Ticker.firstDelayMs(10_999, 1000)).isEqualTo(1);
        assertThat(Ticker.firstDelayMs(10_000, 1000)).as("on a whole second: the next one").isEqualTo(1000);
        assertThat(Ticker.firstDelayMs(59_000, 60_000)).isEqualTo(1000);
    }

    @Test
    void everyTickRunsOnTheScreensThreadUntilCancelled() throws Exception {
        ExecutorService screen = Executors.newSingleThreadExecutor(r -> new Thread(r, "screen"));
        try (Ticker ticker = new Ticker("test-ticker", screen)) {
            List<String> threads = new CopyOnWriteArrayList<>();
            CountDownLatch three = new CountDownLatch(3);
            AtomicInteger afterCancel = new AtomicInteger();
            Timers.Cancellable[] handle = new Timers.Cancellable[1];
            handle[0] = ticker.every(Duration.ofMillis(20), () -> {
                if (three.getCount() == 0) {
                    afterCancel.incrementAndGet();
                    return;
                }
                threads.add(Thread.currentThread().getName());
                three.countDown();
                if (three.getCount() == 0) {
                    handle[0].cancel(); // on the screen's thread, like a screen that closes
                }
            });
            assertThat(three.await(5, TimeUnit.SECONDS)).as("three ticks").isTrue();
            assertThat(threads).containsOnly("screen");
            // a tick already handed over when cancel ran may still arrive, but never a stream of them: wait for a
            // marker task scheduled well after several periods and count what came in between
            CountDownLatch later = new CountDownLatch(1);
            ticker.timers().after(Duration.ofMillis(200), later::countDown);
            assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(afterCancel.get()).as("ticks after the cancel (10 periods passed)").isLessThanOrEqualTo(1);
        } finally {
            screen.shutdownNow();
        }
    }

    @Test
    void aDelayedTaskCancelledBeforeItIsDueNeverRuns() throws Exception {
        ExecutorService screen = Executors.newSingleThreadExecutor();
        try (Ticker ticker = new Ticker("test-ticker", screen)) {
            AtomicInteger ran = new AtomicInteger();
            Timers.Cancellable c = ticker.timers().after(Duration.ofMillis(50), ran::incrementAndGet);
            c.cancel();
            CountDownLatch later = new CountDownLatch(1);
            ticker.timers().after(Duration.ofMillis(150), later::countDown);
            assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(ran.get()).isZero();
        } finally {
            screen.shutdownNow();
        }
    }

    @Test
    void aPeriodUnderAMillisecondIsRefused() {
        try (Ticker ticker = new Ticker("test-ticker", Runnable::run)) {
            assertThatThrownBy(() -> ticker.every(Duration.ofNanos(10), () -> { })).hasMessageContaining("period");
        }
    }
}
