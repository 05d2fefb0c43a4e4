package hallq.server.queue;

import java.time.Instant;

/**
 * Rating (issue 20, 月度考评's attendance): a clerk's login at a window ({@code start}) or the end of that login
 * (logout, another clerk's login there, a login at another window). The store keeps one row per login, from its
 * start to its end; the hall keeps nothing of it.
 */
public record SessionMark(String counter, String clerk, Instant at, boolean start) {
}
