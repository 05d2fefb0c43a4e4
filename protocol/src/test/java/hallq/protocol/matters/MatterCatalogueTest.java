package hallq.protocol.matters;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.protocol.MatterKind;
import hallq.protocol.hall.Matter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The window's search of the matters (issue 18): characters of the name, pinyin initials, the code's start. */
class MatterCatalogueTest {
    private static Matter m(String code, String name, String zone, String initials) {
        return new Matter(code, name, zone, MatterKind.PROMISED, 5, List.of("申请书"), initials);
    }

    private final MatterCatalogue catalogue = new MatterCatalogue(List.of(
            m("BDC002", "商品房转移登记", "estate", "spfzydj"),
            m("BDC007", "抵押权首次登记", "estate", "dyqscdj"),
            m("BDC011", "不动产权证书换证补证", "estate", "bdcqzshzbz"),
            m("FR004", "企业变更登记", "legal", "qybgdj"),
            m("ZR019", "户口迁移登记", "natural", "hkqydj")));

    @Test
    void charactersOfTheNameFindItAndAMatchAtTheStartComesFirst() {
        assertThat(catalogue.search("登记", Set.of(), 10)).extracting(Matter::code)
                .as("all four registrations, in the catalogue's order: each has 登记 at its end")
                .containsExactly("FR004", "ZR019", "BDC002", "BDC007");
        assertThat(catalogue.search("不动产", Set.of(), 10)).extracting(Matter::code).containsExactly("BDC011");
        assertThat(catalogue.search("转移", Set.of(), 10)).extracting(Matter::code).containsExactly("BDC002");
    }

    @Test
    void pinyinInitialsFindItWhateverTheCaseAndSpaces() {
        assertThat(catalogue.search("bdc", Set.of(), 10)).extracting(Matter::code).containsExactly("BDC002",
                "BDC007", "BDC011"); // 不动产's initials at 0, the codes BDC... at 0: all at 0, so catalogue order
        assertThat(catalogue.search("D Y Q", Set.of(), 10)).extracting(Matter::code).containsExactly("BDC007");
        assertThat(catalogue.search("dj", Set.of(), 10)).extracting(Matter::code)
                .as("dj is 登记's initials, found later in each name: the one where it comes earliest first")
                .startsWith("FR004", "ZR019"); // qybg|dj at 4, hkqy|dj at 4, then spfzy|dj at 5, dyqsc|dj at 5
    }

    @Test
    void theCodesStartFindsIt() {
        assertThat(catalogue.search("fr0", Set.of(), 10)).extracting(Matter::code).containsExactly("FR004");
        assertThat(catalogue.byCode("ZR019")).map(Matter::name).contains("户口迁移登记");
        assertThat(catalogue.byCode("zr019")).as("a code is exact").isEmpty();
        assertThat(catalogue.nameOf("XX")).as("unknown: the code itself").isEqualTo("XX");
    }

    @Test
    void zonesAndTheLimitNarrowItAndNothingFindsNothing() {
        assertThat(catalogue.search("登记", Set.of("estate"), 10)).extracting(Matter::code)
                .containsExactly("BDC002", "BDC007");
        assertThat(catalogue.search("登记", Set.of(), 2)).hasSize(2);
        assertThat(catalogue.search("  ", Set.of(), 10)).isEmpty();
        assertThat(catalogue.search("营业执照", Set.of(), 10)).isEmpty();
        assertThat(catalogue.inZone("estate")).extracting(Matter::code).containsExactly("BDC002", "BDC007", "BDC011");
    }
}
