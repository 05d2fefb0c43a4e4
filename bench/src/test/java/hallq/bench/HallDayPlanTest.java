package hallq.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import hallq.protocol.Outcome;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HallDayPlanTest {
    private final HallDayPlan plan = HallDayPlan.standard();

    @Test
    void tenMinutesOfATicketEveryTwoSecondsIsThreeHundredTicketsIn60sOfWallAt10x() {
        assertThat(plan.tickets()).isEqualTo(300);
        assertThat(plan.wallMs()).isEqualTo(60_000);
        assertThat(plan.ticket(0, 2).atNanos()).isZero();
        assertThat(plan.ticket(1, 2).atNanos()).isEqualTo(200_000_000L);
        assertThat(plan.ticket(299, 2).atNanos()).isEqualTo(59_800_000_000L);
        assertThat(plan.at(50).ticket(5, 2).atNanos()).isEqualTo(200_000_000L); // 5 x 40 ms at 50x
    }

    @Test
    void theKiosksTakeTurnsAndTheDrawsAreTheSameForTheSameSeed() {
        assertThat(plan.ticket(0, 2).kiosk()).isZero();
        assertThat(plan.ticket(7, 2).kiosk()).isEqualTo(1);
        for (int i = 0; i < 50; i++) {
            assertThat(plan.ticket(i, 2)).isEqualTo(HallDayPlan.standard().ticket(i, 2));
        }
        HallDayPlan other = new HallDayPlan(10, 600, 2.0, 7L);
        long differentZones = java.util.stream.IntStream.range(0, 300)
                .filter(i -> !other.ticket(i, 2).zone().equals(plan.ticket(i, 2).zone())).count();
        assertThat(differentZones).isGreaterThan(50);
    }

    @Test
    void zonesAndGreenComeInTheirShares() {
        Map<String, Integer> n = new HashMap<>();
        int green = 0;
        int tickets = 20_000;
        for (int i = 0; i < tickets; i++) {
            HallDayPlan.Ticket t = plan.ticket(i, 2);
            n.merge(t.zone(), 1, Integer::sum);
            green += t.green() ? 1 : 0;
        }
        for (int z = 0; z < HallDayPlan.ZONES.size(); z++) {
            assertThat(n.get(HallDayPlan.ZONES.get(z)) / (double) tickets)
                    .isCloseTo(HallDayPlan.ZONE_SHARE[z], within(0.02));
        }
        assertThat(green / (double) tickets).isCloseTo(HallDayPlan.GREEN, within(0.01));
    }

    @Test
    void serviceTimesAreTheHallsDividedByTheCompression() {
        Random rnd = new Random(1);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        long cycleSum = 0;
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            HallDayPlan.Service s = plan.service(rnd);
            assertThat(s.walkMs()).isBetween(HallDayPlan.WALK_MIN / 10, HallDayPlan.WALK_MAX / 10);
            assertThat(s.serviceMs()).isBetween(HallDayPlan.SERVICE_MIN / 10, HallDayPlan.SERVICE_MAX / 10);
            assertThat(s.rateDelayMs()).isBetween(HallDayPlan.RATE_MIN / 10, HallDayPlan.RATE_MAX / 10);
            assertThat(s.level()).isBetween(1, 5);
            outcomes.merge(s.outcome(), 1, Integer::sum);
            cycleSum += s.walkMs() + s.serviceMs() + s.rateDelayMs() + plan.reactionMs(rnd);
        }
        assertThat(outcomes.keySet()).containsExactlyInAnyOrder(Outcome.values());
        assertThat(outcomes.get(Outcome.DONE) / (double) n).isCloseTo(0.60, within(0.03));
        // 12 windows keep up with a ticket every 2 s only if a cycle averages under 24 s of the hall's time
        double cycleHallSec = cycleSum / (double) n * plan.compression() / 1000;
        assertThat(cycleHallSec).isBetween(20.0, 24.0);
        HallDayPlan slow = plan.at(1);
        assertThat(slow.service(new Random(1)).walkMs()).isEqualTo(plan.at(1).service(new Random(1)).walkMs())
                .isBetween(HallDayPlan.WALK_MIN, HallDayPlan.WALK_MAX);
    }

    @Test
    void aWallDurationIsNeverZero() {
        assertThat(plan.at(1000).wall(1)).isEqualTo(1);
        assertThat(plan.wall(500)).isEqualTo(50);
    }

    @Test
    void cpuPerTicketSubtractsTheIdleRateOverTheWindowsLength() {
        // 3 s of CPU in a 60 s window, idle 0.1 s over 10 s (1 % of a core) -> 0.6 s idle over the window
        assertThat(HallDayPlan.cpuPerTicketMicros(3_000_000_000L, 60_000_000_000L, 100_000_000L, 10_000_000_000L, 300,
                true)).isCloseTo(8_000.0, within(1e-6));
        assertThat(HallDayPlan.cpuPerTicketMicros(3_000_000_000L, 60_000_000_000L, 100_000_000L, 10_000_000_000L, 300,
                false)).isCloseTo(10_000.0, within(1e-6));
        assertThat(HallDayPlan.cpuPerTicketMicros(1, 1, 1, 1, 0, true)).isNaN();
        assertThat(HallDayPlan.cpuPerTicketMicros(1, 1, 1, 0, 1, true)).isNaN();
        assertThat(HallDayPlan.cpuPerTicketMicros(1000, 1, 1, 0, 1, false)).isEqualTo(1.0);
    }

    @Test
    void theBoundIsTwiceFsyncPlusRoundTrip() {
        assertThat(HallDayPlan.boundMs(0.8, 0.4)).isCloseTo(2.4, within(1e-12));
    }

    @Test
    void aPlanThatCannotRunIsRefused() {
        assertThatThrownBy(() -> new HallDayPlan(0.5, 600, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HallDayPlan(10, 0, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HallDayPlan(10, 600, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyZoneIsServedByAWindowAndTheFilteredDisplaysShowSome() {
        java.util.Set<String> served = new java.util.HashSet<>();
        for (int i = 1; i <= HallDayFile.WINDOWS; i++) {
            served.addAll(HallDayFile.servedBy(i));
        }
        assertThat(served).containsExactlyInAnyOrderElementsOf(HallDayPlan.ZONES);
        assertThat(HallDayFile.servedBy(12)).containsExactly("legal", "natural", "estate", "project");
        assertThat(HallDayFile.DISPLAY_ZONES.stream().filter(Set::isEmpty).count()).isEqualTo(2);
    }
}
