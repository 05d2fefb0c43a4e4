package hallq.protocol.hall;

/**
 * The hall file's {@code sms:} block: the hall's SMS platform, which the server drives by one HTTP POST a message
 * (phone number and text, as a form or as JSON), with {@code token} as a bearer token when it needs one. Without
 * the block the server only logs its messages, the numbers masked. Never sent to terminals (the token is a secret).
 *
 * @param timeoutMs how long one message may take, connect and answer together (default 5000)
 * @param format    {@code form} (default: {@code phone=...&text=...}) or {@code json} ({@code {"phone","text"}})
 * @param queue     messages waiting for the platform at most (default 1000); more are dropped and counted
 */
public record SmsPlatform(String url, String token, Integer timeoutMs, String format, Integer queue) {
    public SmsPlatform {
        timeoutMs = timeoutMs == null ? 5000 : timeoutMs;
        format = format == null ? "form" : format;
        queue = queue == null ? 1000 : queue;
    }

    public boolean json() {
        return "json".equals(format);
    }
}
