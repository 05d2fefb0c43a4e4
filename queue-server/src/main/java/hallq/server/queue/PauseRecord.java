package hallq.server.queue;

import java.time.Instant;

/** A finished pause of a window, kept for the statistics' {@code pausedSec}. */
public record PauseRecord(String counter, Instant from, Instant to, String reason) {
}
