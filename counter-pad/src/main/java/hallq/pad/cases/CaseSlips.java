package hallq.pad.cases;

import hallq.hardware.printer.CaseSlip;
import hallq.pad.clerk.CounterSetup;
import hallq.protocol.CaseState;
import hallq.protocol.CaseView;
import hallq.protocol.ClerkRef;
import hallq.protocol.matters.MatterCatalogue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * The slip a case opened at this window prints (issue 18): a 补正 the 一次性告知单, any other the 收件通知单; made from
 * the finish reply's case, the window and its clerk, and the hall's matters for the matter's name.
 */
public final class CaseSlips {
    private CaseSlips() {
    }

    /** The case page: {@code {base}/c/{id}?k={key}} (contract section 10). */
    public static String caseUrl(String base, String id, String key) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return b + "/c/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "?k="
                + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /**
     * @param clerk the window's clerk as the pad knows them (for the name), or null
     */
    public static CaseSlip of(CaseView c, CounterSetup setup, ClerkRef clerk, MatterCatalogue matters, String base) {
        boolean notice = c.state() == CaseState.INCOMPLETE;
        String clerkName = c.clerk() == null ? null
                : clerk != null && c.clerk().equals(clerk.id()) ? clerk.name() + "（" + c.clerk() + "）" : c.clerk();
        ZonedDateTime at = c.openedAt() == null ? ZonedDateTime.now(setup.hallZone())
                : OffsetDateTime.parse(c.openedAt()).atZoneSameInstant(setup.hallZone());
        return new CaseSlip(notice ? CaseSlip.Kind.NOTICE : CaseSlip.Kind.RECEIPT, setup.hallName(), c.id(),
                c.matter() == null ? null : matters.nameOf(c.matter()), clerkName, setup.counter().name(), at,
                date(c.dueDate()), c.waived(), date(c.waivedDue()), c.missing(), caseUrl(base, c.id(), c.key()));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
