package hallq.server.citizen;

import hallq.protocol.TicketState;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * When a ticket with a phone number is texted (issue 17): once when no more than {@code policy.notifyAhead} are ahead
 * of it while it waits ("前面还有3人"), and once when it is called (the call's own words). A ticket called before its
 * turn came near gets the call only; a recall, a requeue or a transfer texts nobody again. Plain rule over what was
 * sent already: whoever keeps the phone numbers keeps the two flags beside them.
 */
public final class AheadNotice {
    /** What the ticket's phone has been sent so far. */
    public record Sent(boolean ahead, boolean called) {
        public static final Sent NOTHING = new Sent(false, false);
    }

    /** A text to send and what has been sent once it is. */
    public record Text(String text, Sent after) {
    }

    private AheadNotice() {
    }

    /** The text due for {@code status}, if any, given what was {@code sent} and the hall's {@code notifyAhead}. */
    public static Optional<Text> due(TicketStatus status, Sent sent, int notifyAhead) {
        if (status.state() == TicketState.CALLED && !sent.called()) {
            String call = status.announce() != null ? status.announce().zh() : status.number();
            return Optional.of(new Text(words("sms.called", status.number(), "", call), new Sent(true, true)));
        }
        if (status.state().isQueued() && !sent.ahead() && !sent.called() && status.ahead() != null
                && status.ahead() <= notifyAhead) {
            return Optional.of(new Text(words("sms.ahead", status.number(), status.ahead(), ""),
                    new Sent(true, false)));
        }
        return Optional.empty();
    }

    private static String words(String key, Object... args) {
        ResourceBundle zh = ResourceBundle.getBundle("hallq.server.citizen.sms", Locale.SIMPLIFIED_CHINESE);
        return new MessageFormat(zh.getString(key), Locale.SIMPLIFIED_CHINESE).format(args);
    }
}
