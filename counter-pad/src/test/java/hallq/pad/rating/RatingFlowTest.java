package hallq.pad.rating;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.pad.clerk.PadAction;
import hallq.pad.clerk.PadModel;
import hallq.pad.support.FakeLink;
import hallq.pad.support.FakeRatingKeys;
import hallq.pad.support.Hellos;
import hallq.pad.support.MockGpio;
import hallq.pad.support.Pads;
import hallq.pad.support.StateProbe;
import hallq.protocol.CounterState;
import hallq.protocol.Outcome;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** 一次一评、一事一评: after each finished matter one answer, from the citizen, or none after 30 s. */
class RatingFlowTest {

    private static TicketView done(String number) {
        return Hellos.ticket(number, "legal", TicketState.DONE);
    }

    /** Window 3 serving A001, finished with {@code done}: the citizen's screen is up. */
    private static Pads finished(Pads p) {
        p.hello(Hellos.pad3(CounterState.SERVING, Hellos.ticket("A001", "legal", TicketState.SERVING)));
        p.model.finish(Outcome.DONE, null);
        p.link.next("finish").okTicket(done("A001"));
        return p;
    }

    @Test
    void finishTurnsThePadToTheCitizenAndTheFirstAnswerIsSentOnce() {
        Pads p = finished(new Pads());
        RatingPrompt prompt = p.model.state().rating();
        assertThat(prompt.ticket()).isEqualTo("A001");
        assertThat(prompt.isAsking()).isTrue();
        assertThat(prompt.deadline()).isEqualTo(p.time.instant().plus(PadModel.RATING_TIMEOUT));

        assertThat(p.model.rate(5)).isTrue();
        FakeLink.Sent rate = p.link.next("rate");
        assertThat(rate.args().path("ticket").asText()).isEqualTo("A001");
        assertThat(rate.args().path("level").asInt()).isEqualTo(5);

        assertThat(p.model.rate(1)).as("a second answer").isFalse();
        assertThat(p.link.unanswered()).isEmpty();
        assertThat(p.model.state().rating().phase()).isEqualTo(RatingPrompt.Phase.THANKED);

        rate.okTicket(done("A001"));
        p.time.advance(PadModel.THANKS);
        assertThat(p.model.state().rating()).isNull();
        assertThat(p.model.state().notice().key()).isEqualTo("notice.rated");
    }

    @Test
    void theClerkCannotActWhileTheCitizenRates() {
        Pads p = finished(new Pads());
        assertThat(PadAction.CALL_NEXT.refusal(p.model.state())).isEqualTo("refusal.rating");
        p.model.perform(PadAction.CALL_NEXT); // the physical key
        assertThat(p.link.unanswered()).isEmpty();
        assertThat(p.model.state().notice().key()).isEqualTo("refusal.rating");
    }

    @Test
    void noAnswerInThirtySecondsLeavesItUnrated() {
        Pads p = finished(new Pads());
        p.time.advance(Duration.ofSeconds(29));
        assertThat(p.model.state().rating()).as("still asking at 29 s").isNotNull();
        p.time.advance(Duration.ofSeconds(1));
        assertThat(p.model.state().rating()).as("gone at 30 s").isNull();
        assertThat(p.model.rate(3)).as("too late").isFalse();
        assertThat(p.link.unanswered()).isEmpty();
        assertThat(PadAction.CALL_NEXT.allowedIn(p.model.state())).isTrue();
        assertThat(p.time.pending()).isZero();
    }

    @Test
    void anAnswerJustBeforeTheTimeoutCountsAndTheTimeoutNoLongerFires() {
        Pads p = finished(new Pads());
        p.time.advance(Duration.ofMillis(29_999));
        assertThat(p.model.rate(3)).isTrue();
        p.time.advance(Duration.ofSeconds(1));
        assertThat(p.model.state().rating().phase()).isEqualTo(RatingPrompt.Phase.THANKED);
        assertThat(p.link.next("rate").args().path("level").asInt()).isEqualTo(3);
    }

    // ---- rating (issue 20): the reasons of a 1 or 2 ----

    @Test
    void aTwoAsksWhyAndSendsTheLevelWithTheReasonsTapped() {
        Pads p = finished(new Pads());
        p.time.advance(Duration.ofSeconds(20));
        assertThat(p.model.rate(2)).isTrue();
        RatingPrompt why = p.model.state().rating();
        assertThat(why.phase()).isEqualTo(RatingPrompt.Phase.REASONS);
        assertThat(why.deadline()).as("30 s of its own").isEqualTo(p.time.instant().plus(PadModel.RATING_TIMEOUT));
        assertThat(p.link.unanswered()).as("nothing sent yet").isEmpty();
        assertThat(p.model.rate(5)).as("the level is given").isFalse();

        p.model.toggleReason(hallq.protocol.RatingReason.ATTITUDE);
        p.model.toggleReason(hallq.protocol.RatingReason.WAIT);
        p.model.toggleReason(hallq.protocol.RatingReason.ATTITUDE); // taken back
        assertThat(p.model.state().rating().reasons()).containsExactly(hallq.protocol.RatingReason.WAIT);
        p.time.advance(Duration.ofSeconds(29));
        assertThat(p.model.reasonsDone()).isTrue();

        FakeLink.Sent rate = p.link.next("rate");
        assertThat(rate.args().path("level").asInt()).isEqualTo(2);
        assertThat(rate.args().path("reasons").toString()).isEqualTo("[\"wait\"]");
        assertThat(p.model.state().rating().phase()).isEqualTo(RatingPrompt.Phase.THANKED);
        assertThat(p.model.reasonsDone()).as("once").isFalse();
    }

    @Test
    void theReasonsRunningOutSendTheLevelWithWhatWasChosen() {
        Pads p = finished(new Pads());
        p.model.rate(1);
        p.model.toggleReason(hallq.protocol.RatingReason.COMPETENCE);
        p.time.advance(Duration.ofSeconds(29));
        assertThat(p.link.unanswered()).isEmpty();
        p.time.advance(Duration.ofSeconds(1));
        FakeLink.Sent rate = p.link.next("rate");
        assertThat(rate.args().path("level").asInt()).isEqualTo(1);
        assertThat(rate.args().path("reasons").toString()).isEqualTo("[\"competence\"]");
    }

    @Test
    void aTwoFromTheKeysIsSentAtOnceWithoutReasonsAndAFourAsksNone() {
        FakeRatingKeys keys = new FakeRatingKeys();
        Pads p = finished(new Pads(keys));
        keys.press(2);
        FakeLink.Sent rate = p.link.next("rate");
        assertThat(rate.args().path("level").asInt()).isEqualTo(2);
        assertThat(rate.args().has("reasons")).isFalse();
        assertThat(p.model.state().rating().phase()).isEqualTo(RatingPrompt.Phase.THANKED);
        assertThat(p.model.toggleReason(hallq.protocol.RatingReason.WAIT)).isFalse();

        Pads q = finished(new Pads());
        q.model.rate(4);
        assertThat(q.model.state().rating().phase()).isEqualTo(RatingPrompt.Phase.THANKED);
        assertThat(q.link.next("rate").args().has("reasons")).isFalse();
    }

    @Test
    void eachMatterIsRatedOnItsOwn() {
        Pads p = finished(new Pads());
        p.model.rate(4);
        p.link.next("rate").okTicket(done("A001"));
        p.time.advance(PadModel.THANKS);
        p.link.server().event(Hellos.counterEvent(200,
                Hellos.counter3(CounterState.SERVING, Hellos.ticket("A002", "legal", TicketState.SERVING))));
        p.model.finish(Outcome.CONSULT, null);
        p.link.next("finish").okTicket(done("A002"));
        assertThat(p.model.state().rating().ticket()).isEqualTo("A002");
        p.model.rate(5);
        assertThat(p.link.next("rate").args().path("ticket").asText()).isEqualTo("A002");
    }

    @Test
    void thePhysicalKeysAnswerAndTheScreenThenNoLonger() {
        FakeRatingKeys keys = new FakeRatingKeys();
        Pads p = finished(new Pads(keys));
        assertThat(keys.isArmed()).isTrue();
        keys.press(3);
        assertThat(p.link.next("rate").args().path("level").asInt()).isEqualTo(3);
        assertThat(p.model.rate(5)).isFalse();
        assertThat(p.link.unanswered()).isEmpty();
    }

    @Test
    void aTouchAnswerDisarmsTheKeysAndATimeoutToo() {
        FakeRatingKeys keys = new FakeRatingKeys();
        Pads p = finished(new Pads(keys));
        p.model.rate(5);
        assertThat(keys.isArmed()).isFalse();
        keys.press(1); // too late: nothing armed
        p.link.next("rate");
        assertThat(p.link.unanswered()).isEmpty();

        p.time.advance(PadModel.THANKS);
        p.link.server().event(Hellos.counterEvent(300,
                Hellos.counter3(CounterState.SERVING, Hellos.ticket("A002", "legal", TicketState.SERVING))));
        p.model.finish(Outcome.DONE, null);
        p.link.next("finish").okTicket(done("A002"));
        assertThat(keys.isArmed()).isTrue();
        p.time.advance(PadModel.RATING_TIMEOUT);
        assertThat(keys.isArmed()).as("disarmed at the timeout").isFalse();
        assertThat(p.link.unanswered()).isEmpty();
    }

    @Test
    void theTwoKeyEvaluatorMapsGoodToFiveAndBadToOne() throws Exception {
        String twoKeys = """
                node: test-counter
                gpio: { provider: mock }
                rating:
                  keys:
                    - { level: 5, button: { pin: 12, activeLow: false, debounceMs: 5 } }
                    - { level: 1, button: { pin: 13, activeLow: false, debounceMs: 5 } }
                """;
        try (MockGpio gpio = new MockGpio(twoKeys)) {
            Pads p = finished(new Pads(gpio.hardware.ratingKeys().orElseThrow()));
            StateProbe probe = new StateProbe(p.model);
            gpio.set("rating-1", true); // the "bad" key
            FakeLink.Sent bad = p.link.await("rate");
            assertThat(bad.args().path("level").asInt()).isEqualTo(1);
            // the key's answer reaches the model on the hardware thread: wait for the thank-you it leads to
            probe.await("thanked", s -> s.rating() != null && !s.rating().isAsking(), Duration.ofSeconds(5));
            gpio.set("rating-1", false);

            p.time.advance(PadModel.THANKS);
            p.link.server().event(Hellos.counterEvent(400,
                Hellos.counter3(CounterState.SERVING, Hellos.ticket("A002", "legal", TicketState.SERVING))));
            p.model.finish(Outcome.DONE, null);
            p.link.next("finish").okTicket(done("A002"));
            gpio.set("rating-5", true); // the "good" key
            FakeLink.Sent good = p.link.await("rate");
            assertThat(good.args().path("level").asInt()).isEqualTo(5);
            assertThat(good.args().path("ticket").asText()).isEqualTo("A002");
        }
    }
}
