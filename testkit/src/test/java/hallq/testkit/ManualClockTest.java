package hallq.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.terminal.time.Timers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualClockTest {
    private static final Instant START = Instant.parse("2026-11-22T01:00:00Z");

    @Test
    void nothingRunsUntilTheClockIsMovedThenDueTasksRunInOrderAtTheirOwnTime() {
        ManualClock clock = new ManualClock(START);
        List<String> ran = new ArrayList<>();
        clock.after(Duration.ofSeconds(20), () -> ran.add("b at " + clock.instant()));
        clock.after(Duration.ofSeconds(10), () -> ran.add("a at " + clock.instant()));
        clock.after(Duration.ofSeconds(10), () -> ran.add("a2 at " + clock.instant()));
        clock.after(Duration.ofSeconds(31), () -> ran.add("late"));
        assertThat(ran).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(ran).containsExactly("a at 2026-11-22T01:00:10Z", "a2 at 2026-11-22T01:00:10Z",
                "b at 2026-11-22T01:00:20Z");
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(30));
        assertThat(clock.pending()).isOne();
    }

    @Test
    void aTaskScheduledByATaskRunsInTheSameMoveWhenItFallsDue() {
        ManualClock clock = new ManualClock(START);
        List<Instant> ran = new ArrayList<>();
        clock.after(Duration.ofSeconds(5), () -> clock.after(Duration.ofSeconds(5), () -> ran.add(clock.instant())));
        clock.advance(Duration.ofSeconds(10));
        assertThat(ran).containsExactly(START.plusSeconds(10));
    }

    @Test
    void aCancelledTaskNeverRuns() {
        ManualClock clock = new ManualClock(START);
        List<String> ran = new ArrayList<>();
        Timers.Cancellable c = clock.after(Duration.ofSeconds(1), () -> ran.add("cancelled"));
        clock.after(Duration.ofSeconds(2), () -> ran.add("kept"));
        c.cancel();
        assertThat(clock.pending()).isOne();
        clock.advanceSeconds(5);
        assertThat(ran).containsExactly("kept");
        assertThat(clock.pending()).isZero();
    }

    @Test
    void itNeverGoesBack() {
        ManualClock clock = new ManualClock(START);
        assertThatThrownBy(() -> clock.set(START.minusMillis(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advance(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        clock.set(START);
        assertThat(clock.instant()).isEqualTo(START);
    }

    @Test
    void shanghaiIsTheWallTimeThereAndAZonedViewMovesWithTheClock() {
        ManualClock clock = ManualClock.shanghai("2026-11-22T23:59:00");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-22T15:59:00Z"));
        var there = clock.withZone(ZoneId.of("Asia/Shanghai"));
        assertThat(LocalDate.now(there)).isEqualTo(LocalDate.parse("2026-11-22"));
        clock.advance(Duration.ofMinutes(1));
        assertThat(LocalDate.now(there)).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(LocalDate.now(clock)).as("the clock itself is in UTC").isEqualTo(LocalDate.parse("2026-11-22"));
    }
}
