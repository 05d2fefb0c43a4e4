package hallq.display.model;

import java.util.List;

/**
 * What the screen shows, all at once; immutable.
 *
 * @param calls recent calls, newest first (at most {@link DisplayModel#RECENT}); the first is the big one
 * @param callCount how many calls this screen has seen since it started (a new call, or a recall, changes it:
 *                  the view blinks the big number when it changes)
 */
public record DisplayState(String hallName, String hallNameEn, boolean connected, List<Call> calls,
                           List<ZoneLine> zones, long seq, long callCount) {
    public static final DisplayState EMPTY = new DisplayState("", "", false, List.of(), List.of(), 0, 0);

    public Call newest() {
        return calls.isEmpty() ? null : calls.get(0);
    }
}
