package hallq.terminal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The mixins through a terminal of the test's own; the three terminals' tests check their own command lines. */
class TerminalOptionsTest {
    record Values(TerminalOptions.Values terminal, Locale language, int[] window, String own) {
    }

    @Command(name = "test-terminal", sortOptions = false)
    static final class TestTerminal implements Callable<Values> {
        @Mixin
        TerminalOptions terminal;

        @Mixin
        LanguageOption language;

        @Mixin
        WindowOption window;

        @Option(names = "--own")
        String own;

        @Override
        public Values call() {
            return new Values(terminal.values("from-env", "TEST_TOKEN"), language.language(), window.geometry(), own);
        }
    }

    private static Values parse(String... args) {
        return CommandLines.parse(new TestTerminal(), List.of(args));
    }

    @Test
    void everySharedOption() {
        Values v = parse("--server", "http://10.0.0.2:7700", "--device", "t-1", "--token", "secret", "--devices",
                "pom.xml", "--lang", "en", "--window", "640x480+10+20", "--own", "x");
        assertThat(v.terminal().server().toString()).isEqualTo("ws://10.0.0.2:7700/ws");
        assertThat(v.terminal().device()).isEqualTo("t-1");
        assertThat(v.terminal().token()).isEqualTo("secret");
        assertThat(v.terminal().devices()).hasToString("pom.xml");
        assertThat(v.language()).isEqualTo(Locale.ENGLISH);
        assertThat(v.window()).containsExactly(640, 480, 10, 20);
        assertThat(v.own()).isEqualTo("x");
    }

    @Test
    void defaultsAndTheLastOfARepeatedOption() {
        Values v = parse("--hall", "demo", "--device", "a", "--device", "b");
        assertThat(v.terminal().server().discovered()).isTrue();
        assertThat(v.terminal().device()).as("the last one counts, as before picocli").isEqualTo("b");
        assertThat(v.terminal().token()).isEqualTo("from-env");
        assertThat(v.terminal().devices()).isNull();
        assertThat(v.language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(v.window()).isNull();
    }

    @Test
    void wrongValuesAreNamed() {
        assertThatThrownBy(() -> parse("--device", "d", "--devices", "/no/such/file.yaml"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("--devices");
        assertThatThrownBy(() -> parse("--device", "d", "--server", "h", "--hall", "demo"))
                .hasMessageContaining("--hall");
        assertThatThrownBy(() -> parse("--device", "d", "--lang", "fr")).hasMessageContaining("--lang");
        assertThatThrownBy(() -> parse("--device", "d", "--window", "0x0")).hasMessageStartingWith("--window wants");
        assertThatThrownBy(() -> parse("--device", " ")).hasMessageContaining("--device is required");
        assertThatThrownBy(() -> parse("--help")).as("no values to give").hasMessageContaining("--help");
    }

    @Test
    void helpListsTheSharedOptionsThenTheTerminalsOwnThenHelp() {
        StringWriter out = new StringWriter();
        CommandLine line = CommandLines.of(new TestTerminal()).setOut(new PrintWriter(out, true));
        assertThat(line.execute("--help")).isZero();
        assertThat(out.toString()).containsSubsequence("--server", "--hall", "--device", "--token", "--devices",
                "--lang", "--window", "--own", "--help");
    }
}
