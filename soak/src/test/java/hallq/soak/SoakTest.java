package hallq.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.soak.SoakChecks.Check;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hall-day soak at the size CI affords (300 tickets, 12 windows, 3 displays, 2 kiosks, two kill -9 and restarts,
 * terminals dropped every half second); the full day is {@code soak/run.sh}.
 */
class SoakTest {
    @TempDir
    Path dir;

    @Test
    void aCompressedHallDaySurvivesTwoKillsAndDropsWithNothingLostOrDoneTwice() throws Exception {
        Soak.Result r = new Soak(SoakSettings.CI, System.out).run(dir);
        System.out.println(r.summary());
        for (Check c : r.checks()) {
            assertThat(c.passed()).as(c.name() + ": " + c.detail()).isTrue();
        }
        assertThat(r.restartMs()).as("killed and restarted twice").hasSize(2);
        assertThat(r.drops()).as("terminals were dropped").isPositive();
        assertThat(r.tickets()).isEqualTo(SoakSettings.CI.tickets());
    }

    @Test
    void badOptionsAreNamed() {
        assertThatThrownBy(() -> SoakSettings.parse(List.of("--tickets", "x")))
                .hasMessageContaining("--tickets");
        assertThatThrownBy(() -> SoakSettings.parse(List.of("--service", "9-1")))
                .hasMessageContaining("MIN is above MAX");
        assertThat(SoakSettings.parse(List.of("--tickets", "2000")).tickets()).isEqualTo(2000);
    }
}
