package hallq.hardware.printer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Ticket fixtures for printer tests. */
final class Tickets {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    static final String URL_A007 = TicketStatusUrl.of("10.0.0.2:8080", "A007", DAY);

    private Tickets() {
    }

    static TicketSlip a007() {
        return TicketSlip.builder()
                .hallName("滨江区政务服务中心")
                .number("A007")
                .zone("A", "社保医保", "Social & medical insurance")
                .day(DAY)
                .issuedAt(ZonedDateTime.of(2025, 3, 14, 9, 5, 12, 0, SHANGHAI))
                .ahead(3)
                .estimatedWaitSec(290)
                .statusUrl(URL_A007)
                .notice("过号请重新取号 Missed your turn? Take a new ticket")
                .build();
    }

    static TicketSlip greenVa012() {
        return TicketSlip.builder()
                .hallName("滨江区政务服务中心")
                .number("VA012")
                .zone("VA", "不动产登记", "Real estate registration")
                .green(true)
                .day(DAY)
                .issuedAt(ZonedDateTime.of(2025, 3, 14, 14, 30, 0, 0, SHANGHAI))
                .ahead(0)
                .statusUrl(TicketStatusUrl.of("http://hall.local/", "VA012", DAY))
                .build();
    }
}
