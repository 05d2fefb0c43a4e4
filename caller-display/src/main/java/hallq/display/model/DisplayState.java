package hallq.display.model;

import java.util.List;

/**
 * What the screen shows, all at once; immutable.
 *
 * @param calls recent calls, newest first (at most {@link DisplayModel#RECENT}); the first is the big one
 * @param callCount how many calls this screen has seen since it started (a new call, or a recall, changes it:
 *                  the view blinks the big number when it changes)
 * @param searching no server address was given and the hall is being looked for on the network (mDNS)
 */
public record DisplayState(String hallName, String hallNameEn, boolean connected, List<Call> calls,
                           List<ZoneLine> zones, long seq, long callCount, boolean searching) {
    public static final DisplayState EMPTY = new DisplayState("", "", false, List.of(), List.of(), 0, 0);

    public DisplayState(String hallName, String hallNameEn, boolean connected, List<Call> calls,
                        List<ZoneLine> zones, long seq, long callCount) {
        this(hallName, hallNameEn, connected, calls, zones, seq, callCount, false);
    }

    public Call newest() {
        return calls.isEmpty() ? null : calls.get(0);
    }
}
