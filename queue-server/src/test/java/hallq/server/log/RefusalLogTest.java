package hallq.server.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusalLogTest {
    @Test
    void theFirstRefusalIsSaidAndTheRestOfItsSecondAreCountedIntoTheNext() {
        RefusalLog log = new RefusalLog();
        assertThat(log.say(10_000)).isTrue();
        assertThat(log.held()).isZero();
        int said = 0;
        for (long t = 10_001; t < 11_000; t++) {
            said += log.say(t) ? 1 : 0;
        }
        assertThat(said).isZero();
        assertThat(log.say(11_000)).isTrue();
        assertThat(log.held()).isEqualTo(999);
        assertThat(log.held()).as("reading it starts again").isZero();
    }

    @Test
    void aFloodIsSaidOnceASecond() {
        RefusalLog log = new RefusalLog();
        int said = 0;
        for (long t = 0; t < 60_000; t += 1) {
            said += log.say(t) ? 1 : 0;
        }
        assertThat(said).isEqualTo(60);
    }
}
