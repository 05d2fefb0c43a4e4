package hallq.server.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {
    @Test
    void mobileNumbersAreElevenDigitsFromOneThreeToOneNine() {
        assertTrue(PhoneNumbers.valid("13812345678"));
        assertTrue(PhoneNumbers.valid("19912345678"));
        assertFalse(PhoneNumbers.valid("12812345678"));
        assertFalse(PhoneNumbers.valid("1381234567"));
        assertFalse(PhoneNumbers.valid("138123456789"));
        assertFalse(PhoneNumbers.valid("1381234567a"));
        assertFalse(PhoneNumbers.valid(null));
    }

    @Test
    void theMiddleFourDigitsAreHidden() {
        assertEquals("138****5678", PhoneNumbers.masked("13812345678"));
        assertEquals("***", PhoneNumbers.masked("not a number at all"));
    }

    @Test
    void theLoggingGatewayRefusesWhatIsNotAMobileNumber() {
        assertThrows(SmsGateway.SmsFailure.class, () -> new LoggedSms().send("110", "hello"));
    }
}
