package hallq.server.queue;

/**
 * Which line a waiting ticket stands in; calling order is transfer, then green (within the burst), then booked (from
 * its slot's start; before it, a booked ticket waits among the walk-ins), then normal.
 */
public enum QueueClass {
    TRANSFER, GREEN, BOOKED, NORMAL
}
