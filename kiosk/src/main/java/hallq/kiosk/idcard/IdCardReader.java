package hallq.kiosk.idcard;

import java.util.function.Consumer;

/**
 * A resident ID card reader (二代证读卡器) by the kiosk's screen. The kiosk only needs the card's number;
 * photos and addresses stay in the reader.
 *
 * <p>Lives in the kiosk module until the hardware module takes it over next to its printer and buttons
 * (a vendor SDK or serial-protocol reader implements it there).
 */
public interface IdCardReader extends AutoCloseable {

    /**
     * Where card numbers go: called once per card placed on the reader, on the reader's own thread,
     * with the 18-character number. Must not block.
     */
    void onCard(Consumer<String> listener);

    @Override
    void close();
}
