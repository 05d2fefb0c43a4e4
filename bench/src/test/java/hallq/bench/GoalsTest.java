package hallq.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoalsTest {
    @Test
    void theTableListsEveryGoalInOrderWithItsVerdictAndBaseline() {
        Goals g = new Goals();
        g.add("4", "tickets/s at 64 connections >= 30 % of the echo ceiling", "7,000 /s = 14 %", "echo 50,000 /s", false);
        g.add("1a", "bytes a ticket one at a time <= 2 x 4,096 B", "7,900 B", "floor 4,096 B", true);
        g.failed("5", "restart <= 3 s", "server process has exited");
        assertThat(g.lines()).containsExactly(
                "GOALS (issue 21; each against a baseline of this run)",
                "  1a  MET      bytes a ticket one at a time <= 2 x 4,096 B",
                "               measured 7,900 B;  baseline floor 4,096 B",
                "  4   NOT MET  tickets/s at 64 connections >= 30 % of the echo ceiling",
                "               measured 7,000 /s = 14 %;  baseline echo 50,000 /s",
                "  5   NOT MET  restart <= 3 s",
                "               measured FAILED: server process has exited");
    }

    @Test
    void anEmptyRunSaysSo() {
        assertThat(new Goals().lines()).contains("  (no goal measured)");
    }
}
