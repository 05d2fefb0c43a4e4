package hallq.server.cases;

import hallq.protocol.CaseState;
import hallq.protocol.matters.MatterCatalogue;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Which texts the hall owes the citizens of its cases (issue 18): one when the back office marks a case ready
 * (办结, come and collect it), one when it returns it (退件, with the reason). Each case and state once; what was
 * sent is kept in memory, so a restart may send one again (as the ticket texts). Plain Java: the server's
 * {@code CaseTexts} reads the cases and hands the texts to the SMS sender.
 */
public final class CaseNotices {
    /** One text to send. */
    public record Outgoing(String caseId, String phone, String text) {
    }

    private final String hallName;
    private final MatterCatalogue matters;
    private final Set<String> sent = new HashSet<>();

    public CaseNotices(String hallName, MatterCatalogue matters) {
        this.hallName = hallName;
        this.matters = matters;
    }

    /** The texts due for {@code cases} (ready or returned, with a phone), each once. */
    public List<Outgoing> due(List<CaseRecord> cases) {
        List<Outgoing> out = new ArrayList<>();
        for (CaseRecord c : cases) {
            boolean ready = c.state() == CaseState.READY;
            if (c.phone() == null || (!ready && c.state() != CaseState.RETURNED)) {
                continue;
            }
            if (sent.add(c.id() + "/" + c.state().wire())) {
                String matter = c.matter() == null ? "办件" : matters.nameOf(c.matter());
                out.add(new Outgoing(c.id(), c.phone(), ready ? text("ready", hallName, c.id(), matter)
                        : text("returned", hallName, c.id(), matter, c.reason())));
            }
        }
        return out;
    }

    private static String text(String key, Object... args) {
        ResourceBundle zh = ResourceBundle.getBundle("hallq.server.cases.case_sms", Locale.SIMPLIFIED_CHINESE);
        return new MessageFormat(zh.getString(key), Locale.SIMPLIFIED_CHINESE).format(args);
    }
}
