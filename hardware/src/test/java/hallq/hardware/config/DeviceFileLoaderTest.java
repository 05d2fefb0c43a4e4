package hallq.hardware.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceFileLoaderTest {

    static DeviceFile example(String name) throws Exception {
        try (InputStream in = DeviceFileLoader.class.getResourceAsStream("/hallq/hardware/examples/" + name)) {
            assertThat(in).as("example %s on the classpath", name).isNotNull();
            return DeviceFileLoader.parse(in, name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kiosk.yaml", "counter-pad.yaml", "two-key-rating.yaml", "caller-display.yaml"})
    void theCommittedExamplesLoad(String name) throws Exception {
        assertThat(example(name).node()).isNotBlank();
    }

    @Test
    void counterPadExampleHasItsDevices() throws Exception {
        DeviceFile f = example("counter-pad.yaml");
        assertThat(f.platform()).isEqualTo(DeviceFile.PlatformChoice.AUTO);
        assertThat(f.gpio().inputProviderId()).isEqualTo("gpiod-digital-input");
        assertThat(f.buttons()).containsOnlyKeys("call-next", "recall", "no-show");
        assertThat(f.buttons().get("call-next").longPressMs()).isEqualTo(1500);
        assertThat(f.buttons().get("recall").activeLow()).isTrue();
        assertThat(f.buttons().get("recall").debounceMs()).isEqualTo(30);
        assertThat(f.rating().keys()).extracting(RatingKeyConfig::level).containsExactly(5, 4, 3, 2, 1);
        assertThat(f.ledStrip().modulesHigh()).isEqualTo(2);
        assertThat(f.ledStrip().spiProviderId()).isEqualTo("linuxfs-spi");
        // cases2 (issue 18): the window's receipt printer
        assertThat(f.printerConfig()).hasValueSatisfying(p -> assertThat(p.outputFolder()).isEqualTo("/tmp/hallq-receipts"));
    }

    @Test
    void callerDisplayExampleHasASignPerWindowOnItsOwnChipSelect() throws Exception {
        DeviceFile f = example("caller-display.yaml");
        assertThat(f.windowSigns()).containsOnlyKeys("3", "4", "5");
        assertThat(f.windowSigns().get("3").modulesHigh()).isEqualTo(2);
        assertThat(f.windowSigns().get("4").spiDeviceName()).isEqualTo("spidev0.1");
        assertThat(f.windowSigns().get("5").spiDeviceName()).isEqualTo("spidev1.0");
        assertThat(f.windowSigns().get("5").brightness()).isEqualTo(4);
        assertThat(f.ledStripConfig()).isEmpty();
    }

    @Test
    void twoSignsOnOneChipSelectAreRefusedAndLedSignNamesThePadsOwnSign() {
        assertThatThrownBy(() -> DeviceFileLoader.parse("""
                ledStrip: { spiBus: 0, chipSelect: 1 }
                windowSigns:
                  "3": { spiBus: 0, chipSelect: 0 }
                  "5": { spiBus: 0, chipSelect: 1 }
                """))
                .isInstanceOf(DeviceFileException.class)
                .hasMessageContaining("SPI spidev0.1 is used by both ledStrip and window sign 5");
        assertThatThrownBy(() -> DeviceFileLoader.parse("""
                buttons:
                  call-next: { pin: 17 }
                windowSigns:
                  "3": { spiBus: 1, chipSelect: 1 }
                """))
                .isInstanceOf(DeviceFileException.class)
                .hasMessageContaining("pin 17 is used by both button call-next and window sign 3 (SPI1 CE1)");
        assertThatThrownBy(() -> DeviceFileLoader.parse("buttons: { k: { pin: 10 } }\nledSign: { spiBus: 0 }"))
                .isInstanceOf(DeviceFileException.class).hasMessageContaining("pin 10 is used by both button k and SPI0");
        assertThatThrownBy(() -> DeviceFileLoader.parse("ledSign: { spiBus: 0, chipSelect: 2 }"))
                .isInstanceOf(DeviceFileException.class).hasMessageContaining("SPI0 has 0..1");
        DeviceFile pad = DeviceFileLoader.parse("ledSign: { chipSelect: 1, modulesHigh: 2 }");
        assertThat(pad.ledStrip().chipSelect()).isEqualTo(1);
        assertThat(pad.windowSigns()).isEmpty();
    }

    @Test
    void kioskExampleHasAUsbPrinter() throws Exception {
        PrinterConfig p = example("kiosk.yaml").printer();
        assertThat(p.link()).isEqualTo("usb");
        assertThat(p.device()).isEqualTo("/dev/usb/lp0");
        assertThat(p.paperWidthMm()).isEqualTo(80);
        assertThat(p.readStatus()).isTrue();
    }

    // readers: the kiosk's card reader and code scanner
    @Test
    void kioskExampleHasACardReaderAndAScanner() throws Exception {
        DeviceFile kiosk = example("kiosk.yaml");
        IdCardReaderConfig r = kiosk.idCardReaderConfig().orElseThrow();
        assertThat(r.link()).isEqualTo("serial");
        assertThat(r.device()).startsWith("/dev/serial/by-id/");
        assertThat(r.baud()).isEqualTo(115200);
        ScannerConfig s = kiosk.scannerConfig().orElseThrow();
        assertThat(s.mode()).isEqualTo("keyboard");
        assertThat(s.device()).startsWith("/dev/input/by-id/").endsWith("-event-kbd");
        assertThat(DeviceFileLoader.parse("idCardReader: { link: simulated }").idCardReaderConfig().orElseThrow()
                .device()).isNull();
        assertThatThrownBy(() -> DeviceFileLoader.parse("idCardReader: { link: bluetooth }"))
                .hasMessageContaining("serial or simulated");
        assertThatThrownBy(() -> DeviceFileLoader.parse("scanner: { mode: keyboard }"))
                .hasMessageContaining("-event-kbd");
        assertThat(DeviceFileLoader.parse("node: k").idCardReaderConfig()).isEmpty();
    }

    @Test
    void loadsFromAFileAndNamesItInErrors(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("node.yaml");
        Files.writeString(file, "node: n1\nbuttons:\n  call-next: { pin: 17, colour: red }\n");
        assertThatThrownBy(() -> DeviceFileLoader.load(file))
                .isInstanceOf(DeviceFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> DeviceFileLoader.load(dir.resolve("missing.yaml")))
                .isInstanceOf(DeviceFileException.class)
                .hasMessageContaining("missing.yaml");
    }

    @Test
    void aPinUsedTwiceIsRefused() {
        assertThatThrownBy(() -> DeviceFileLoader.parse("""
                buttons:
                  call-next: { pin: 17 }
                lamps:
                  call-light: { pin: 17 }
                """))
                .isInstanceOf(DeviceFileException.class)
                .hasMessageContaining("pin 17 is used by both button call-next and lamp call-light");
    }

    @Test
    void nonsenseValuesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> DeviceFileLoader.parse("printer: { paperWidthMm: 76 }"))
                .isInstanceOf(DeviceFileException.class).hasMessageContaining("58 or 80");
        assertThatThrownBy(() -> DeviceFileLoader.parse("rating: { keys: [ { level: 5, button: { pin: 3 } } ] }"))
                .isInstanceOf(DeviceFileException.class).hasMessageContaining("at least two keys");
        assertThatThrownBy(() -> DeviceFileLoader.parse("""
                rating:
                  promptLamp: nope
                  keys:
                    - { level: 5, button: { pin: 3 } }
                    - { level: 1, button: { pin: 4 } }
                """))
                .isInstanceOf(DeviceFileException.class).hasMessageContaining("promptLamp 'nope'");
        assertThatThrownBy(() -> DeviceFileLoader.parse("buttons: { k: { pin: 40 } }"))
                .isInstanceOf(DeviceFileException.class).hasMessageContaining("BCM 0..27");
        assertThatThrownBy(() -> DeviceFileLoader.parse("ledStrip: { orientation: sideways }"))
                .isInstanceOf(DeviceFileException.class).hasMessageContaining("orientation");
    }
}
