package hallq.server.notify;

/**
 * Where the hall's text messages to citizens go (a booking tomorrow, "3 people ahead of you", a case ready for
 * pickup): the hall's SMS platform, or the log where a hall has none. One message to one phone number; the caller
 * builds the text in the citizen's words and never puts an ID number in it.
 *
 * <p>Threading: {@link #send} may block on the network, so it is never called on the hall thread or a Netty event
 * loop; whoever sends hands it to a thread of its own.
 */
public interface SmsGateway {
    /**
     * Sends {@code text} to {@code phone} (11 digits, a mainland mobile number); returns once the platform took it.
     *
     * @throws SmsFailure when the platform refused it or could not be reached; the message is then not sent
     */
    void send(String phone, String text) throws SmsFailure;

    /** A message the gateway could not hand over, with the reason in words for the log (never the phone number). */
    final class SmsFailure extends Exception {
        public SmsFailure(String reason) {
            super(reason);
        }

        public SmsFailure(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
