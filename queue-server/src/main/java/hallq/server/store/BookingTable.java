package hallq.server.store;

import hallq.server.booking.BookingRecord;
import hallq.server.booking.BookingState;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The booking table (contract section 9, migration 4): one row per booking, keyed by day and code (a code is unique
 * among the bookings a hall still holds, not forever), written whole after every change like a ticket. The ID number
 * is there only as its salted hash; the phone number only until the booking's day is over.
 */
final class BookingTable {
    static final String CREATE = "CREATE CACHED TABLE IF NOT EXISTS booking (day DATE NOT NULL, "
            + "code VARCHAR(16) NOT NULL, booking_key VARCHAR(32) NOT NULL, zone VARCHAR(64) NOT NULL, "
            + "slot VARCHAR(16) NOT NULL, id_hash VARCHAR(64) NOT NULL, phone VARCHAR(16), state VARCHAR(16) NOT NULL, "
            + "booked_at BIGINT NOT NULL, changed_at BIGINT NOT NULL, ticket VARCHAR(16), PRIMARY KEY (day, code))";

    static final String MERGE = "MERGE INTO booking USING (VALUES (CAST(? AS DATE), CAST(? AS VARCHAR(16)), "
            + "CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(64)), "
            + "CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(16)), CAST(? AS BIGINT), CAST(? AS BIGINT), "
            + "CAST(? AS VARCHAR(16)))) AS n(day, code, booking_key, zone, slot, id_hash, phone, state, booked_at, "
            + "changed_at, ticket) ON booking.day = n.day AND booking.code = n.code "
            + "WHEN MATCHED THEN UPDATE SET booking.phone = n.phone, booking.state = n.state, "
            + "booking.changed_at = n.changed_at, booking.ticket = n.ticket "
            + "WHEN NOT MATCHED THEN INSERT VALUES n.day, n.code, n.booking_key, n.zone, n.slot, n.id_hash, n.phone, "
            + "n.state, n.booked_at, n.changed_at, n.ticket";

    /**
     * What a start holds: bookings from {@code from} on (the no-shows that may still block someone among them), and
     * any still booked of an earlier day (left when the hall was down at its end: the start marks them no-shows).
     */
    static final String SELECT = "SELECT day, code, booking_key, zone, slot, id_hash, phone, state, booked_at, "
            + "changed_at, ticket FROM booking WHERE day >= ? OR state = 'booked'";

    /** Every booking of a period, for statistics. */
    static final String SELECT_PERIOD = "SELECT day, code, booking_key, zone, slot, id_hash, phone, state, booked_at, "
            + "changed_at, ticket FROM booking WHERE day >= ? AND day <= ?";

    private BookingTable() {
    }

    static void bind(PreparedStatement p, BookingRecord b) throws SQLException {
        p.setDate(1, Date.valueOf(b.day()));
        p.setString(2, b.code());
        p.setString(3, b.key());
        p.setString(4, b.zone());
        p.setString(5, b.slot());
        p.setString(6, b.idHash());
        p.setString(7, b.phone());
        p.setString(8, b.state().wire());
        p.setLong(9, b.bookedAt().toEpochMilli());
        p.setLong(10, b.changedAt().toEpochMilli());
        p.setString(11, b.ticket());
    }

    static List<BookingRecord> read(PreparedStatement p) throws SQLException {
        List<BookingRecord> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new BookingRecord(rs.getString(2), rs.getString(3), rs.getString(4).intern(),
                        rs.getDate(1).toLocalDate(), rs.getString(5).intern(), rs.getString(6), rs.getString(7),
                        BookingState.fromWire(rs.getString(8)), Instant.ofEpochMilli(rs.getLong(9)),
                        Instant.ofEpochMilli(rs.getLong(10)), rs.getString(11)));
            }
        }
        return out;
    }

    /** How far back a start reads bookings: the longest no-show history a hall file's policy can ask for. */
    static LocalDate historyFrom(LocalDate today) {
        return today.minusDays(2L * 365);
    }
}
