package hallq.pad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.terminal.cli.CommandLines;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PadOptionsTest {
    @Test
    void theUsualCommandLine() {
        PadOptions o = PadOptions.parse(List.of("--server", "ws://10.0.0.2:7700/ws", "--device", "pad-3",
                "--token", "demo-pad-3", "--lang", "en", "--window", "800x480"), null);
        assertThat(o.server().toString()).isEqualTo("ws://10.0.0.2:7700/ws");
        assertThat(o.device()).isEqualTo("pad-3");
        assertThat(o.token()).isEqualTo("demo-pad-3");
        assertThat(o.language()).isEqualTo("en");
        assertThat(o.window()).containsExactly(800, 480);
        assertThat(o.devices()).isNull();
        assertThat(PadOptions.parse(List.of("--server", "h", "--device", "d", "--token", "x"), null).window())
                .as("full screen unless a window is asked for").isNull();
        assertThat(PadOptions.parse(List.of("--device", "d", "--token", "x", "--window", "1024x600+820+0"), null)
                .window()).as("placed on the desktop").containsExactly(1024, 600, 820, 0);
    }

    @Test
    void aServerAddressMayBeGivenLoosely() {
        assertThat(serverUri("http://hall.local:7700")).isEqualTo("ws://hall.local:7700/ws");
        assertThat(serverUri("10.0.0.2")).isEqualTo("ws://10.0.0.2:7700/ws");
        assertThat(serverUri("10.0.0.2:8000")).isEqualTo("ws://10.0.0.2:8000/ws");
    }

    private static String serverUri(String server) {
        return PadOptions.parse(List.of("--server", server, "--device", "d", "--token", "x"), null).server().toString();
    }

    @Test
    void theTokenCanComeFromAFileSoItIsNotInTheProcessList(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("token");
        Files.writeString(f, "p3-secret\n");
        assertThat(PadOptions.parse(List.of("--server", "h", "--device", "pad-3", "--token-file", f.toString())).token())
                .isEqualTo("p3-secret");
    }

    @Test
    void theTokenCanComeFromTheEnvironmentAsTheKiosksDoes() {
        assertThat(PadOptions.parse(List.of("--server", "h", "--device", "pad-3"), "from-env").token())
                .isEqualTo("from-env");
        assertThat(PadOptions.parse(List.of("--server", "h", "--device", "pad-3", "--token", "arg"), "from-env")
                .token()).as("the command line wins").isEqualTo("arg");
    }

    @Test
    void withoutAServerTheHallIsFoundOnTheNetworkPreferringTheNamedOne() {
        PadOptions any = PadOptions.parse(List.of("--device", "pad-3", "--token", "x"));
        assertThat(any.server().discovered()).isTrue();
        assertThat(any.server().hallId()).isNull();
        PadOptions named = PadOptions.parse(List.of("--hall", "liangzihu", "--device", "pad-3", "--token", "x"));
        assertThat(named.server().discovered()).isTrue();
        assertThat(named.server().hallId()).isEqualTo("liangzihu");
        assertThatThrownBy(() -> PadOptions.parse(List.of("--hall", "Hall 1", "--device", "d", "--token", "x")))
                .hasMessageContaining("--hall");
        assertThatThrownBy(() -> PadOptions.parse(List.of("--hall", "demo", "--server", "h", "--device", "d",
                "--token", "x"))).hasMessageContaining("--hall");
    }

    @Test
    void whatIsMissingOrWrongIsNamed() {
        assertThatThrownBy(() -> PadOptions.parse(List.of("--server", "ftp://h", "--device", "d", "--token", "x")))
                .hasMessageContaining("--server");
        assertThatThrownBy(() -> PadOptions.parse(List.of("--server", "h", "--token", "x")))
                .hasMessageContaining("--device");
        assertThatThrownBy(() -> PadOptions.parse(List.of("--server", "h", "--device", "d"), null))
                .hasMessageContaining("--token");
        assertThatThrownBy(() -> PadOptions.parse(List.of("--server", "h", "--device", "d", "--token", "x",
                "--window", "big"))).hasMessageContaining("--window");
        assertThat(run("--help")).as("--help is no mistake").isZero();
        assertThatThrownBy(() -> PadOptions.parse(List.of("--server", "h", "--device", "d", "--token", "x",
                "--lang", "fr"))).hasMessageContaining("--lang");
        assertThatThrownBy(() -> PadOptions.parse(List.of("--server", "h", "--device", "d", "--token", "x",
                "--devices", "/nonexistent.yaml"))).hasMessageContaining("device file");
        assertThatThrownBy(() -> PadOptions.parse(List.of("--server", "h", "--device", "d", "--token", "x",
                "--bogus"))).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> PadOptions.parse(List.of("--device", "d", "--token", "x", "--token-file", "f")))
                .hasMessageContaining("not both");
    }

    @Test
    void helpNamesEveryOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--server", "--hall", "--device", "--token", "--token-file", "--devices",
                "--lang", "--window", "--help", PadOptions.TOKEN_ENV);
    }

    @Test
    void anUnknownOptionIsRefusedWithStatus2AndTheUsage() {
        assertThat(run("--device", "pad-3", "--token", "x", "--bogus")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown option: '--bogus'").contains("--token-file");
    }

    @Test
    void aMissingValueIsRefusedWithStatus2() {
        assertThat(run("--device", "pad-3", "--token")).isEqualTo(2);
        assertThat(err.toString()).contains("--token");
        assertThat(run("--token", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("--device");
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = CommandLines.of(new PadCommandLine(null));
        line.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return line.execute(args);
    }
}
