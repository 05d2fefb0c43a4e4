package hallq.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The one announcement of a call, word for word as the contract (section 4) shows it. */
class AnnounceTest {
    @Test
    void theContractsExample() {
        Announce a = Announce.of("A007", new CounterRef("3", "3号窗口", "Window 3"));
        assertThat(a.zh()).isEqualTo("请A007号到3号窗口办理");
        assertThat(a.en()).isEqualTo("Number A007, please go to Window 3");
    }

    @Test
    void theWindowsOwnEnglishNameIsSaid() {
        Announce a = Announce.of("VA012", new CounterRef("12", "综合出件窗口", "Certificate pick-up"));
        assertThat(a.zh()).isEqualTo("请VA012号到综合出件窗口办理");
        assertThat(a.en()).isEqualTo("Number VA012, please go to Certificate pick-up");
    }

    @Test
    void withoutAnEnglishNameTheWindowIsNamedByItsId() {
        assertThat(Announce.of("E1003", new CounterRef("12", "12号窗口", null)).en())
                .isEqualTo("Number E1003, please go to Window 12");
        assertThat(Announce.of("E1003", new CounterRef("12", "12号窗口", " ")).en())
                .isEqualTo("Number E1003, please go to Window 12");
    }

    @Test
    void numbersAreTextNotFormattedNumbers() {
        // MessageFormat would write 1,003 for a number: the arguments stay text
        assertThat(Announce.of("1003", new CounterRef("1000", "1000", null)).en())
                .isEqualTo("Number 1003, please go to Window 1000");
    }

    @Test
    void onTheWireItIsZhAndEn() throws Exception {
        JsonNode n = Json.mapper().valueToTree(Announce.of("A007", new CounterRef("3", "3号窗口", "Window 3")));
        assertThat(n.toString()).isEqualTo("{\"zh\":\"请A007号到3号窗口办理\",\"en\":\"Number A007, please go to Window 3\"}");
        assertThat(Json.mapper().treeToValue(n, Announce.class))
                .isEqualTo(new Announce("请A007号到3号窗口办理", "Number A007, please go to Window 3"));
    }
}
