package hallq.server.queue;

/** Which line a waiting ticket stands in; calling order is transfer, then green (within the burst), then normal. */
public enum QueueClass {
    TRANSFER, GREEN, NORMAL
}
