package hallq.hardware.printer;

import java.io.ByteArrayOutputStream;
import java.util.function.Function;

/**
 * Answers DLE EOT n queries like an Epson-compatible printer in a given state. Used as the
 * responder of a MemoryPrinterLink or behind a FIFO.
 */
final class PrinterEmulator implements Function<byte[], byte[]> {

    enum State { READY, PAPER_OUT, COVER_OPEN, PAPER_NEAR_END, SILENT }

    private volatile State state;

    PrinterEmulator(State state) {
        this.state = state;
    }

    void state(State state) {
        this.state = state;
    }

    @Override
    public byte[] apply(byte[] data) {
        ByteArrayOutputStream answers = new ByteArrayOutputStream();
        for (int i = 0; i + 2 < data.length; i++) {
            if (data[i] == 0x10 && data[i + 1] == 0x04) {
                int answer = answer(data[i + 2]);
                if (answer >= 0) {
                    answers.write(answer);
                }
                i += 2;
            }
        }
        return answers.toByteArray();
    }

    /** Fixed bits 0x12 plus the state's bits, per the DLE EOT tables. */
    private int answer(int n) {
        State s = state;
        if (s == State.SILENT) {
            return -1;
        }
        return switch (n) {
            // n=1: bit 3 = offline
            case 1 -> 0x12 | (s == State.PAPER_OUT || s == State.COVER_OPEN ? 0x08 : 0);
            // n=2: bit 2 = cover open, bit 5 = stopped by paper end
            case 2 -> 0x12 | (s == State.COVER_OPEN ? 0x04 : 0) | (s == State.PAPER_OUT ? 0x20 : 0);
            // n=4: bits 2,3 = near end, bits 5,6 = paper end
            case 4 -> 0x12 | (s == State.PAPER_NEAR_END ? 0x0C : 0) | (s == State.PAPER_OUT ? 0x6C : 0);
            default -> 0x12;
        };
    }
}
