package hallq.hardware.idcard;

import hallq.hardware.serial.SerialLink;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A SAM card module you can script, at the serial link's end: it reads the command frames written to it and
 * answers with the bytes a real module sends, so the desktop and the tests go through the real decoding. A card
 * laid on it is a made-up person with the given ID number (its birth date taken from the number).
 */
public final class SimulatedSamModule implements SerialLink {

    /** What the module does when asked. */
    public enum Behaviour {
        /** Find card answers 80: nothing on it. */
        NO_CARD,
        /** A good card. */
        CARD,
        /** A card whose validity ended last year. */
        EXPIRED,
        /** A good card whose base-information reply has a wrong check byte. */
        BAD_CHECK,
        /** Bytes that are no frame at all (a reader at the wrong baud rate). */
        GARBAGE,
        /** Unplugged: every read and write fails. */
        UNPLUGGED
    }

    private static final byte[] NOISE = {0x11, 0x7F, (byte) 0xE0, 0x00, 0x3C, 0x55, (byte) 0xF0, 0x0F, 0x42, 0x19};

    private final LinkedBlockingQueue<Byte> toReader = new LinkedBlockingQueue<>();
    private volatile Behaviour behaviour = Behaviour.NO_CARD;
    private volatile String number;
    private volatile LocalDate today = LocalDate.now();

    /** A good card with this 18-character number is on the module from now on. */
    public void layCard(String idNumber) {
        lay(idNumber, Behaviour.CARD);
    }

    /** {@code behaviour} with a card of this number (for CARD, EXPIRED, BAD_CHECK). */
    public void lay(String idNumber, Behaviour b) {
        this.number = idNumber;
        this.behaviour = b;
    }

    public void liftCard() {
        behaviour = Behaviour.NO_CARD;
    }

    public void behave(Behaviour b) {
        behaviour = b;
    }

    /** The day an EXPIRED card's validity is counted back from. */
    public void today(LocalDate d) {
        today = d;
    }

    @Override
    public void write(byte[] data) throws IOException {
        Behaviour b = behaviour;
        if (b == Behaviour.UNPLUGGED) {
            throw new IOException("simulated reader unplugged");
        }
        SamFrame.Command c;
        try {
            c = SamFrame.decodeCommand(data);
        } catch (IdCardException e) {
            send(SamFrame.reply(0, 0, 0x10, new byte[0])); // 接收业务终端数据的校验和错误
            return;
        }
        if (b == Behaviour.GARBAGE) {
            send(NOISE);
            return;
        }
        boolean card = b != Behaviour.NO_CARD && number != null;
        if (c.equals(SamFrame.FIND)) {
            send(card ? SamFrame.reply(0, 0, SamFrame.FOUND, new byte[4]) : SamFrame.reply(0, 0, SamFrame.NO_CARD,
                    new byte[0]));
        } else if (c.equals(SamFrame.SELECT)) {
            send(card ? SamFrame.reply(0, 0, SamFrame.OK, new byte[8])
                    : SamFrame.reply(0, 0, SamFrame.SELECT_FAILED, new byte[0]));
        } else if (c.equals(SamFrame.READ_BASE)) {
            if (!card) {
                send(SamFrame.reply(0, 0, 0x41, new byte[0]));
                return;
            }
            byte[] frame = SamFrame.reply(0, 0, SamFrame.OK, baseInformation(number, b == Behaviour.EXPIRED));
            if (b == Behaviour.BAD_CHECK) {
                frame[frame.length - 1] ^= 0x5A;
            }
            send(frame);
        } else {
            send(SamFrame.reply(0, 0, 0x21, new byte[0])); // 命令错误
        }
    }

    /** Text length, photo length, a made-up person's text, a blank 1024-byte photo. */
    byte[] baseInformation(String idNumber, boolean expired) {
        LocalDate birth = LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)),
                Integer.parseInt(idNumber.substring(10, 12)), Integer.parseInt(idNumber.substring(12, 14)));
        LocalDate from = expired ? today.minusYears(11) : today.minusYears(2);
        Optional<LocalDate> to = Optional.of(expired ? today.minusYears(1) : from.plusYears(10));
        byte[] text = new CardText("王秀英", "2", "01", birth, "北京市东城区景山前街4号", idNumber,
                "北京市公安局东城分局", from, to).encode();
        byte[] data = new byte[4 + text.length + 1024];
        data[0] = (byte) (text.length >> 8);
        data[1] = (byte) text.length;
        data[2] = 0x04;
        data[3] = 0x00;
        System.arraycopy(text, 0, data, 4, text.length);
        return data;
    }

    private void send(byte[] frame) {
        for (byte x : frame) {
            toReader.add(x);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        if (behaviour == Behaviour.UNPLUGGED) {
            throw new IOException("simulated reader unplugged");
        }
        try {
            Byte first = toReader.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (first == null) {
                return 0;
            }
            buffer[offset] = first;
            int n = 1;
            Byte next;
            while (n < length && (next = toReader.poll()) != null) {
                buffer[offset + n++] = next;
            }
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        }
    }

    @Override
    public void discardInput() {
        toReader.clear();
    }

    @Override
    public String describe() {
        return "simulated SAM reader";
    }

    @Override
    public void close() {
        toReader.clear();
    }

    @Override
    public String toString() {
        return describe() + " (" + behaviour + ")";
    }
}
