package hallq.server.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.MatterKind;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Matter;
import hallq.protocol.matters.MatterCatalogue;
import hallq.server.queue.Halls;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hall file's matters catalogue (issue 18): read, checked at start, initials filled in. */
class HallFileMattersTest {
    private static final String ONE = "matters:\n"
            + "  - { code: M1, name: 企业变更登记, zone: legal, kind: promised, promisedDays: 3, materials: [申请书, 营业执照] }\n";

    private static HallConfig with(String matters) {
        return Halls.parse(Halls.testYaml() + matters);
    }

    @Test
    void theDemoHallHasAFewDozenMattersPerZoneAndTheirInitials() {
        HallConfig demo = HallFile.demo();
        MatterCatalogue c = new MatterCatalogue(demo.matters());
        for (String zone : new String[] {"legal", "natural", "estate", "project"}) {
            assertThat(c.inZone(zone)).as(zone).hasSizeGreaterThanOrEqualTo(24);
        }
        assertThat(c.inZone("pickup")).as("the pickup window accepts nothing").isEmpty();
        assertThat(demo.matters()).allSatisfy(m -> {
            assertThat(m.initials()).as(m.code()).isNotBlank().matches("[a-z0-9]+");
            assertThat(m.promised()).as(m.code()).isEqualTo(m.promisedDays() != null);
            assertThat(m.materials()).as(m.code()).isNotEmpty();
        });
        assertThat(c.byCode("BDC002").orElseThrow().initials()).isEqualTo("spfzydj"); // 商品房转移登记
        assertThat(c.byCode("FR024").orElseThrow().initials()).as("the file's own, 行 read hang")
                .isEqualTo("yhkhxkxxbb");
        assertThat(c.search("bdc", Set.of(), 3)).extracting(Matter::zone).containsOnly("estate");
        assertThat(demo.withoutSecrets().matters()).as("not in every hello: op matters").isEmpty();
    }

    @Test
    void aMatterReadsWithItsInitialsComputed() {
        Matter m = with(ONE).matters().get(0);
        assertThat(m.kind()).isEqualTo(MatterKind.PROMISED);
        assertThat(m.promisedDays()).isEqualTo(3);
        assertThat(m.materials()).containsExactly("申请书", "营业执照");
        assertThat(m.initials()).isEqualTo("qybgdj");
        assertThat(PinyinInitials.of("C1驾照（补领）")).isEqualTo("c1jzbl");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "zone: legal|zone: moon|matter 'M1' names unknown zone 'moon'",
        "code: M1|code: 'M 1'|matter code 'M 1' may hold only letters, digits",
        "promisedDays: 3|promisedDays: 0|matter 'M1' is promised: promisedDays must be from 1 to 500",
        "kind: promised|kind: instant|matter 'M1' is instant (即办): it has no promisedDays",
        "kind: promised, |''|matter 'M1' has no kind",
        "name: 企业变更登记, |''|matter 'M1' has no name",
        "[申请书, 营业执照]|[申请书, 申请书]|matter 'M1' lists material '申请书' twice",
        "kind: promised|kind: soon|not a valid hall file",
    })
    void aBadMatterIsRefusedInOneLineNamingIt(String from, String to, String message) {
        assertThatThrownBy(() -> with(ONE.replace(from, to)))
                .isInstanceOf(HallFile.BadHallFile.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aDuplicateCodeOrTooManyOrTooLongMaterialsAreRefused() {
        assertThatThrownBy(() -> with(ONE + ONE.substring("matters:\n".length())))
                .isInstanceOf(HallFile.BadHallFile.class).hasMessageContaining("matter code 'M1' appears twice");
        String many = String.join(", ", java.util.stream.IntStream.rangeClosed(1, 31).mapToObj(i -> "材料" + i)
                .toList());
        assertThatThrownBy(() -> with(ONE.replace("申请书, 营业执照", many)))
                .isInstanceOf(HallFile.BadHallFile.class).hasMessageContaining("more than 30 materials");
        assertThatThrownBy(() -> with(ONE.replace("申请书", "材".repeat(101))))
                .isInstanceOf(HallFile.BadHallFile.class)
                .hasMessageContaining("a material is longer than 100 characters")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("材材材"));
    }
}
