package hallq.hardware.idcard;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text block of a resident ID card (256 bytes, UCS-2 little endian, each field padded with spaces):
 * name 30 bytes, sex 2 (1 male, 2 female), nation 4 (01 汉, ...), birth 16 (YYYYMMDD), address 70, ID number 36,
 * issuing authority 30, valid from 16, valid to 16 (YYYYMMDD or 长期), then 36 reserved.
 *
 * <p>Stays inside this package: only the number and the birth date leave it ({@link #card}), and
 * {@link #toString} shows nothing of the holder.
 */
record CardText(String name, String sex, String nation, LocalDate birth, String address, String number,
                String authority, LocalDate validFrom, Optional<LocalDate> validTo) {

    static final int SIZE = 256;
    /** Field widths in bytes, in their order on the card. */
    static final int[] WIDTHS = {30, 2, 4, 16, 70, 36, 30, 16, 16};
    /** 长期: valid for life (cards of people over 46 when issued). */
    static final String FOR_LIFE = "长期";

    private static final Pattern NUMBER = Pattern.compile("[0-9]{17}[0-9X]");
    private static final Pattern DATE = Pattern.compile("[0-9]{8}");

    /** The block decoded field by field; GARBAGE when it is none of a card's. */
    static CardText decode(byte[] block) throws IdCardException {
        if (block.length < SIZE) {
            throw new IdCardException(IdCardFault.SHORT_FRAME, "a text block of " + block.length + " bytes");
        }
        String[] f = new String[WIDTHS.length];
        int at = 0;
        for (int i = 0; i < WIDTHS.length; i++) {
            f[i] = field(block, at, WIDTHS[i]);
            at += WIDTHS[i];
        }
        if (!NUMBER.matcher(f[5]).matches()) {
            throw new IdCardException(IdCardFault.GARBAGE, "the text block holds no ID number");
        }
        Optional<LocalDate> validTo = f[8].equals(FOR_LIFE) ? Optional.empty() : Optional.of(date(f[8], "valid to"));
        return new CardText(f[0], f[1], f[2], date(f[3], "birth"), f[4], f[5], f[6], date(f[7], "valid from"),
                validTo);
    }

    private static String field(byte[] block, int at, int width) {
        String s = new String(block, at, width, StandardCharsets.UTF_16LE);
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static LocalDate date(String s, String what) throws IdCardException {
        if (!DATE.matcher(s).matches()) {
            throw new IdCardException(IdCardFault.GARBAGE, "the " + what + " date is no date");
        }
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new IdCardException(IdCardFault.GARBAGE, "the " + what + " date is no date");
        }
    }

    /** The block as a card holds it (the simulator's side). */
    byte[] encode() {
        String[] f = {name, sex, nation, yyyymmdd(birth), address, number, authority, yyyymmdd(validFrom),
                validTo.map(CardText::yyyymmdd).orElse(FOR_LIFE)};
        byte[] block = new byte[SIZE];
        int at = 0;
        for (int i = 0; i < WIDTHS.length; i++) {
            StringBuilder padded = new StringBuilder(f[i]);
            while (padded.length() * 2 < WIDTHS[i]) {
                padded.append(' ');
            }
            byte[] b = padded.toString().getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(b, 0, block, at, WIDTHS[i]);
            at += WIDTHS[i];
        }
        for (int i = at; i < SIZE; i += 2) {
            block[i] = ' ';
        }
        return block;
    }

    private static String yyyymmdd(LocalDate d) {
        return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** Whether the card is past its "valid to" date on {@code today} (it is valid through that day). */
    boolean expiredOn(LocalDate today) {
        return validTo.isPresent() && validTo.get().isBefore(today);
    }

    /** What leaves the driver. */
    IdCard card() {
        return new IdCard(number, birth);
    }

    @Override
    public String toString() {
        return "CardText[" + card() + "]";
    }
}
