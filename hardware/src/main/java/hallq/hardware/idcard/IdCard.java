package hallq.hardware.idcard;

import java.time.LocalDate;
import java.util.Objects;

/**
 * All that leaves the card reader: the 18-character resident ID number (sent to the server, which keeps only its
 * salted hash) and the birth date (the green channel's age). Name, address and photo never leave the driver.
 * {@link #toString} masks the number, so a log line cannot carry it.
 */
public record IdCard(String number, LocalDate birthDate) {
    public IdCard {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(birthDate, "birthDate");
    }

    @Override
    public String toString() {
        return "IdCard[" + (number.length() > 4 ? number.substring(0, 2) + "**************"
                + number.substring(number.length() - 2) : "****") + "]";
    }
}
