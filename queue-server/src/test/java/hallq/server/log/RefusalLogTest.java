package hallq.server.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusalLogTest {
    private static final long MS = 1_000_000L;

    @Test
    void theFirstRefusalIsSaidAndTheRestOfItsSecondAreCountedIntoTheNext() {
        RefusalLog log = new RefusalLog();
        assertThat(log.admit(10_000 * MS)).isZero();
        int said = 0;
        for (long t = 10_001; t < 11_000; t++) {
            said += log.admit(t * MS) >= 0 ? 1 : 0;
        }
        assertThat(said).isZero();
        assertThat(log.admit(11_000 * MS)).as("the held ones, counted").isEqualTo(999);
        assertThat(log.admit(12_000 * MS)).as("and the count starts again").isZero();
    }

    @Test
    void aFloodIsSaidOnceASecond() {
        RefusalLog log = new RefusalLog();
        int said = 0;
        for (long t = 0; t < 60_000; t += 1) {
            said += log.admit(t * MS) >= 0 ? 1 : 0;
        }
        assertThat(said).isEqualTo(60);
    }

    @Test
    void theVeryFirstIsSaidWhateverTheClockReads() {
        assertThat(new RefusalLog().admit(Long.MIN_VALUE + 5)).isZero();
        assertThat(new RefusalLog().admit(-42)).isZero();
    }
}
