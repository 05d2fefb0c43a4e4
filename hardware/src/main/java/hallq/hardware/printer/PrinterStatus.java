package hallq.hardware.printer;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the printer said about itself.
 *
 * @param known         false when the link cannot read (one-way cable): then nothing is known
 * @param faults        blocking problems, empty when ready
 * @param paperNearEnd  the roll is nearly used up; still prints
 */
public record PrinterStatus(boolean known, Set<PrinterFault> faults, boolean paperNearEnd) {

    public static final PrinterStatus UNKNOWN = new PrinterStatus(false, Set.of(), false);
    public static final PrinterStatus READY = new PrinterStatus(true, Set.of(), false);

    public PrinterStatus {
        faults = faults.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(faults));
    }

    public boolean isReady() {
        return faults.isEmpty();
    }

    /** The most useful single fault to show staff: paper first, then cover, then the rest. */
    public PrinterFault mainFault() {
        for (PrinterFault f : PrinterFault.values()) {
            if (faults.contains(f)) {
                return f;
            }
        }
        return null;
    }
}
