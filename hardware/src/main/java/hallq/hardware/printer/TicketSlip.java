package hallq.hardware.printer;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Everything printed on one queue ticket. The caller (kiosk) fills it from the server's ticket;
 * the printer only lays it out.
 *
 * @param hallName         e.g. "XX市政务服务中心"
 * @param number           e.g. "A007", "VA012"
 * @param zoneId           server zone id (not printed, for logs)
 * @param zoneNameZh       e.g. "社保医保"
 * @param zoneNameEn       e.g. "Social insurance"; may be null
 * @param green            green-channel ticket (elderly, disabled, …)
 * @param day              the queue day
 * @param issuedAt         when the ticket was taken, in the hall's time zone (printed as local time)
 * @param ahead            people before this ticket
 * @param estimatedWaitSec estimated wait; 0 or less when unknown (then not printed)
 * @param statusUrl        QR payload: {@code http://<server>/api/tickets/{number}?day=YYYY-MM-DD}
 * @param notice           an extra line at the bottom, e.g. "过号请重新取号 Missed your turn? Take a new ticket"; may be null
 */
public record TicketSlip(String hallName, String number, String zoneId, String zoneNameZh, String zoneNameEn,
                         boolean green, LocalDate day, ZonedDateTime issuedAt, int ahead, int estimatedWaitSec,
                         String statusUrl, String notice) {

    public TicketSlip {
        Objects.requireNonNull(hallName, "hallName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(zoneNameZh, "zoneNameZh");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(statusUrl, "statusUrl");
        if (number.isBlank() || ahead < 0) {
            throw new IllegalArgumentException("ticket needs a number and ahead >= 0");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fills a slip field by field; {@link #build()} checks the required ones. */
    public static final class Builder {
        private String hallName;
        private String number;
        private String zoneId;
        private String zoneNameZh;
        private String zoneNameEn;
        private boolean green;
        private LocalDate day;
        private ZonedDateTime issuedAt;
        private int ahead;
        private int estimatedWaitSec;
        private String statusUrl;
        private String notice;

        public Builder hallName(String v) { hallName = v; return this; }
        public Builder number(String v) { number = v; return this; }
        public Builder zone(String id, String nameZh, String nameEn) { zoneId = id; zoneNameZh = nameZh; zoneNameEn = nameEn; return this; }
        public Builder green(boolean v) { green = v; return this; }
        public Builder day(LocalDate v) { day = v; return this; }
        public Builder issuedAt(ZonedDateTime v) { issuedAt = v; return this; }
        public Builder ahead(int v) { ahead = v; return this; }
        public Builder estimatedWaitSec(int v) { estimatedWaitSec = v; return this; }
        public Builder statusUrl(String v) { statusUrl = v; return this; }
        public Builder notice(String v) { notice = v; return this; }

        public TicketSlip build() {
            LocalDate d = day != null ? day : issuedAt != null ? issuedAt.toLocalDate() : null;
            return new TicketSlip(hallName, number, zoneId, zoneNameZh, zoneNameEn, green, d, issuedAt, ahead,
                    estimatedWaitSec, statusUrl, notice);
        }
    }
}
