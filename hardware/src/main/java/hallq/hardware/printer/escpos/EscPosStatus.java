package hallq.hardware.printer.escpos;

import hallq.hardware.printer.PrinterFault;
import hallq.hardware.printer.PrinterStatus;

import java.util.EnumSet;
import java.util.Set;

/**
 * DLE EOT n real-time status: the queries and what the answer bits mean. Each answer is one byte
 * with bit 1 and bit 4 set and bits 0 and 7 clear, which is how a real answer is told from noise.
 */
public final class EscPosStatus {

    /** n = 1 printer, 2 offline cause, 4 paper roll sensor. */
    public static final int PRINTER = 1;
    public static final int OFFLINE_CAUSE = 2;
    public static final int ERROR_CAUSE = 3;
    public static final int PAPER = 4;

    private EscPosStatus() {
    }

    public static byte[] query(int n) {
        return new byte[]{EscPos.DLE, EscPos.EOT, (byte) n};
    }

    /** True if the byte has the fixed bits of a DLE EOT answer. */
    public static boolean isStatusByte(int b) {
        return (b & 0x93) == 0x12;
    }

    /** Combines the answers to n = 1, 2 and 4 (pass -1 for "no answer"; a missing answer adds nothing). */
    public static PrinterStatus interpret(int printer, int offlineCause, int paper) {
        Set<PrinterFault> faults = EnumSet.noneOf(PrinterFault.class);
        boolean nearEnd = false;
        if (paper >= 0) {
            if ((paper & 0x60) != 0) {
                faults.add(PrinterFault.PAPER_OUT);
            }
            nearEnd = (paper & 0x0C) != 0;
        }
        if (offlineCause >= 0) {
            if ((offlineCause & 0x04) != 0) {
                faults.add(PrinterFault.COVER_OPEN);
            }
            if ((offlineCause & 0x20) != 0) {
                faults.add(PrinterFault.PAPER_OUT);
            }
            if ((offlineCause & 0x40) != 0) {
                faults.add(PrinterFault.PRINTER_ERROR);
            }
        }
        if (printer >= 0 && (printer & 0x08) != 0 && faults.isEmpty()) {
            // Offline with no cause we recognise.
            faults.add(PrinterFault.OFFLINE);
        }
        return new PrinterStatus(true, faults, nearEnd);
    }
}
