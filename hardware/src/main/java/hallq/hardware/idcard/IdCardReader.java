package hallq.hardware.idcard;

/**
 * A resident ID card reader (二代证读卡器) by the kiosk's screen. It tells each card laid on it once, and each
 * fault once until things change; nothing else of the card than {@link IdCard} leaves it.
 */
public interface IdCardReader extends AutoCloseable {

    /** Where cards and faults go, on the reader's own thread. Must not block. */
    interface Listener {
        void card(IdCard card);

        void fault(IdCardFault fault);
    }

    /** Starts reading; call once. */
    void start(Listener listener);

    @Override
    void close();
}
