package hallq.display.model;

import hallq.protocol.event.Called;
import hallq.protocol.event.Event;

/**
 * One call as the screen shows it: the ticket number, the window it goes to, whether it was a recall (重呼, the
 * event's {@code recall} flag), and the server's announcement texts ({@code announce.zh}, {@code announce.en}):
 * the screen shows them and the voice says them, neither makes its own.
 */
public record Call(long seq, String number, String zone, boolean green, String counterId, String counterName,
                   String counterNameEn, boolean recall, String zh, String en, String at) {

    /** The call a {@code called} event tells of. */
    public static Call of(Event e, Called c) {
        return new Call(e.seq(), c.ticket().number(), c.ticket().zone(), c.ticket().green(), c.counter().id(),
                c.counter().name(), orEmpty(c.counter().nameEn()), c.recall(), orEmpty(c.announce().zh()),
                orEmpty(c.announce().en()), orEmpty(e.at()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
