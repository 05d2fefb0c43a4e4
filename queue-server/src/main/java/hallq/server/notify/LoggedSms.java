package hallq.server.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The gateway of a hall without an SMS platform: each message is one log line, the number masked. */
public final class LoggedSms implements SmsGateway {
    private static final Logger log = LoggerFactory.getLogger(LoggedSms.class);

    @Override
    public void send(String phone, String text) throws SmsFailure {
        if (!PhoneNumbers.valid(phone)) {
            throw new SmsFailure("not a mobile number");
        }
        log.info("SMS to {}: {}", PhoneNumbers.masked(phone), text);
    }
}
