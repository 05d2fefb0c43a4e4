package hallq.hardware.led;

import com.pi4j.context.Context;
import com.pi4j.io.spi.SpiBus;
import com.pi4j.io.spi.SpiChipSelect;
import com.pi4j.plugin.mock.provider.spi.MockSpi;
import hallq.hardware.MockPi4j;
import hallq.hardware.board.NodeHardware;
import hallq.hardware.config.DeviceFileLoader;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign built from a device file reaches Pi4J's SPI with the configured bus, chip select and words. */
class MockPlatformLedStripTest {

    @Test
    void theSignTalksMax7219OverTheConfiguredSpiDevice() {
        Context pi4j = MockPi4j.context();
        try (NodeHardware hw = NodeHardware.builder(DeviceFileLoader.parse("""
                        node: window-3
                        ledStrip: { provider: mock, spiBus: 0, chipSelect: 1, modulesWide: 2, brightness: 9 }
                        """)).pi4j(pi4j).open()) {
            MockSpi spi = MockPi4j.spi(pi4j, "led-strip");
            assertThat(spi.config().bus()).isEqualTo(SpiBus.BUS_0);
            assertThat(spi.config().getChipSelect()).isEqualTo(SpiChipSelect.CS_1);

            String init = HexFormat.of().formatHex(spi.readEntireMockBuffer());
            // test off, no decode, scan 8 digits, brightness 9, on; then a blank frame (8 digit rows)
            assertThat(init).startsWith("0f000f00" + "09000900" + "0b070b07" + "0a090a09" + "0c010c01");
            assertThat(init).hasSize(2 * (5 * 4 + 8 * 4));

            LedStrip strip = hw.ledStrip().orElseThrow();
            strip.showStatic("8");
            byte[] frame = spi.readEntireMockBuffer();
            assertThat(frame).hasSize(8 * 4);
            int lit = 0;
            for (int i = 0; i < frame.length; i += 2) {
                assertThat(frame[i]).isEqualTo((byte) (1 + i / 4)); // digit registers 1..8 in order
                lit += Integer.bitCount(frame[i + 1] & 0xFF);
            }
            assertThat(lit).isEqualTo(new LedTextRenderer(8).render("8").litCount());
        } finally {
            pi4j.shutdown();
        }
    }

    @Test
    void eachWindowSignHasItsOwnSpiDeviceAndAnUnchangedTextIsNotSentAgain() {
        Context pi4j = MockPi4j.context();
        try (NodeHardware hw = NodeHardware.builder(DeviceFileLoader.parse("""
                        node: hall-screen
                        windowSigns:
                          "3": { provider: mock, spiBus: 0, chipSelect: 0, modulesWide: 2 }
                          "5": { provider: mock, spiBus: 0, chipSelect: 1, modulesWide: 4, brightness: 2 }
                        """)).pi4j(pi4j).open()) {
            MockSpi three = MockPi4j.spi(pi4j, NodeHardware.windowSignId("3"));
            MockSpi five = MockPi4j.spi(pi4j, NodeHardware.windowSignId("5"));
            assertThat(three.config().getChipSelect()).isEqualTo(SpiChipSelect.CS_0);
            assertThat(five.config().getChipSelect()).isEqualTo(SpiChipSelect.CS_1);
            assertThat(HexFormat.of().formatHex(five.readEntireMockBuffer())).contains("0a020a020a020a02");
            three.readEntireMockBuffer();

            LedStrip sign = hw.windowSigns().get("3");
            sign.update("7");
            assertThat(three.readEntireMockBuffer()).as("a frame: 8 digit rows of 2 modules").hasSize(8 * 4);
            sign.update("7");
            assertThat(three.readEntireMockBuffer()).as("the same text again").isEmpty();
            sign.update("");
            byte[] dark = three.readEntireMockBuffer();
            assertThat(dark).hasSize(8 * 4);
            for (int i = 1; i < dark.length; i += 2) {
                assertThat(dark[i]).as("cleared: no LED lit").isZero();
            }
            assertThat(five.readEntireMockBuffer()).as("the other window's sign untouched").isEmpty();
        } finally {
            pi4j.shutdown();
        }
    }
}
