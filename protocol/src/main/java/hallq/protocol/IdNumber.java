package hallq.protocol;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;

/**
 * An 18-character resident ID number (GB 11643-1999): six digits of region, eight of birth date, three of
 * sequence and an ISO 7064 MOD 11-2 check character (0-9 or X). The one check of the hall: the kiosk judges a
 * typed or read number with it before sending, the server again before it counts tickets per person or gives
 * the elderly the green channel. Each side says the {@link Problem} in its own words.
 */
public final class IdNumber {
    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    /** Older than anyone alive: a birth year before it is a typing mistake. */
    private static final int FIRST_YEAR = 1880;

    /** What is wrong with a number, in the order they are looked for. */
    public enum Problem {
        /** Not 18 characters. */
        LENGTH,
        /** One of the first 17 characters is not a digit. */
        DIGITS,
        /** The last character is not the one the first 17 call for. */
        CHECK,
        /** Characters 7-14 are no real date, or one in the future or before 1880. */
        BIRTH
    }

    /** A number {@link #parse} refused. */
    public static final class Invalid extends IllegalArgumentException {
        private final Problem problem;

        Invalid(Problem problem) {
            super("not a resident ID number: " + problem);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private final String number;
    private final LocalDate birthDate;

    private IdNumber(String number, LocalDate birthDate) {
        this.number = number;
        this.birthDate = birthDate;
    }

    /** The number as it is checked and kept: trimmed, a lower-case x made upper-case; "" for null. */
    public static String normalized(String raw) {
        return raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
    }

    /** What is wrong with the number on {@code today}; empty when it is a valid number. */
    public static Optional<Problem> problem(String raw, LocalDate today) {
        String s = normalized(raw);
        if (s.length() != LENGTH) {
            return Optional.of(Problem.LENGTH);
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of(Problem.DIGITS);
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        if (s.charAt(LENGTH - 1) != CHECK.charAt(sum % 11)) {
            return Optional.of(Problem.CHECK);
        }
        LocalDate birth = birthDate(s);
        if (birth == null || birth.isAfter(today) || birth.getYear() < FIRST_YEAR) {
            return Optional.of(Problem.BIRTH);
        }
        return Optional.empty();
    }

    public static boolean isValid(String raw, LocalDate today) {
        return problem(raw, today).isEmpty();
    }

    /** The valid number, normalized; {@link Invalid} names the problem otherwise. */
    public static IdNumber parse(String raw, LocalDate today) {
        Optional<Problem> p = problem(raw, today);
        if (p.isPresent()) {
            throw new Invalid(p.get());
        }
        String s = normalized(raw);
        return new IdNumber(s, birthDate(s));
    }

    /** The check character that makes 17 digits a valid number (for tests and simulated readers). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static LocalDate birthDate(String s) {
        try {
            return LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** All 18 characters: keep it only as long as needed (the server keeps a salted hash of it, never this). */
    public String number() {
        return number;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** Full years of age on {@code day} (born 1956-11-23: 70 on 2026-11-23, still 69 the day before). */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && number.equals(other.number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }

    /** Region and sequence only: a log line or a failed assertion never shows the birth date or the whole number. */
    @Override
    public String toString() {
        return "IdNumber[" + number.substring(0, 6) + "********" + number.substring(14, 17) + "*]";
    }
}
