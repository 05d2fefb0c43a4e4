package hallq.server.store;

import hallq.protocol.TicketState;
import hallq.server.queue.TicketPhone;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ticket_phone} table (phone, issue 17): a ticket's phone number while the ticket may still be texted.
 * A row goes when its ticket ends and, at the daily reset, with every row of the days before; a restart reads only
 * the current day's.
 */
final class TicketPhoneTable {
    static final String CREATE = "CREATE CACHED TABLE IF NOT EXISTS ticket_phone (day DATE NOT NULL, "
            + "number VARCHAR(16) NOT NULL, phone VARCHAR(16) NOT NULL, PRIMARY KEY (day, number))";
    static final String MERGE = "MERGE INTO ticket_phone USING (VALUES (CAST(? AS DATE), CAST(? AS VARCHAR(16)), "
            + "CAST(? AS VARCHAR(16)))) AS n(day, number, phone) ON ticket_phone.day = n.day "
            + "AND ticket_phone.number = n.number WHEN MATCHED THEN UPDATE SET ticket_phone.phone = n.phone "
            + "WHEN NOT MATCHED THEN INSERT VALUES n.day, n.number, n.phone";
    static final String DELETE = "DELETE FROM ticket_phone WHERE day = ? AND number = ?";
    static final String DELETE_BEFORE = "DELETE FROM ticket_phone WHERE day < ?";
    static final String SELECT = "SELECT day, number, phone FROM ticket_phone WHERE day = ?";

    private TicketPhoneTable() {
    }

    /** Whether a ticket in {@code state} is over for good: nothing will be texted to it again. */
    static boolean over(TicketState state) {
        return state == TicketState.DONE || state == TicketState.CANCELLED;
    }

    static void bind(PreparedStatement p, TicketPhone t) throws SQLException {
        p.setDate(1, Date.valueOf(t.day()));
        p.setString(2, t.number());
        p.setString(3, t.phone());
    }

    static List<TicketPhone> read(PreparedStatement p) throws SQLException {
        List<TicketPhone> rows = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                rows.add(new TicketPhone(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3)));
            }
        }
        return rows;
    }
}
