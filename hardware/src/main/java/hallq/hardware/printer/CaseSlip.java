package hallq.hardware.printer;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the window prints when it opens a case (issue 18): the 收件通知单 (receipt) of a 承诺件 or 容缺受理, or the
 * 一次性告知单 of a 补正, which lists once and for all what is missing. The pad fills it from the finish reply's case;
 * the printer only lays it out.
 *
 * @param kind       which of the two slips
 * @param hallName   the hall, e.g. "示范区政务服务大厅"
 * @param caseId     the case id, e.g. "20261203-A007" (what the kiosk takes for the pickup)
 * @param matterName the matter (事项) in words; null when the hall has no catalogue and the clerk named none
 * @param clerkName  the 首办责任人 (the clerk who accepted it), with the clerk's id, e.g. "张三（1001）"
 * @param counterName the window, e.g. "3号窗口"
 * @param openedAt   when the case was opened, in the hall's time zone
 * @param dueDate    the promised date (承诺办结日期); null for a 补正 or when none was given
 * @param toFollow   容缺受理's materials to follow (empty otherwise), due by {@code toFollowDue}
 * @param missing    补正's missing materials (empty otherwise)
 * @param caseUrl    the case page, {@code {publicUrl}/c/{id}?k={key}}, printed as the QR code
 */
public record CaseSlip(Kind kind, String hallName, String caseId, String matterName, String clerkName,
                       String counterName, ZonedDateTime openedAt, LocalDate dueDate, List<String> toFollow,
                       LocalDate toFollowDue, List<String> missing, String caseUrl) {
    /** 收件通知单 or 一次性告知单. */
    public enum Kind {
        RECEIPT("收件通知单"), NOTICE("一次性告知单");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public CaseSlip {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hallName, "hallName");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(caseUrl, "caseUrl");
        toFollow = toFollow == null ? List.of() : List.copyOf(toFollow);
        missing = missing == null ? List.of() : List.copyOf(missing);
    }
}
