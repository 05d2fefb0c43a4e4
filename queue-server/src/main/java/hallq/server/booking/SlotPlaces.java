package hallq.server.booking;

/** A slot of one day with its places and how many are still free ({@code GET /api/booking/slots}). */
public record SlotPlaces(String slot, int capacity, int free, boolean extra) {
}
