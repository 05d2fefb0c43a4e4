package hallq.protocol;

/** One zone's queue, in the snapshot and in {@code queue} events. */
public record ZoneStatus(
        String id,
        String name,
        String nameEn,
        String prefix,
        int waiting,
        int greenWaiting,
        int longestWaitSec) {
}
