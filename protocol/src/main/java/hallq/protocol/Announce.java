package hallq.protocol;

/** What the announcer says for a call: {@code 请A007号到3号窗口办理} and its English twin. */
public record Announce(String zh, String en) {
}
