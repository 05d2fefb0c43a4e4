package hallq.display.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.terminal.cli.CommandLines;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DisplayOptionsTest {

    @Test
    void everyOptionAndTheTokenFromTheEnvironment() throws Exception {
        DisplayOptions o = DisplayOptions.parse(List.of("--server", "http://10.0.0.5:7700", "--device", "board-2",
                "--layout", "portrait", "--zones", "estate, legal", "--repeats", "3", "--volume", "0.6",
                "--quiet", "12:00-14:00", "--no-english", "--clips", "/srv/clips", "--window", "960x540+0+500",
                "--window-strips", "1,3"),
                Map.of("HALLQ_TOKEN", "secret"));
        assertThat(o.server().toString()).isEqualTo("ws://10.0.0.5:7700/ws");
        assertThat(o.token()).isEqualTo("secret");
        assertThat(o.layout()).isEqualTo(Layout.PORTRAIT);
        assertThat(o.zones()).containsExactly("estate", "legal");
        assertThat(o.voice().repeats()).isEqualTo(3);
        assertThat(o.voice().volume()).isEqualTo(0.6);
        assertThat(o.voice().quietAt(LocalTime.of(13, 0))).isTrue();
        assertThat(o.voice().english()).isFalse();
        assertThat(o.voice().clips().toString()).isEqualTo("/srv/clips");
        assertThat(o.window()).isTrue();
        assertThat(o.geometry()).containsExactly(960, 540, 0, 500);
        assertThat(o.windowStrips()).containsExactly("1", "3");
    }

    @Test
    void withoutAServerTheDisplayLooksForItsHall() throws Exception {
        DisplayOptions o = DisplayOptions.parse(List.of("--hall", "liangzihu", "--device", "board-1"),
                Map.of("HALLQ_TOKEN", "t"));
        assertThat(o.server().discovered()).isTrue();
        assertThat(o.server().hallId()).isEqualTo("liangzihu");
        assertThat(DisplayOptions.parse(List.of("--device", "board-1"), Map.of("HALLQ_TOKEN", "t")).server().hallId())
                .isNull();
    }

    @Test
    void defaultsAndMistakes() throws Exception {
        DisplayOptions o = DisplayOptions.parse(List.of("--server", "ws://h:7700/ws", "--device", "board-1",
                "--token", "t"), Map.of());
        assertThat(o.layout()).isEqualTo(Layout.LANDSCAPE);
        assertThat(o.voice().repeats()).isEqualTo(2);
        assertThat(o.voice().english()).isTrue();
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--server", "ws://h:1/ws", "--device", "b"), Map.of()))
                .hasMessageContaining("token");
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--server", "ws://h:1/ws", "--device", "b", "--token",
                "t", "--volume", "2"), Map.of())).hasMessageContaining("volume");
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--window", "12", "--device", "b"), Map.of()))
                .hasMessageStartingWith("--window wants WIDTHxHEIGHT");
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--server", "h:1", "--hall", "demo", "--device", "b"),
                Map.of())).hasMessageContaining("--hall");
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--layout", "round"), Map.of()))
                .hasMessageContaining("landscape or portrait");
        assertThat(run("--help")).as("--help is no mistake").isZero();
    }

    @Test
    void theRestOfTheOptions() {
        DisplayOptions o = DisplayOptions.parse(List.of("--server", "h", "--device", "board-1", "--token", "t",
                "--devices", "pom.xml", "--timezone", "Europe/Berlin", "--mute", "--window", "--zones", "a",
                "--zones", "b"), Map.of("HALLQ_TOKEN", "from-env"));
        assertThat(o.token()).as("the command line wins").isEqualTo("t");
        assertThat(o.devices()).hasToString("pom.xml");
        assertThat(o.voice().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(o.mute()).isTrue();
        assertThat(o.window()).isTrue();
        assertThat(o.geometry()).as("half the layout").isNull();
        assertThat(o.zones()).containsExactly("a", "b");
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--device", "b", "--token", "t", "--timezone", "Mars"),
                Map.of())).hasMessageContaining("time zone");
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--device", "b", "--token", "t", "--quiet", "noon"),
                Map.of())).hasMessageContaining("--quiet");
    }

    @Test
    void helpNamesEveryOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--server", "--hall", "--device", "--token", "--devices", "--layout",
                "--zones", "--repeats", "--volume", "--quiet", "--timezone", "--clips", "--no-english", "--mute",
                "--window", "--window-strips", "--help", DisplayOptions.TOKEN_ENV);
    }

    @Test
    void anUnknownOptionIsRefusedWithStatus2AndTheUsage() {
        assertThat(run("--device", "board-1", "--token", "t", "--bogus")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown option: '--bogus'").contains("--window-strips");
    }

    @Test
    void aMissingValueIsRefusedWithStatus2() {
        assertThat(run("--device", "board-1", "--token", "t", "--repeats")).isEqualTo(2);
        assertThat(err.toString()).contains("--repeats");
        assertThat(run("--token", "t")).isEqualTo(2);
        assertThat(err.toString()).contains("--device");
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = CommandLines.of(new DisplayCommandLine(null));
        line.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return line.execute(args);
    }
}
