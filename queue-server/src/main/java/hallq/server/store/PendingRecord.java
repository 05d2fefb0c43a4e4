package hallq.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A journal record on its way to the database: its number, its payload as the journal holds it, and the entry read
 * from it, or (entry null) why none could be.
 */
record PendingRecord(long number, byte[] payload, JournalEntry entry, JsonProcessingException unreadable) {
    /** A record read back from the journal at a start. */
    static PendingRecord read(Journal.Record r) {
        try {
            return new PendingRecord(r.number(), r.payload(), JournalEntry.fromBytes(r.payload()), null);
        } catch (JsonProcessingException e) {
            return new PendingRecord(r.number(), r.payload(), null, e);
        }
    }

    /** A record just appended, from the entry it was made of. */
    static PendingRecord of(long number, byte[] payload, JournalEntry entry) {
        return new PendingRecord(number, payload, entry, null);
    }
}
