package hallq.pad.clerk;

/** The pad's connection to the queue server as the clerk sees it. */
public enum LinkState {
    /** Started, no hello answered yet. */
    CONNECTING,
    /** Started without a server address: looking for the hall on the network (mDNS). */
    SEARCHING,
    /** Hello answered: events flow, actions can be sent. */
    ONLINE,
    /** Lost: the pad keeps what it last knew and reconnects by itself. */
    OFFLINE
}
