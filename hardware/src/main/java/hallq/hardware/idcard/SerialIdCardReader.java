package hallq.hardware.idcard;

import hallq.hardware.serial.SerialLink;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SAM module on a serial port, looked at every {@code pollEvery} by its own thread: a card laid down is told
 * once (not again while it lies there), a fault once until it changes. A port that is gone is opened again every
 * {@code reopenEvery}, so replugging the reader needs no restart. What it logs never holds more than the masked
 * number.
 */
public final class SerialIdCardReader implements IdCardReader {
    private static final Logger log = LoggerFactory.getLogger(SerialIdCardReader.class);

    /** Opens the link (again, after the reader was unplugged). */
    @FunctionalInterface
    public interface LinkOpener {
        SerialLink open() throws IOException;
    }

    private final LinkOpener opener;
    private final Clock clock;
    private final Duration pollEvery;
    private final Duration reopenEvery;
    private final Duration replyTimeout;
    private volatile boolean closed;
    private Thread thread;

    // owned by the poller thread
    private SerialLink link;
    private SamSession session;
    private boolean cardTold;
    private IdCardFault faultTold;

    public SerialIdCardReader(LinkOpener opener, Clock clock, Duration pollEvery, Duration reopenEvery,
                              Duration replyTimeout) {
        this.opener = opener;
        this.clock = clock;
        this.pollEvery = pollEvery;
        this.reopenEvery = reopenEvery;
        this.replyTimeout = replyTimeout;
    }

    /** The usual pace: a look every 0.3 s (a citizen's card is read before they lift it), a second per reply. */
    public static SerialIdCardReader of(LinkOpener opener, Clock clock) {
        return new SerialIdCardReader(opener, clock, Duration.ofMillis(300), Duration.ofSeconds(2),
                Duration.ofSeconds(1));
    }

    @Override
    public synchronized void start(Listener listener) {
        if (thread != null) {
            throw new IllegalStateException("started already");
        }
        thread = new Thread(() -> run(listener), "id-card-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Listener listener) {
        while (!closed) {
            Duration pause = pollEvery;
            try {
                pause = look(listener);
            } catch (RuntimeException e) {
                log.error("card reader poll failed", e);
            }
            try {
                Thread.sleep(pause.toMillis()); // the reader's own pace, nobody waits on it
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One look at the reader; the pause before the next. Package-private for tests driving it by hand. */
    Duration look(Listener listener) {
        if (link == null) {
            try {
                link = opener.open();
                session = new SamSession(link, replyTimeout);
                log.info("card reader on {}", link.describe());
            } catch (IOException e) {
                tell(listener, new IdCardException(IdCardFault.UNPLUGGED, e.getMessage(), e));
                return reopenEvery;
            }
        }
        LocalDate today = LocalDate.now(clock);
        try {
            Optional<IdCard> card = session.readCard(today);
            if (card.isEmpty()) {
                cardTold = false;
                faultTold = null;
                return pollEvery;
            }
            if (!cardTold) {
                cardTold = true;
                faultTold = null;
                log.info("card read: {}", card.get());
                listener.card(card.get());
            }
            return pollEvery;
        } catch (IdCardException e) {
            tell(listener, e);
            if (e.fault() == IdCardFault.UNPLUGGED) {
                link.close();
                link = null;
                return reopenEvery;
            }
            return pollEvery;
        }
    }

    private void tell(Listener listener, IdCardException e) {
        if (e.fault() != faultTold) {
            faultTold = e.fault();
            cardTold = false;
            log.warn("card reader: {}", e.getMessage());
            listener.fault(e.fault());
        }
    }

    @Override
    public void close() {
        closed = true;
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (link != null) {
            link.close();
        }
    }
}
