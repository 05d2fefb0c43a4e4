package hallq.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The kept-reply index: found by hash until its time is up, and a key kept again outlives its first keeping. */
class ReplyCacheTest {
    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void keysAreFoundUntilTheyAreOlderThanTheKeepTime() {
        ReplyCache c = new ReplyCache(Duration.ofMinutes(15));
        c.add(11, 1, T0);
        c.add(22, 1, T0);
        c.add(33, 2, T0.plusSeconds(300));
        assertThat(c.batchOf(11)).isEqualTo(1);
        assertThat(c.batchOf(33)).isEqualTo(2);
        assertThat(c.batchOf(44)).isEqualTo(-1);
        c.prune(T0.plus(Duration.ofMinutes(15)).plusSeconds(1));
        assertThat(c.batchOf(11)).isEqualTo(-1);
        assertThat(c.batchOf(22)).isEqualTo(-1);
        assertThat(c.batchOf(33)).as("younger than 15 minutes").isEqualTo(2);
        assertThat(c.size()).isEqualTo(1);
    }

    @Test
    void aKeyKeptAgainInALaterBatchIsNotPrunedWithItsFirstKeeping() {
        ReplyCache c = new ReplyCache(Duration.ofMinutes(15));
        c.add(11, 1, T0);
        c.add(11, 7, T0.plusSeconds(600));
        c.prune(T0.plus(Duration.ofMinutes(16)));
        assertThat(c.batchOf(11)).isEqualTo(7);
        c.prune(T0.plus(Duration.ofMinutes(26)));
        assertThat(c.batchOf(11)).isEqualTo(-1);
    }
}
