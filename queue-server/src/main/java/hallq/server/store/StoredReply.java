package hallq.server.store;

import java.time.Instant;

/** The reply once sent to a device's request id, kept so that a retry gets it again. */
public record StoredReply(String device, String requestId, Instant at, String body) {
}
