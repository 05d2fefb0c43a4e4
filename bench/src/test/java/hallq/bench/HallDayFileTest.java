package hallq.bench;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.protocol.hall.Counter;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Role;
import hallq.server.hall.HallFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HallDayFileTest {
    @Test
    void theServerReadsTheHallAsWritten(@TempDir Path dir) throws Exception {
        HallDayFile hall = new HallDayFile(10);
        Path file = dir.resolve("hall.yaml");
        hall.write(file);
        HallConfig c;
        try (InputStream in = Files.newInputStream(file)) {
            c = HallFile.parse(in, file.toString());
        }
        assertThat(c.zones()).extracting(z -> z.id()).containsExactlyInAnyOrderElementsOf(HallDayPlan.ZONES);
        assertThat(c.counters()).hasSize(HallDayFile.WINDOWS);
        assertThat(c.usesClerkLogin()).isTrue();
        assertThat(c.policy().kioskRate()).isEqualTo(600);
        for (int i = 1; i <= HallDayFile.WINDOWS; i++) {
            Counter w = c.counter(String.valueOf(i)).orElseThrow();
            Set<String> zones = new LinkedHashSet<>(w.zones());
            zones.addAll(w.alsoZones());
            assertThat(zones).as("window %d", i).isEqualTo(HallDayFile.servedBy(i));
            String clerk = HallDayFile.clerk(i);
            assertThat(c.clerk(clerk).orElseThrow().pin()).isEqualTo(hall.pin(clerk));
            Device pad = c.device(HallDayFile.pad(i)).orElseThrow();
            assertThat(pad.role()).isEqualTo(Role.COUNTER);
            assertThat(pad.counter()).isEqualTo(String.valueOf(i));
        }
        for (int i = 1; i <= HallDayFile.DISPLAY_ZONES.size(); i++) {
            Device d = c.device(HallDayFile.display(i)).orElseThrow();
            assertThat(d.role()).isEqualTo(Role.DISPLAY);
            assertThat(d.zones() == null ? Set.of() : Set.copyOf(d.zones()))
                    .isEqualTo(HallDayFile.DISPLAY_ZONES.get(i - 1));
            assertThat(d.token()).isEqualTo(hall.token(HallDayFile.display(i)));
        }
        assertThat(c.device(HallDayFile.MANAGER).orElseThrow().role()).isEqualTo(Role.MANAGER);
        assertThat(List.of(c.device("kiosk-1").orElseThrow().role(), c.device("kiosk-2").orElseThrow().role()))
                .containsOnly(Role.KIOSK);
    }

    @Test
    void aCallCountsTheDisplaysThatShowItsZoneOnly() {
        HallDayTerminals.Call c = new HallDayTerminals.Call();
        c.arrived(0, 10);
        c.arrived(2, 12); // board-3 shows estate only: a legal call there is out of its zones
        c.zone("legal");
        // board-2 and board-4 (legal and project) have not got it yet; board-3 never will
        assertThat(c.left.getCount()).isEqualTo(2);
        assertThat(c.unexpected).isEqualTo(1);
        c.arrived(1, 11);
        c.arrived(1, 99); // a second arrival at one display is not counted again
        assertThat(c.left.getCount()).isEqualTo(1);
        c.arrived(3, 13);
        assertThat(c.left.getCount()).isZero();
        assertThat(c.at[1]).isEqualTo(11);
        assertThat(c.expected(3)).isTrue();
        assertThat(c.expected(2)).isFalse();
    }

    @Test
    void anEstateCallIsOwedToTheEstateDisplayButNotTheLegalOne() {
        HallDayTerminals.Call c = new HallDayTerminals.Call();
        c.zone("estate");
        assertThat(c.left.getCount()).isEqualTo(3);
        assertThat(c.expected(2)).isTrue();
        assertThat(c.expected(3)).isFalse();
        c.arrived(3, 5);
        assertThat(c.unexpected).isEqualTo(1);
        assertThat(c.left.getCount()).isEqualTo(3);
    }
}
