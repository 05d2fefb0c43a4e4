package hallq.hardware.idcard;

/** Why a card could not be read: each one a kiosk says in its own plain words, and none stops the keypad. */
public enum IdCardFault {
    /** The reader looked and found no card (SW3 0x80), or the card was lifted before it was selected. */
    NO_CARD,
    /** The card's "valid to" date has passed. */
    EXPIRED,
    /** A reply whose XOR check byte does not match (a bad cable, a wrong baud rate, noise). */
    BAD_CHECK,
    /** A reply cut short: fewer bytes than its length says, or too few to be a reply at all. */
    SHORT_FRAME,
    /** Bytes that are no reply of the SAM protocol: no preamble, an impossible length, a text block that is no card's. */
    GARBAGE,
    /** The reader said the card could not be read or authenticated (SW3 0x41, 0x31, 0x32, ...): lay it down again. */
    READ_FAILED,
    /** The serial port is gone or the reader does not answer at all. */
    UNPLUGGED
}
