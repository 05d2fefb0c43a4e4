package hallq.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.protocol.IdNumber;
import hallq.protocol.Outcome;
import hallq.protocol.hall.HallConfig;
import hallq.server.booking.BookingRecord;
import hallq.server.citizen.PhoneNotices;
import hallq.server.queue.HallQueue;
import hallq.server.queue.Halls;
import hallq.server.queue.RestoredHall;
import hallq.server.queue.TicketPhone;
import hallq.testkit.ManualClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ticket's phone (issue 17) over a hand-moved clock and a real database, no sockets: attached at the check-in of a
 * booking with a phone, on disk with the batch, texted once near its turn and once at the call, deleted when the
 * ticket ends and at the daily reset, kept across a restart.
 */
class TicketPhonesTest {
    static final LocalDate DAY = LocalDate.parse("2026-11-23");
    static final String PHONE = "13912345678";
    private final ManualClock clock = ManualClock.shanghai("2026-11-23T08:35:00");
    private int people;

    @TempDir
    Path data;

    static HallConfig hall() {
        return Halls.test("prefix: B }", "prefix: B, booking: { slots: [\"09:00-10:00\", \"10:00-11:00\"], "
                + "perSlot: 10, daysAhead: 3 } }");
    }

    private String person() {
        String first17 = "11010519800101" + String.format("%03d", ++people);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static void commit(HallStore store, HallQueue q) throws Exception {
        store.commit(q.takeEffects(), List.of(), q.seq(), null);
    }

    private static List<String> rows(HallStore store) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = store.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT day, number, phone FROM ticket_phone ORDER BY day, number")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return out;
    }

    private void callAndFinish(HallQueue q, List<String> texts, PhoneNotices notices) {
        q.callNext("2");
        texts.addAll(notices.due(q.ticketsWithPhones()).stream().map(PhoneNotices.Outgoing::text).toList());
        q.finish("2", Outcome.DONE, null);
        texts.addAll(notices.due(q.ticketsWithPhones()).stream().map(PhoneNotices.Outgoing::text).toList());
    }

    @Test
    void aBookedTicketsPhoneIsTextedNearItsTurnAndAtTheCallAndGoesWhenTheTicketEnds() throws Exception {
        HallQueue q = new HallQueue(hall(), clock, Halls.hasher(), RestoredHall.EMPTY);
        q.login("2", "1002", "7315"); // window 2 serves natural first
        List<BookingRecord> before = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            before.add(q.book("natural", DAY, "09:00-10:00", person(), null));
        }
        BookingRecord withPhone = q.book("natural", DAY, "09:00-10:00", person(), PHONE);
        clock.set(LocalDateTime.parse("2026-11-23T08:40:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        for (BookingRecord b : before) {
            q.checkIn("kiosk-1", b.code(), null); // checked in first: ahead of the one with a phone
        }
        String booked = q.checkIn("kiosk-1", withPhone.code(), null).number();
        PhoneNotices notices = new PhoneNotices(hall());
        List<String> texts = new ArrayList<>(notices.due(q.ticketsWithPhones()).stream()
                .map(PhoneNotices.Outgoing::text).toList());
        assertThat(q.ticketsWithPhones()).hasSize(1).allSatisfy(e -> {
            assertThat(e.getKey().number()).isEqualTo(booked);
            assertThat(e.getKey().ahead()).isEqualTo(5);
        });
        assertThat(texts).as("five ahead: not yet").isEmpty();
        try (HallStore store = HallStore.open(data)) {
            commit(store, q);
            assertThat(rows(store)).as("only the booking that gave a phone")
                    .containsExactly(DAY + " " + booked + " " + PHONE);

            for (int i = 0; i < 5; i++) {
                callAndFinish(q, texts, notices);
                commit(store, q);
            }
            assertThat(texts).containsExactly("【政务服务大厅】您的" + booked + "号前面还有3人，请回到大厅留意叫号。");
            callAndFinish(q, texts, notices); // the booked ticket: called, then done
            assertThat(texts).hasSize(2);
            assertThat(texts.get(1)).isEqualTo("【政务服务大厅】请" + booked + "号到2号窗口办理。");
            assertThat(texts).noneMatch(t -> t.contains(PHONE) || t.contains("110105"));
            assertThat(rows(store)).as("until its ticket ends").hasSize(1);
            commit(store, q);
            assertThat(rows(store)).as("gone with the ticket's end").isEmpty();
            assertThat(q.ticketsWithPhones()).isEmpty();
        }
    }

    @Test
    void aJournalledEntryKeepsItsPhonesForTheReplay() throws Exception {
        HallQueue q = new HallQueue(hall(), clock, Halls.hasher(), RestoredHall.EMPTY);
        BookingRecord b = q.book("natural", DAY, "09:00-10:00", person(), PHONE);
        String booked = q.checkIn("kiosk-1", b.code(), null).number();
        JournalEntry e = JournalEntry.of(q.takeEffects(), List.of(), q.seq(), null);
        JournalEntry back = JournalEntry.fromBytes(e.toBytes());
        assertThat(back.phones()).containsExactly(new TicketPhone(DAY, booked, PHONE));
        assertThat(back.phonesBefore()).isNull();
        clock.set(LocalDateTime.parse("2026-11-24T08:00:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        q.rollOverIfDue();
        JournalEntry reset = JournalEntry.fromBytes(
                JournalEntry.of(q.takeEffects(), List.of(), q.seq(), null).toBytes());
        assertThat(reset.phonesBefore()).isEqualTo(DAY.plusDays(1));
        assertThat(reset.phones()).isEmpty();
    }

    @Test
    void aRestartKeepsTodaysPhonesAndTheDailyResetDeletesThem() throws Exception {
        HallQueue q = new HallQueue(hall(), clock, Halls.hasher(), RestoredHall.EMPTY);
        BookingRecord b = q.book("natural", DAY, "09:00-10:00", person(), PHONE);
        String booked = q.checkIn("kiosk-1", b.code(), null).number();
        try (HallStore store = HallStore.open(data)) {
            commit(store, q);
        }
        try (HallStore store = HallStore.open(data)) {
            RestoredHall restored = store.load(DAY);
            assertThat(restored.phones()).containsExactly(new TicketPhone(DAY, booked, PHONE));
            HallQueue again = new HallQueue(hall(), clock, Halls.hasher(), restored);
            assertThat(again.ticketsWithPhones()).extracting(e -> e.getKey().number() + " " + e.getValue())
                    .containsExactly(booked + " " + PHONE);
            assertThat(store.load(DAY.plusDays(1)).phones()).as("another day reads none").isEmpty();

            clock.set(LocalDateTime.parse("2026-11-24T08:00:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant());
            assertThat(again.rollOverIfDue()).isTrue();
            assertThat(again.ticketsWithPhones()).isEmpty();
            commit(store, again);
            assertThat(rows(store)).as("the daily reset").isEmpty();
        }
    }

    /**
     * phone2: op attach-phone's rule, a walk-in ticket's phone given by the kiosk that issued it: checked first
     * (another kiosk's ticket, a called one, a bad number change nothing), then on disk with the batch and texted like
     * a booked ticket's, and deleted with the ticket's end.
     */
    @Test
    void aWalkInTicketGetsItsPhoneFromItsKioskAndLosesItWithItsEnd() throws Exception {
        HallQueue q = new HallQueue(hall(), clock, Halls.hasher(), RestoredHall.EMPTY);
        q.login("2", "1002", "7315");
        String first = q.issue("kiosk-1", "natural", false, null).number();
        String walkIn = q.issue("kiosk-1", "natural", false, null).number();
        q.callNext("2"); // the first is called: no longer texted
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> q.attachPhoneAt("kiosk-2", walkIn, PHONE))
                .hasFieldOrPropertyWithValue("reason", "UNKNOWN_TICKET");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> q.attachPhoneAt("kiosk-1", first, PHONE))
                .hasFieldOrPropertyWithValue("reason", "TICKET_STATE");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> q.attachPhoneAt("kiosk-1", walkIn, "1391234567"))
                .hasFieldOrPropertyWithValue("reason", "PHONE");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> q.attachPhoneAt("kiosk-1", "B999", PHONE))
                .hasFieldOrPropertyWithValue("reason", "UNKNOWN_TICKET");
        assertThat(q.ticketsWithPhones()).as("the refusals changed nothing").isEmpty();

        assertThat(q.attachPhoneAt("kiosk-1", walkIn, PHONE).ahead()).isZero();
        PhoneNotices notices = new PhoneNotices(hall());
        assertThat(notices.due(q.ticketsWithPhones())).extracting(PhoneNotices.Outgoing::text)
                .containsExactly("【政务服务大厅】您的" + walkIn + "号前面还有0人，请回到大厅留意叫号。");
        try (HallStore store = HallStore.open(data)) {
            commit(store, q);
            assertThat(rows(store)).containsExactly(DAY + " " + walkIn + " " + PHONE);
            q.finish("2", Outcome.DONE, null);
            q.callNext("2");
            q.finish("2", Outcome.DONE, null);
            commit(store, q);
            assertThat(rows(store)).as("gone with the ticket's end").isEmpty();
        }
    }
}
