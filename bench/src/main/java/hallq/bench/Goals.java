package hallq.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Issue 21's goals as the run met them: each with what was measured, the baseline it is held against (measured in
 * the same run) and MET / NOT MET, printed together at the end of the report. A section that failed adds its goal
 * as NOT MET with the reason, so a missing figure is never read as a met one.
 */
final class Goals {
    /** One goal's outcome; {@code number} orders the table (1 to 7 in the issue). */
    record Goal(String number, String goal, String measured, String baseline, boolean met) {
    }

    private final List<Goal> goals = new ArrayList<>();

    void add(String number, String goal, String measured, String baseline, boolean met) {
        goals.add(new Goal(number, goal, measured, baseline, met));
    }

    void failed(String number, String goal, String why) {
        goals.add(new Goal(number, goal, "FAILED: " + why, "", false));
    }

    List<Goal> goals() {
        return List.copyOf(goals);
    }

    /** The table's lines, in the goals' order (a stable sort: one goal's several rows stay in the order added). */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("GOALS (issue 21; each against a baseline of this run)");
        List<Goal> sorted = new ArrayList<>(goals);
        sorted.sort(Comparator.comparing(Goal::number));
        for (Goal g : sorted) {
            out.add(String.format("  %-3s %-8s %s", g.number(), g.met() ? "MET" : "NOT MET", g.goal()));
            out.add(String.format("               measured %s%s", g.measured(),
                    g.baseline().isEmpty() ? "" : ";  baseline " + g.baseline()));
        }
        if (sorted.isEmpty()) {
            out.add("  (no goal measured)");
        }
        return out;
    }
}
