package hallq.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TicketStatusUrlTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void theLinkNamesTheTicketAndCarriesItsKeyWhenThereIsOne() {
        assertThat(TicketStatusUrl.of("10.0.0.2:7700", "A007", DAY))
                .isEqualTo("http://10.0.0.2:7700/api/tickets/A007?day=2026-12-03");
        assertThat(TicketStatusUrl.of("https://zwfw.example.gov.cn/hallq/", "VA012", DAY, "Ab-9_xYz0123456789abcd"))
                .as("with a key: the ticket's own page under the hall's public address")
                .isEqualTo("https://zwfw.example.gov.cn/hallq/t/2026-12-03/VA012?k=Ab-9_xYz0123456789abcd");
    }
}
