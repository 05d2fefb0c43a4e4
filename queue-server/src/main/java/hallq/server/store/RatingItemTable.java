package hallq.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import hallq.protocol.Json;
import hallq.server.rating.RectifyRecord;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Rating (issue 20): the 差评 work items as rows of {@code rating_item} (migration 10), written whole at each step
 * (MERGE). The columns a query selects by stand on their own; the item itself, steps and notes included, is one JSON
 * value: at most five steps of a 1,000-character note each, so 16,000 characters always hold it.
 */
final class RatingItemTable {
    static final int MAX = 16000;
    static final String CREATE = "CREATE CACHED TABLE IF NOT EXISTS rating_item (id VARCHAR(100) PRIMARY KEY, "
            + "day DATE NOT NULL, state VARCHAR(16) NOT NULL, counter VARCHAR(64), clerk VARCHAR(64), "
            + "item VARCHAR(" + MAX + ") NOT NULL)";
    static final String SELECT = "SELECT item FROM rating_item";
    static final String MERGE = "MERGE INTO rating_item USING (VALUES (CAST(? AS VARCHAR(100)), CAST(? AS DATE), "
            + "CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(" + MAX
            + ")))) AS n(id, day, state, counter, clerk, item) ON rating_item.id = n.id "
            + "WHEN MATCHED THEN UPDATE SET state = n.state, item = n.item "
            + "WHEN NOT MATCHED THEN INSERT VALUES (n.id, n.day, n.state, n.counter, n.clerk, n.item)";

    private RatingItemTable() {
    }

    static void bind(PreparedStatement p, RectifyRecord r) throws SQLException {
        p.setString(1, r.id());
        p.setDate(2, Date.valueOf(r.day()));
        p.setString(3, r.state().wire());
        p.setString(4, r.counter());
        p.setString(5, r.clerk());
        try {
            p.setString(6, Json.mapper().writeValueAsString(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a work item that cannot be written as JSON", e);
        }
    }

    static RectifyRecord read(ResultSet rs) throws SQLException {
        try {
            return Json.mapper().readValue(rs.getString(1), RectifyRecord.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("a rating_item row that is not an item: " + e.getOriginalMessage(), e);
        }
    }
}
