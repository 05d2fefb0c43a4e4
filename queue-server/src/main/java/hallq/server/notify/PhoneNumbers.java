package hallq.server.notify;

import java.util.regex.Pattern;

/** Mainland mobile numbers: which are valid, and how one is written where people may read it (the log, a page). */
public final class PhoneNumbers {
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    private PhoneNumbers() {
    }

    /** True for an 11-digit mainland mobile number (1, then 3–9, then nine digits). */
    public static boolean valid(String phone) {
        return phone != null && MOBILE.matcher(phone).matches();
    }

    /** The number with its middle four digits hidden, 138****5678, as halls print it; anything else as "***". */
    public static String masked(String phone) {
        return valid(phone) ? phone.substring(0, 3) + "****" + phone.substring(7) : "***";
    }
}
