package hallq.display.model;

/** One zone's queue on the screen. */
public record ZoneLine(String id, String name, String nameEn, String prefix, int waiting, int greenWaiting,
                       int longestWaitSec) {
}
