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

    // ---- rating (issue 20, 一事一评): a visit of several matters, each rated on its own ----

    private static final hallq.protocol.hall.Matter LICENCE = new hallq.protocol.hall.Matter("FR003", "营业执照遗失补领",
            "legal", hallq.protocol.MatterKind.INSTANT, null, java.util.List.of(), null);
    private static final hallq.protocol.hall.Matter PLEDGE = new hallq.protocol.hall.Matter("FR004", "股权出质登记",
            "legal", hallq.protocol.MatterKind.INSTANT, null, java.util.List.of(), null);

    /** A finished ticket as the server replies when the finish named {@code matters}. */
    private static TicketView doneWith(String number, String... matters) {
        TicketView t = done(number);
        return new TicketView(t.number(), t.zone(), t.green(), t.state(), t.day(), t.issuedAt(), t.calledAt(),
                t.counter(), null, null, t.startedAt(), t.finishedAt(), t.outcome(), null, null, 0, null, null, null,
                null, null, java.util.List.of(matters));
    }

    /** Window 3 serving A001, the clerk chooses two matters and finishes: the citizen is asked about the first. */
    private static Pads finishedWithTwoMatters(Pads p) {
        p.hello(Hellos.pad3(CounterState.SERVING, Hellos.ticket("A001", "legal", TicketState.SERVING)));
        assertThat(p.model.addMatter(LICENCE)).isTrue();
        assertThat(p.model.addMatter(PLEDGE)).isTrue();
        assertThat(p.model.addMatter(LICENCE)).as("once").isFalse();
        p.model.finish(Outcome.DONE, null);
        FakeLink.Sent finish = p.link.next("finish");
        assertThat(finish.args().path("matters").toString()).isEqualTo("[\"FR003\",\"FR004\"]");
        finish.okTicket(doneWith("A001", "FR003", "FR004"));
        return p;
    }

    @Test
    void twoMattersAreAskedInOrderAndEachRateNamesItsMatter() {
        Pads p = finishedWithTwoMatters(new Pads());
        RatingPrompt first = p.model.state().rating();
        assertThat(first.isAsking()).isTrue();
        assertThat(first.matter()).isEqualTo(new RatedMatter("FR003", "营业执照遗失补领"));
        assertThat(first.index()).isZero();
        assertThat(first.count()).isEqualTo(2);
        assertThat(p.model.state().matters()).as("the ticket is gone from the window, its list with it").isEmpty();

        p.time.advance(Duration.ofSeconds(20));
        assertThat(p.model.rate(5)).isTrue();
        FakeLink.Sent one = p.link.next("rate");
        assertThat(one.args().path("matter").asText()).isEqualTo("FR003");
        assertThat(one.args().path("level").asInt()).isEqualTo(5);
        RatingPrompt second = p.model.state().rating();
        assertThat(second.isAsking()).as("the second matter, not the thanks").isTrue();
        assertThat(second.matter().code()).isEqualTo("FR004");
        assertThat(second.index()).isEqualTo(1);
        assertThat(second.deadline()).as("a timeout of its own")
                .isEqualTo(p.time.instant().plus(PadModel.RATING_TIMEOUT));

        assertThat(p.model.rate(2)).isTrue();
        p.model.toggleReason(hallq.protocol.RatingReason.WAIT);
        p.model.reasonsDone();
        FakeLink.Sent two = p.link.next("rate");
        assertThat(two.args().path("matter").asText()).isEqualTo("FR004");
        assertThat(two.args().path("level").asInt()).isEqualTo(2);
        assertThat(two.args().path("reasons").toString()).isEqualTo("[\"wait\"]");
        assertThat(p.model.state().rating().phase()).isEqualTo(RatingPrompt.Phase.THANKED);
        assertThat(p.model.rate(4)).as("both rated").isFalse();
        assertThat(p.link.unanswered()).isEmpty();
    }

    @Test
    void theTimeoutOnTheSecondMatterLeavesItUnrated() {
        Pads p = finishedWithTwoMatters(new Pads());
        p.model.rate(4);
        assertThat(p.link.next("rate").args().path("matter").asText()).isEqualTo("FR003");
        p.time.advance(Duration.ofSeconds(29));
        assertThat(p.model.state().rating().matter().code()).isEqualTo("FR004");
        p.time.advance(Duration.ofSeconds(1));
        assertThat(p.model.state().rating()).as("the prompt ends").isNull();
        assertThat(p.model.rate(5)).isFalse();
        assertThat(p.link.unanswered()).as("FR004 unrated").isEmpty();
        assertThat(PadAction.CALL_NEXT.allowedIn(p.model.state())).isTrue();
        assertThat(p.time.pending()).isZero();
    }

    @Test
    void aKeyPressRatesTheCurrentMatterAndMovesOn() {
        FakeRatingKeys keys = new FakeRatingKeys();
        Pads p = finishedWithTwoMatters(new Pads(keys));
        assertThat(keys.isArmed()).isTrue();
        keys.press(1);
        FakeLink.Sent one = p.link.next("rate");
        assertThat(one.args().path("matter").asText()).isEqualTo("FR003");
        assertThat(one.args().path("level").asInt()).isEqualTo(1);
        assertThat(one.args().has("reasons")).as("the keys skip the reasons").isFalse();
        assertThat(p.model.state().rating().matter().code()).isEqualTo("FR004");
        assertThat(keys.isArmed()).as("armed again for the second matter").isTrue();
        keys.press(5);
        FakeLink.Sent two = p.link.next("rate");
        assertThat(two.args().path("matter").asText()).isEqualTo("FR004");
        assertThat(two.args().path("level").asInt()).isEqualTo(5);
        assertThat(p.model.state().rating().phase()).isEqualTo(RatingPrompt.Phase.THANKED);
        keys.press(3); // nothing armed
        assertThat(p.link.unanswered()).isEmpty();
    }

    @Test
    void aClerkRemovesAMatterAndTheOtherTicketStartsWithNone() {
        Pads p = new Pads();
        p.hello(Hellos.pad3(CounterState.SERVING, Hellos.ticket("A001", "legal", TicketState.SERVING)));
        p.model.addMatter(LICENCE);
        p.model.addMatter(PLEDGE);
        p.model.removeMatter("FR003");
        assertThat(p.model.state().matters()).extracting(hallq.protocol.hall.Matter::code).containsExactly("FR004");
        p.link.server().event(Hellos.counterEvent(200,
                Hellos.counter3(CounterState.SERVING, Hellos.ticket("A002", "legal", TicketState.SERVING))));
        assertThat(p.model.state().matters()).as("another ticket at the window").isEmpty();
        p.model.finish(Outcome.DONE, null);
        assertThat(p.link.next("finish").args().has("matters")).isFalse();
    }
}
