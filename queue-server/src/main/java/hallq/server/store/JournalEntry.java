package hallq.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.protocol.Json;
import hallq.server.queue.DeskRecord;
import hallq.server.queue.Effects;
import hallq.protocol.event.Called;
import hallq.server.queue.HallEvent;
import hallq.server.queue.PauseRecord;
import hallq.server.queue.TicketRecord;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything one committed batch writes, as one value: the journal's record of it and what {@link HallStore#apply}
 * turns into rows. {@code batch} is the number its kept replies are found by (-1 when it has none), given by the
 * storage as it commits. Made on the hall thread (the rows as they are at that moment), written on another.
 */
public record JournalEntry(long batch, long seq, List<TicketRecord> issued, List<TicketRecord> changed,
                           List<DeskRecord> desks, List<PauseRecord> pauses, List<CallRow> calls,
                           List<StoredReply> replies, Instant pruneRepliesBefore,
                           // bookings (contract section 9); an entry journalled before them has none
                           List<hallq.server.booking.BookingRecord> bookings,
                           // cases (issue 18): cases opened or changed, each as it ends up; none in older records
                           List<hallq.server.cases.CaseRecord> cases,
                           // phone (issue 17): phones attached, and the day before which all are forgotten
                           List<hallq.server.queue.TicketPhone> phones, java.time.LocalDate phonesBefore,
                           // rating (issue 20): 差评 work items opened or moved; none in older records
                           List<hallq.server.rating.RectifyRecord> ratingItems,
                           // attendance (issue 20): logins begun and ended
                           List<hallq.server.queue.SessionMark> sessions) {
    private static final ObjectMapper JSON = Json.mapper();

    public JournalEntry {
        bookings = bookings == null ? List.of() : bookings;
        cases = cases == null ? List.of() : List.copyOf(cases);
        phones = phones == null ? List.of() : phones;
        ratingItems = ratingItems == null ? List.of() : List.copyOf(ratingItems);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    public JournalEntry(long batch, long seq, List<TicketRecord> issued, List<TicketRecord> changed,
                        List<DeskRecord> desks, List<PauseRecord> pauses, List<CallRow> calls,
                        List<StoredReply> replies, Instant pruneRepliesBefore,
                        List<hallq.server.booking.BookingRecord> bookings, List<hallq.server.cases.CaseRecord> cases,
                        List<hallq.server.queue.TicketPhone> phones, java.time.LocalDate phonesBefore) {
        this(batch, seq, issued, changed, desks, pauses, calls, replies, pruneRepliesBefore, bookings, cases, phones,
                phonesBefore, List.of(), List.of());
    }

    public JournalEntry(long batch, long seq, List<TicketRecord> issued, List<TicketRecord> changed,
                        List<DeskRecord> desks, List<PauseRecord> pauses, List<CallRow> calls,
                        List<StoredReply> replies, Instant pruneRepliesBefore) {
        this(batch, seq, issued, changed, desks, pauses, calls, replies, pruneRepliesBefore, List.of(), List.of(), List.of(),
                null);
    }

    /** A {@code called} event as stored for the display's last calls after a restart. */
    public record CallRow(long seq, long atMs, String payload) {
        /** The event again, as a restarted hall holds it. */
        public HallEvent event() throws JsonProcessingException {
            Called data = JSON.readValue(payload, Called.class);
            return new HallEvent(seq, Instant.ofEpochMilli(atMs), Set.of(data.ticket().zone()), data);
        }
    }

    /** What a run of operations writes; its batch number is given when it is committed. */
    public static JournalEntry of(Effects effects, List<StoredReply> replies, long seq, Instant pruneRepliesBefore) {
        List<CallRow> calls = new ArrayList<>();
        for (HallEvent e : effects.events()) {
            if (e.kind().equals(HallEvent.CALLED)) {
                try {
                    calls.add(new CallRow(e.seq(), e.at().toEpochMilli(), JSON.writeValueAsString(e.data())));
                } catch (JsonProcessingException ex) {
                    throw new IllegalStateException("a called event that cannot be written as JSON", ex);
                }
            }
        }
        return new JournalEntry(-1, seq, effects.issuedRecords(), effects.changedRecords(), effects.deskRecords(),
                List.copyOf(effects.pauses()), calls, List.copyOf(replies), pruneRepliesBefore,
                List.copyOf(effects.bookingRecords()), effects.caseRecords(), List.copyOf(effects.phones()),
                effects.phonesBefore(), effects.ratingItemRecords(), effects.sessions());
    }

    public JournalEntry withBatch(long number) {
        return new JournalEntry(number, seq, issued, changed, desks, pauses, calls, replies, pruneRepliesBefore,
                bookings, cases, phones, phonesBefore, ratingItems, sessions);
    }

    public byte[] toBytes() throws JsonProcessingException {
        return JSON.writeValueAsBytes(this);
    }

    /** The entry a journal record's payload holds; a {@link JsonProcessingException} when it holds none. */
    public static JournalEntry fromBytes(byte[] bytes) throws JsonProcessingException {
        try {
            return JSON.readValue(bytes, JournalEntry.class);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            // bytes in memory: whatever failed is in them, never I/O
            throw new JsonMappingException(null, "not a journal entry: " + e.getMessage(), e);
        }
    }
}
