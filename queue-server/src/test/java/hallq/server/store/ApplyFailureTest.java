package hallq.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What is about a record (set it aside) and what is about the database or the disk (wait it out), HSQLDB's own. */
class ApplyFailureTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private Connection c;
    private boolean shutDown;

    @BeforeEach
    void database() throws SQLException {
        c = DriverManager.getConnection("jdbc:hsqldb:mem:applyfailure" + DATABASES.incrementAndGet(), "SA", "");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (k INT PRIMARY KEY, s VARCHAR(5), n INT NOT NULL)");
            s.execute("INSERT INTO t VALUES (1, 'a', 1)");
        }
    }

    @AfterEach
    void shutdown() throws SQLException {
        if (!shutDown) {
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }

    private Throwable executing(String sql) {
        return catchThrowable(() -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        });
    }

    @Test
    void whatHsqldbRefusesInARecordsDataIsAboutTheRecord() {
        assertThat(ApplyFailure.isAboutTheRecord(executing("INSERT INTO t VALUES (2, 'too long', 1)")))
                .as("string data, right truncation").isTrue();
        assertThat(ApplyFailure.isAboutTheRecord(executing("INSERT INTO t VALUES (1, 'b', 1)")))
                .as("a duplicate key").isTrue();
        assertThat(ApplyFailure.isAboutTheRecord(executing("INSERT INTO t VALUES (3, 'c', NULL)")))
                .as("null in a NOT NULL column").isTrue();
        assertThat(ApplyFailure.isAboutTheRecord(executing("INSERT INTO t VALUES (4, 'd', 99999999999)")))
                .as("a number out of range").isTrue();
    }

    @Test
    void whatComesOfTheDatabaseItselfIsNot() throws SQLException {
        PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?, 'x', 1)");
        assertThat(executing("ALTER TABLE t RENAME TO t_away")).isNull();
        Throwable invalid = catchThrowable(() -> {
            p.setInt(1, 5);
            p.executeUpdate();
        });
        assertThat(invalid).as("a statement made invalid under it").isInstanceOf(SQLException.class);
        assertThat(ApplyFailure.isAboutTheRecord(invalid)).isFalse();
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
        shutDown = true;
        Throwable closed = executing("INSERT INTO t_away VALUES (6, 'y', 1)");
        assertThat(closed).as("a closed database").isInstanceOf(SQLException.class);
        assertThat(ApplyFailure.isAboutTheRecord(closed)).isFalse();
    }

    @Test
    void ourOwnFailuresAreToldApartByTheirSqlStateAndDiskFailuresAreNeverAboutTheRecord() {
        assertThat(ApplyFailure.isAboutTheRecord(new SQLException("ticket has no row to update", ApplyFailure.NO_ROW)))
                .isTrue();
        assertThat(ApplyFailure.isAboutTheRecord(new SQLException("makes no rows", ApplyFailure.MAKES_NO_ROWS)))
                .isTrue();
        assertThat(ApplyFailure.isAboutTheRecord(new SQLException("no state"))).isFalse();
        assertThat(ApplyFailure.isAboutTheRecord(new SQLException("java.io.IOException: No space left on device",
                "08001"))).isFalse();
        assertThat(ApplyFailure.isAboutTheRecord(new SQLTransactionRollbackException("serialization failure",
                "40001"))).isFalse();
        assertThat(ApplyFailure.isAboutTheRecord(new IOException("No space left on device"))).isFalse();
        assertThat(ApplyFailure.isAboutTheRecord(new IllegalStateException("closed"))).isFalse();
        // a disk failure's message may well mention data: only what the failure is counts
        assertThat(ApplyFailure.isAboutTheRecord(new SQLException("data exception while writing", "HY000",
                new java.sql.SQLDataException("inner", "22001")))).isFalse();
    }

    @Test
    void aPayloadThatIsNoJournalEntryIsAboutTheRecord() {
        for (String payload : new String[] {"{not json", "[1, 2]", "{\"seq\": \"seven\"}", ""}) {
            Throwable t = catchThrowable(() -> JournalEntry.fromBytes(payload.getBytes(StandardCharsets.UTF_8)));
            assertThat(t).as(payload).isInstanceOf(JsonProcessingException.class);
            assertThat(ApplyFailure.isAboutTheRecord(t)).as(payload).isTrue();
        }
    }

    @Test
    void aFailureIsDescribedByItsMessageOrItsKind() {
        assertThat(ApplyFailure.describe(new SQLException("statement is invalid"))).isEqualTo("statement is invalid");
        assertThat(ApplyFailure.describe(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
