package hallq.kiosk.flow;

/** Where the paper ticket is. */
public enum PrintState {
    PRINTING,
    PRINTED,
    /** The printer refused or failed; the ticket stands (it is on the server) and is shown on screen. */
    FAILED,
    /** This kiosk has no printer in its device file: the screen is the ticket. */
    NO_PRINTER
}
