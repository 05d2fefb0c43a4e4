package hallq.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SoakCommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = SoakCommandLine.line();
        line.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void aFullCommandLine() {
        SoakSettings s = SoakSettings.parse(List.of("--ci", "--tickets", "50", "--kills", "1", "--issue-per-sec", "7.5",
                "--service", "10-20", "--drop-every", "0", "--seed", "42", "--timeout-sec", "60"));
        assertThat(s).isEqualTo(new SoakSettings(50, 2, 12, 3, 1, 7.5, 10, 20, 0, 42, Duration.ofSeconds(60)));
    }

    @Test
    void theDaysThemselvesWithoutOptions() {
        assertThat(SoakSettings.parse(List.of())).isEqualTo(SoakSettings.FULL);
        assertThat(SoakSettings.parse(List.of("--ci"))).isEqualTo(SoakSettings.CI);
        assertThat(SoakSettings.parse(List.of("--tickets", "9", "--ci")).tickets()).as("--ci anywhere").isEqualTo(9);
    }

    @Test
    void wrongValuesAreNamed() {
        assertThatThrownBy(() -> SoakSettings.parse(List.of("--tickets", "0"))).hasMessageContaining("--tickets");
        assertThatThrownBy(() -> SoakSettings.parse(List.of("--service", "100"))).hasMessageContaining("MIN-MAX");
        assertThatThrownBy(() -> SoakSettings.parse(List.of("--service", "a-9"))).hasMessageContaining("--service");
        assertThatThrownBy(() -> SoakSettings.parse(List.of("--kills", "-1"))).hasMessageContaining("--kills");
        assertThatThrownBy(() -> SoakSettings.parse(List.of("--issue-per-sec", "0")))
                .hasMessageContaining("--issue-per-sec");
    }

    @Test
    void helpNamesEveryOptionAndTheDefaults() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--tickets", "--kills", "--issue-per-sec", "--service", "--drop-every",
                "--seed", "--timeout-sec", "--ci", "--help");
        assertThat(out.toString().replaceAll("\\s+", " ")).as("wrapped as it may be")
                .contains(SoakSettings.FULL.describe(), SoakSettings.CI.describe());
    }

    @Test
    void anUnknownOptionIsRefusedWithStatus2AndTheUsage() {
        assertThat(run("--tickets", "10", "--bogus")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown option: '--bogus'").contains("--timeout-sec");
    }

    @Test
    void aMissingValueIsRefusedWithStatus2() {
        assertThat(run("--ci", "--tickets")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Missing required parameter for option '--tickets'");
    }
}
