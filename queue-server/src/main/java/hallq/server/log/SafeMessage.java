package hallq.server.log;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log line's message ({@code %safeMsg} in logback.xml), with control characters escaped and clipped: a safety net
 * behind {@link LogText}, so that a value somebody forgot to pass through it still cannot forge lines or fill the log.
 */
public final class SafeMessage extends MessageConverter {
    static final int MAX = 2000;

    @Override
    public String convert(ILoggingEvent event) {
        return LogText.of(super.convert(event), MAX);
    }
}
