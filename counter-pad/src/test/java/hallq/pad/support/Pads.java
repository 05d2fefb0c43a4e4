package hallq.pad.support;

import hallq.hardware.rating.RatingKeys;
import hallq.pad.clerk.PadModel;
import hallq.protocol.message.Replies.NoShows;
import hallq.protocol.message.Replies.Welcome;
import hallq.testkit.ManualClock;
import java.time.Instant;
import java.util.List;

/** A pad model on a scripted link, with time moved by hand and work run on the test's thread. */
public final class Pads {
    public final FakeLink link = new FakeLink();
    public final ManualClock time = new ManualClock(Instant.parse("2026-11-22T01:20:00Z"));
    public final PadModel model;

    public Pads() {
        this(null);
    }

    public Pads(RatingKeys keys) {
        model = new PadModel(link, new DirectExecutor(), time, time, keys, PadModel.RATING_TIMEOUT).start();
    }

    /** Says hello with this reply and answers the pad's no-shows request with these numbers. */
    public Pads hello(Welcome hello, String... noShows) {
        link.server().connected(hello);
        link.next("no-shows").ok(new NoShows(List.of(noShows)));
        return this;
    }
}
