package hallq.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.terminal.cli.CommandLines;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class KioskCommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = CommandLines.of(new KioskCommandLine(null));
        line.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void aFullCommandLine() {
        KioskOptions o = KioskOptions.parse(List.of("--server", "10.0.0.2:7700", "--device", "kiosk-1", "--token",
                "demo-kiosk-1", "--devices", "pom.xml", "--lang", "en", "--status-base", "http://hall.example",
                "--window", "800x480+0+0"), null);
        assertThat(o.server().toString()).isEqualTo("ws://10.0.0.2:7700/ws");
        assertThat(o.device()).isEqualTo("kiosk-1");
        assertThat(o.token()).isEqualTo("demo-kiosk-1");
        assertThat(o.devices()).hasToString("pom.xml");
        assertThat(o.language()).isEqualTo(Locale.ENGLISH);
        assertThat(o.statusBase()).isEqualTo("http://hall.example");
        assertThat(o.window()).containsExactly(800, 480, 0, 0);
    }

    @Test
    void defaultsTheTokenFromTheEnvironmentAndTheQrLinkFromTheServer() {
        KioskOptions o = KioskOptions.parse(List.of("--server", "10.0.0.2", "--device", "kiosk-1"), "from-env");
        assertThat(o.token()).isEqualTo("from-env");
        assertThat(o.statusBase()).isEqualTo("http://10.0.0.2:7700");
        assertThat(o.language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(o.window()).as("full screen").isNull();
        assertThat(o.devices()).as("a simulated printer").isNull();
        KioskOptions found = KioskOptions.parse(List.of("--hall", "liangzihu", "--device", "kiosk-1"), "t");
        assertThat(found.server().discovered()).isTrue();
        assertThat(found.server().hallId()).isEqualTo("liangzihu");
        assertThat(found.statusBase()).as("the server's own, once found").isNull();
        assertThat(KioskOptions.parse(List.of("--device", "kiosk-1", "--lang", "zh-CN", "--token", "t"), null)
                .language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    // readers: the card reader's and the scanner's devices
    @Test
    void theReadersDevicesAndTheirModes() {
        KioskOptions none = KioskOptions.parse(List.of("--device", "k", "--token", "t"), null);
        assertThat(none.cardReader()).as("the device file's, if any").isNull();
        assertThat(none.scanner()).isNull();
        KioskOptions o = KioskOptions.parse(List.of("--device", "k", "--token", "t", "--card-reader", "/dev/ttyUSB1",
                "--card-reader-baud", "9600", "--scanner", "/dev/input/by-id/usb-Newland-event-kbd"), null);
        assertThat(o.cardReader().link()).isEqualTo("serial");
        assertThat(o.cardReader().device()).isEqualTo("/dev/ttyUSB1");
        assertThat(o.cardReader().baud()).isEqualTo(9600);
        assertThat(o.scanner().mode()).isEqualTo("keyboard");
        assertThat(o.scanner().device()).isEqualTo("/dev/input/by-id/usb-Newland-event-kbd");
        KioskOptions serial = KioskOptions.parse(List.of("--device", "k", "--token", "t", "--card-reader",
                "simulated", "--scanner", "/dev/ttyACM0", "--scanner-baud", "115200"), null);
        assertThat(serial.cardReader().link()).isEqualTo("simulated");
        assertThat(serial.cardReader().baud()).as("the modules' default").isEqualTo(115200);
        assertThat(serial.scanner().mode()).isEqualTo("serial");
        assertThat(serial.scanner().baud()).isEqualTo(115200);
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--device", "k", "--token", "t", "--card-reader",
                "/dev/ttyUSB0", "--card-reader-baud", "12345"), null)).hasMessageContaining("--card-reader-baud");
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--device", "k", "--token", "t",
                "--card-reader-baud", "9600"), null)).hasMessageContaining("needs --card-reader");
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--device", "k", "--token", "t", "--scanner",
                "/dev/input/event3", "--scanner-baud", "9600"), null)).hasMessageContaining("not an input device");
    }

    @Test
    void helpNamesEveryOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--server", "--hall", "--device", "--token", "--devices", "--lang",
                "--status-base", "--window", "--help", KioskCommandLine.TOKEN_ENV, "--card-reader", "--card-reader-baud",
                "--scanner", "--scanner-baud");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anUnknownOptionIsRefusedWithStatus2() {
        assertThat(run("--device", "kiosk-1", "--token", "t", "--bogus")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown option: '--bogus'").contains("--status-base");
    }

    @Test
    void aMissingValueIsRefused() {
        assertThat(run("--token", "t")).isEqualTo(2);
        assertThat(err.toString()).contains("--device");
        assertThat(run("--device", "kiosk-1", "--token", "t", "--window")).isEqualTo(2);
        assertThat(err.toString()).contains("--window");
        assertThat(run("--device", "kiosk-1")).as("no token anywhere").isEqualTo(2);
        assertThat(err.toString()).contains("--token (or " + KioskCommandLine.TOKEN_ENV + ") is required");
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--device", "k", "--token", "t", "--lang", "fr"), null))
                .hasMessageContaining("--lang");
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--device", "k", "--token", "t", "--window", "big"), null))
                .hasMessageStartingWith("--window wants WIDTHxHEIGHT");
    }
}
