package hallq.kiosk.idcard;

import java.util.function.Consumer;

/** A reader with no hardware behind it: {@link #present} stands in for a card placed on it (tests, desktop). */
public final class SimulatedIdCardReader implements IdCardReader {
    private volatile Consumer<String> listener = n -> { };

    @Override
    public void onCard(Consumer<String> listener) {
        this.listener = listener;
    }

    public void present(String number) {
        listener.accept(number);
    }

    @Override
    public void close() {
        listener = n -> { };
    }
}
