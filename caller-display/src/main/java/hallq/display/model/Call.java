package hallq.display.model;

/**
 * One call as the screen shows it: the ticket number, the window it goes to, whether it was a recall (重呼),
 * and the server's announcement texts ({@code announce.zh}, {@code announce.en}): the screen shows them and the
 * voice says them, neither makes its own.
 */
public record Call(long seq, String number, String zone, boolean green, String counterId, String counterName,
                   String counterNameEn, boolean recall, String zh, String en, String at) {
}
