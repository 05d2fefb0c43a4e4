package hallq.kiosk.flow;

import hallq.kiosk.i18n.Msg;
import java.util.List;

/**
 * Everything one kiosk screen shows, as plain data: the model decides it, the JavaFX layer only draws it.
 * Records, so a test compares what the citizen would see with {@code equals}.
 */
public sealed interface Screen {

    /**
     * 暂停取号, 请稍候: no server (at start, or the link dropped). The kiosk reconnects by itself.
     *
     * @param ticketPending a ticket was asked for and will be shown as soon as the server answers
     * @param detail        why, for the staff who come to look; not for citizens (may be null)
     * @param searching     no server address was given and the hall is being looked for on the network
     */
    record Paused(boolean ticketPending, String detail, boolean searching) implements Screen {
        public Paused(boolean ticketPending, String detail) {
            this(ticketPending, detail, false);
        }
    }

    /**
     * One large button per zone with its waiting count.
     *
     * @param green         the 绿色通道 was chosen: the zone buttons now take green-channel tickets
     * @param maskedId      the ID number entered for this citizen, masked; null when none
     * @param printerFault  what is wrong with the printer (tickets will only be on screen); null when it is fine
     */
    record Home(List<ZoneTile> zones, boolean green, String maskedId, Msg printerFault, boolean booking)
            implements Screen {
        public Home {
            zones = List.copyOf(zones);
        }

        // check-in (issue 17): {@code booking}, the hall takes bookings, so the 预约取号 button shows
        public Home(List<ZoneTile> zones, boolean green, String maskedId, Msg printerFault) {
            this(zones, green, maskedId, printerFault, false);
        }
    }

    /** The one confirmation of the green channel: who it is for, in this zone. */
    record GreenConfirm(ZoneTile zone, boolean byCard) implements Screen {
        /** Rating (issue 20): {@code byCard} when the ID card's age made it green (老年人): no reason is asked then. */
        public GreenConfirm(ZoneTile zone) {
            this(zone, false);
        }
    }

    /** The on-screen keypad for the ID number; {@code problem} says in plain words what is wrong. */
    record IdEntry(String digits, Msg problem) implements Screen {
    }

    /** The server was asked; {@code slow} once the answer takes longer than usual. */
    record Issuing(ZoneTile zone, boolean green, boolean slow) implements Screen {
    }

    /** The ticket: number, zone, people ahead, wait, QR code, and what became of the paper. */
    record TicketShown(IssuedTicket ticket, PrintState print, Msg printNote) implements Screen {
    }

    /** A refusal or failure in words a citizen understands (closed, daily cap, limit per person, ...). */
    record Notice(Msg message) implements Screen {
    }

    /**
     * The 预约取号 keypad (issue 17): the booking's 8-digit code or the ID number as typed so far, and in plain words
     * what is wrong with it.
     */
    record CheckInEntry(String digits, Msg problem) implements Screen {
    }
}
