package hallq.hardware.scanner;

import java.util.function.Consumer;

/**
 * A keyboard-mode scanner with no hardware behind it: {@link #scan} types the code as the input_event bytes a
 * real one sends, and the real decoder reads them back (tests, the desktop's "scan a code" key).
 */
public final class SimulatedCodeScanner implements CodeScanner {
    private final InputEventDecoder decoder = new InputEventDecoder(InputEventDecoder.EVENT_SIZE_64);
    private volatile Consumer<String> codes = c -> { };

    @Override
    public void start(Consumer<String> codes) {
        this.codes = codes;
    }

    /** A code held under the scanner. */
    public synchronized void scan(String code) {
        byte[] events = InputEventDecoder.typing(code, InputEventDecoder.EVENT_SIZE_64);
        for (String c : decoder.feed(events, 0, events.length)) {
            codes.accept(c);
        }
    }

    @Override
    public void close() {
        codes = c -> { };
    }
}
