package hallq.pad.cases;

import hallq.protocol.Outcome;

/**
 * The three ways a window opens a case (contract section 10): 承诺件 (accepted, the materials complete), 容缺受理
 * (accepted, some materials to follow by a date) and 补正 (incomplete, the missing materials told once).
 */
public enum CaseKind {
    PROMISE(Outcome.ACCEPTED), WAIVED(Outcome.ACCEPTED), INCOMPLETE(Outcome.INCOMPLETE);

    private final Outcome outcome;

    CaseKind(Outcome outcome) {
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Whether each material can be marked (missing for 补正, to follow for 容缺). */
    public boolean marksMaterials() {
        return this != PROMISE;
    }
}
