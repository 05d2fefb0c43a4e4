package hallq.hardware.idcard;

import hallq.hardware.serial.SerialLink;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * One look at the reader over its serial link: find card, select card, read the base information, as GA 467's
 * SAM protocol has it. Blocks for the replies (at most {@code replyTimeout} each); not thread-safe: one poller
 * thread owns it.
 */
public final class SamSession {
    private final SerialLink link;
    private final Duration replyTimeout;
    private final byte[] buffer = new byte[SamFrame.HEADER + SamFrame.MAX_LENGTH];

    public SamSession(SerialLink link, Duration replyTimeout) {
        this.link = link;
        this.replyTimeout = replyTimeout;
    }

    /**
     * The card on the reader, or empty when there is none.
     *
     * @throws IdCardException why a card there could not be read (expired, a bad reply, the reader gone)
     */
    public Optional<IdCard> readCard(LocalDate today) throws IdCardException {
        SamFrame.Reply found = ask(SamFrame.FIND);
        if (found.sw3() == SamFrame.NO_CARD) {
            return Optional.empty();
        }
        expect(found, SamFrame.FOUND, "find card");
        SamFrame.Reply selected = ask(SamFrame.SELECT);
        if (selected.sw3() == SamFrame.SELECT_FAILED || selected.sw3() == SamFrame.NO_CARD) {
            return Optional.empty(); // lifted between find and select
        }
        expect(selected, SamFrame.OK, "select card");
        SamFrame.Reply base = ask(SamFrame.READ_BASE);
        expect(base, SamFrame.OK, "read base information");
        CardText text = CardText.decode(textBlock(base.data()));
        if (text.expiredOn(today)) {
            throw new IdCardException(IdCardFault.EXPIRED, "the card's validity has ended");
        }
        return Optional.of(text.card());
    }

    /** The text of a base-information reply: text length (2), photo length (2), text, photo (never kept). */
    static byte[] textBlock(byte[] data) throws IdCardException {
        if (data.length < 4) {
            throw new IdCardException(IdCardFault.SHORT_FRAME, "base information of " + data.length + " bytes");
        }
        int textLength = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
        int photoLength = ((data[2] & 0xFF) << 8) | (data[3] & 0xFF);
        if (textLength < CardText.SIZE || 4 + textLength + photoLength != data.length) {
            throw new IdCardException(IdCardFault.GARBAGE, "base information says text " + textLength
                    + " and photo " + photoLength + " bytes in " + data.length);
        }
        return Arrays.copyOfRange(data, 4, 4 + CardText.SIZE);
    }

    private static void expect(SamFrame.Reply r, int sw3, String what) throws IdCardException {
        if (r.sw3() == sw3) {
            return;
        }
        String status = String.format("%s: reader status %02X %02X %02X", what, r.sw1(), r.sw2(), r.sw3());
        throw new IdCardException(r.sw3() == SamFrame.NO_CARD ? IdCardFault.NO_CARD : IdCardFault.READ_FAILED, status);
    }

    private SamFrame.Reply ask(SamFrame.Command c) throws IdCardException {
        try {
            link.discardInput();
            link.write(SamFrame.command(c));
            return SamFrame.decodeReply(readFrame());
        } catch (IOException e) {
            throw new IdCardException(IdCardFault.UNPLUGGED, link.describe() + ": " + e.getMessage(), e);
        }
    }

    /** One reply's bytes: the preamble hunted for (line noise before it is passed over), then LEN more. */
    private byte[] readFrame() throws IOException, IdCardException {
        long deadline = System.nanoTime() + replyTimeout.toNanos();
        // line noise before the preamble is passed over: the last five bytes read are compared with it
        byte[] last = new byte[SamFrame.PREAMBLE.length];
        int seen = 0;
        byte[] one = new byte[1];
        while (seen < last.length || !Arrays.equals(last, SamFrame.PREAMBLE)) {
            if (read(one, 0, 1, deadline) == 0) {
                if (seen == 0) {
                    throw new IdCardException(IdCardFault.UNPLUGGED, link.describe() + " does not answer");
                }
                boolean prefix = seen < last.length && Arrays.equals(Arrays.copyOfRange(
                        last, last.length - seen, last.length), Arrays.copyOf(SamFrame.PREAMBLE, seen));
                throw new IdCardException(prefix ? IdCardFault.SHORT_FRAME : IdCardFault.GARBAGE,
                        "no preamble in " + seen + " bytes");
            }
            System.arraycopy(last, 1, last, 0, last.length - 1);
            last[last.length - 1] = one[0];
            if (++seen > SamFrame.MAX_LENGTH) {
                throw new IdCardException(IdCardFault.GARBAGE, seen + " bytes without a preamble");
            }
        }
        System.arraycopy(SamFrame.PREAMBLE, 0, buffer, 0, SamFrame.PREAMBLE.length);
        readFully(SamFrame.PREAMBLE.length, SamFrame.HEADER, deadline);
        int total = SamFrame.totalLength(buffer);
        readFully(SamFrame.HEADER, total, deadline);
        return Arrays.copyOf(buffer, total);
    }

    private void readFully(int from, int to, long deadline) throws IOException, IdCardException {
        int at = from;
        while (at < to) {
            int n = read(buffer, at, to - at, deadline);
            if (n == 0) {
                throw new IdCardException(IdCardFault.SHORT_FRAME, "a reply cut off after " + at + " of " + to + " bytes");
            }
            at += n;
        }
    }

    private int read(byte[] into, int offset, int length, long deadline) throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return 0;
        }
        return link.read(into, offset, length, Duration.ofNanos(left));
    }
}
