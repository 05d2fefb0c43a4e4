package hallq.kiosk.scan;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a code held under the kiosk's scanner is, decided in this one place: a booking's code (预约码, to check
 * in with, contract section 9), a case (办件, its id or the 收件通知单's QR link, to pick up with, section 10),
 * a ticket's own QR (nothing to do), or something else, refused in words. Plain text in, no I/O.
 */
public sealed interface ScannedCode {
    /** Longer than any code of the hall (a case link with its key is under 120 characters). */
    int LONGEST = 200;

    /** A booking's 8-digit code, as the booking page shows and its QR holds. */
    record Booking(String code) implements ScannedCode {
    }

    /**
     * A case: {@code ref} is what {@code issue}'s {@code case} takes (its id, or its key when the slip's QR
     * carries one: the key shows the slip was in hand).
     */
    record Case(String id, String key) implements ScannedCode {
        public String ref() {
            return key != null ? key : id;
        }
    }

    /** The QR printed on a HallQ ticket: the citizen has a number already. */
    record Ticket() implements ScannedCode {
    }

    /** None of the hall's codes. */
    record Unknown() implements ScannedCode {
    }

    Pattern BOOKING = Pattern.compile("[0-9]{8}");
    /** e.g. 20261203-A007: the day, then the ticket the case was opened on (prefix up to 4 letters). */
    Pattern CASE_ID = Pattern.compile("[0-9]{8}-[A-Z]{1,4}[0-9]{3,5}");
    Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    /** {publicUrl}/c/{id}?k={key}: the 收件通知单's QR. */
    Pattern CASE_PATH = Pattern.compile(".*/c/([0-9]{8}-[A-Z]{1,4}[0-9]{3,5})/?");
    /** {publicUrl}/t/{day}/{number}?k={key}: a ticket's QR. */
    Pattern TICKET_PATH = Pattern.compile(".*/t/[0-9]{4}-[0-9]{2}-[0-9]{2}/[A-Z]{1,4}[0-9]{3,5}/?");
    /** The booking page's link to one booking: /book?code=12345678 or /book/12345678 (or /bookings/...). */
    Pattern BOOKING_PATH = Pattern.compile(".*/book(?:ings)?/([0-9]{8})/?");

    static ScannedCode of(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty() || s.length() > LONGEST) {
            return new Unknown();
        }
        if (BOOKING.matcher(s).matches()) {
            return new Booking(s);
        }
        if (CASE_ID.matcher(s).matches()) {
            return new Case(s, null);
        }
        Optional<URI> link = link(s);
        if (link.isEmpty()) {
            return new Unknown();
        }
        String path = link.get().getPath() == null ? "" : link.get().getPath();
        Matcher caseLink = CASE_PATH.matcher(path);
        if (caseLink.matches()) {
            String key = query(link.get(), "k");
            return new Case(caseLink.group(1), key != null && KEY.matcher(key).matches() ? key : null);
        }
        if (TICKET_PATH.matcher(path).matches()) {
            return new Ticket();
        }
        Matcher bookingLink = BOOKING_PATH.matcher(path);
        if (bookingLink.matches()) {
            return new Booking(bookingLink.group(1));
        }
        String code = query(link.get(), "code");
        if (code == null) {
            code = fragment(link.get(), "code"); // phone2: the QR on /book's result, {publicUrl}/book#code=..&k=..
        }
        if (path.matches(".*/book(?:ings)?/?") && code != null && BOOKING.matcher(code).matches()) {
            return new Booking(code);
        }
        return new Unknown();
    }

    private static Optional<URI> link(String s) {
        if (!s.startsWith("http://") && !s.startsWith("https://")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(s));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String fragment(URI link, String name) {
        return value(link.getRawFragment(), name);
    }

    private static String query(URI link, String name) {
        return value(link.getRawQuery(), name);
    }

    private static String value(String q, String name) {
        if (q == null) {
            return null;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }
}
