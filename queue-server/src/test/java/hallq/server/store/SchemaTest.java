package hallq.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database's layout: versions in order, a database from before versions, one from a newer server. */
class SchemaTest {
    @TempDir
    Path dir;

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:hsqldb:file:" + dir.resolve("db") + ";hsqldb.lock_file=false",
                "SA", "");
    }

    private static int version(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            return Schema.version(s);
        }
    }

    private static java.util.List<String> ticketColumns(Connection c) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COLUMN_NAME FROM "
                + "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'TICKET' ORDER BY ORDINAL_POSITION")) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    @Test
    void aNewDatabaseGetsEveryMigrationOnceAndTheTicketTableOfTheColumnList() throws Exception {
        try (Connection c = connect()) {
            assertThat(Schema.migrate(c)).isZero();
            assertThat(version(c)).isEqualTo(Schema.CURRENT).isEqualTo(11); // 4: bookings, 5: cases, 6: ticket phones, 7: texts sent, 8: case phones, 9, 10, 11: rating (issue 20)
            assertThat(Schema.migrate(c)).as("nothing to do the second time").isEqualTo(Schema.CURRENT);
            assertThat(String.join(", ", ticketColumns(c))).isEqualTo(TicketTable.NAMES);
        }
    }

    @Test
    void aDatabaseFromBeforeVersionsEndsInTheSameLayout() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            // the layout of the first servers: no version, a reply_log, tickets without keys
            s.execute(TicketTable.CREATE.replace(", ticket_key VARCHAR(32)", "").replace(", booking VARCHAR(16)", "").replace(", case_ref VARCHAR(64)", "")
                    .replace(", green_reason VARCHAR(16)", "").replace(", ratings VARCHAR(4000)", "").replace(", matters VARCHAR(1000)", "")); // issue 20
            s.execute("CREATE TABLE reply_log (id BIGINT)");
            s.execute("CREATE MEMORY TABLE meta (k VARCHAR(32) PRIMARY KEY, v VARCHAR(200) NOT NULL)");
            s.execute("INSERT INTO meta VALUES ('seq', '41')");
            assertThat(ticketColumns(c)).doesNotContain("ticket_key", "booking");
            assertThat(Schema.migrate(c)).isZero();
            assertThat(String.join(", ", ticketColumns(c))).isEqualTo(TicketTable.NAMES);
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_NAME = 'REPLY_LOG'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            try (ResultSet rs = s.executeQuery("SELECT v FROM meta WHERE k = 'seq'")) {
                rs.next();
                assertThat(rs.getString(1)).as("what was there stays").isEqualTo("41");
            }
        }
    }

    @Test
    void aDatabaseOfANewerServerIsRefusedNotChanged() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            Schema.migrate(c);
            s.execute("UPDATE meta SET v = '99' WHERE k = 'schema'");
            assertThatThrownBy(() -> Schema.migrate(c)).hasMessageContaining("newer than this server's");
            assertThat(version(c)).isEqualTo(99);
        }
    }
}
