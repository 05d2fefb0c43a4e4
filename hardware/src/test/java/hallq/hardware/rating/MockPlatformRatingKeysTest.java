package hallq.hardware.rating;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import hallq.hardware.MockPi4j;
import hallq.hardware.board.NodeHardware;
import hallq.hardware.config.DeviceFileLoader;
import hallq.hardware.lamp.LampMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class MockPlatformRatingKeysTest {

    private static final String FIVE_KEYS = """
            node: test-counter
            gpio: { provider: mock }
            lamps:
              rate-prompt: { pin: 6 }
            rating:
              promptLamp: rate-prompt
              timeoutSec: 30
              confirmMs: 60000
              keys:
                - { level: 5, button: { pin: 12, activeLow: false, debounceMs: 10 }, lamp: { pin: 16 } }
                - { level: 4, button: { pin: 13, activeLow: false, debounceMs: 10 }, lamp: { pin: 19 } }
                - { level: 3, button: { pin: 23, activeLow: false, debounceMs: 10 }, lamp: { pin: 20 } }
                - { level: 2, button: { pin: 24, activeLow: false, debounceMs: 10 }, lamp: { pin: 21 } }
                - { level: 1, button: { pin: 25, activeLow: false, debounceMs: 10 }, lamp: { pin: 26 } }
            """;

    private static final String TWO_KEYS = """
            node: test-counter
            gpio: { provider: mock }
            rating:
              keys:
                - { level: 5, button: { pin: 12, activeLow: false, debounceMs: 10 }, lamp: { pin: 16 } }
                - { level: 1, button: { pin: 13, activeLow: false, debounceMs: 10 }, lamp: { pin: 19 } }
            """;

    private Context pi4j;
    private NodeHardware hw;

    private RatingKeys open(String yaml) {
        pi4j = MockPi4j.context();
        hw = NodeHardware.builder(DeviceFileLoader.parse(yaml)).pi4j(pi4j).open();
        return hw.ratingKeys().orElseThrow();
    }

    @AfterEach
    void close() {
        hw.close();
        pi4j.shutdown();
    }

    private void press(String id) {
        MockPi4j.input(pi4j, id).mockState(DigitalState.HIGH);
    }

    private DigitalState lampPin(int level) {
        return MockPi4j.output(pi4j, "rating-" + level + "-lamp").state();
    }

    @Test
    void returnsThePressedLevelAndDisarms() throws Exception {
        RatingKeys keys = open(FIVE_KEYS);
        assertThat(lampPin(4)).isEqualTo(DigitalState.LOW);

        CompletableFuture<RatingResult> answer = keys.request(Duration.ofSeconds(30));
        assertThat(keys.isArmed()).isTrue();
        for (int level = 1; level <= 5; level++) {
            assertThat(lampPin(level)).as("lamp %d while armed", level).isEqualTo(DigitalState.HIGH);
        }
        assertThat(hw.lamp("rate-prompt").mode()).isEqualTo(LampMode.BLINKING);

        press("rating-4");
        RatingResult result = answer.get(5, TimeUnit.SECONDS);

        assertThat(result.outcome()).isEqualTo(RatingResult.Outcome.RATED);
        assertThat(result.level()).isEqualTo(RatingLevel.SATISFIED);
        assertThat(result.level().labelZh()).isEqualTo("满意");
        assertThat(keys.isArmed()).isFalse();
        assertThat(lampPin(4)).as("the chosen key stays lit to confirm").isEqualTo(DigitalState.HIGH);
        assertThat(lampPin(5)).isEqualTo(DigitalState.LOW);
        assertThat(hw.lamp("rate-prompt").mode()).isEqualTo(LampMode.OFF);
    }

    @Test
    void timesOutWhenNobodyPresses() throws Exception {
        RatingKeys keys = open(FIVE_KEYS);

        RatingResult result = keys.request(Duration.ofMillis(100)).get(5, TimeUnit.SECONDS);

        assertThat(result.outcome()).isEqualTo(RatingResult.Outcome.TIMED_OUT);
        assertThat(result.chosenLevel()).isEmpty();
        assertThat(keys.isArmed()).isFalse();
        for (int level = 1; level <= 5; level++) {
            assertThat(lampPin(level)).isEqualTo(DigitalState.LOW);
        }
    }

    @Test
    void pressesWhileDisarmedAreNotRatings() throws Exception {
        RatingKeys keys = open(FIVE_KEYS);
        CompletableFuture<Boolean> stray = new CompletableFuture<>();
        keys.keys().get(RatingLevel.VERY_DISSATISFIED).addListener(e -> stray.complete(true));
        press("rating-1");
        stray.get(5, TimeUnit.SECONDS); // the key did register the press...

        CompletableFuture<RatingResult> answer = keys.request(Duration.ofSeconds(30));
        press("rating-5");

        // ...but only the press after arming answers.
        assertThat(answer.get(5, TimeUnit.SECONDS).level()).isEqualTo(RatingLevel.VERY_SATISFIED);
    }

    @Test
    void aNewRequestCancelsThePendingOne() throws Exception {
        RatingKeys keys = open(FIVE_KEYS);
        CompletableFuture<RatingResult> first = keys.request(Duration.ofSeconds(30));
        CompletableFuture<RatingResult> second = keys.request(Duration.ofSeconds(30));

        assertThat(first.get(5, TimeUnit.SECONDS).outcome()).isEqualTo(RatingResult.Outcome.CANCELLED);
        assertThat(second).isNotDone();
        keys.cancel();
        assertThat(second.get(5, TimeUnit.SECONDS).outcome()).isEqualTo(RatingResult.Outcome.CANCELLED);
    }

    @Test
    void twoKeyEvaluatorMapsGoodToFiveAndBadToOne() throws Exception {
        RatingKeys keys = open(TWO_KEYS);
        assertThat(keys.keys()).containsOnlyKeys(RatingLevel.VERY_SATISFIED, RatingLevel.VERY_DISSATISFIED);

        CompletableFuture<RatingResult> answer = keys.request(Duration.ofSeconds(30));
        press("rating-1");

        assertThat(answer.get(5, TimeUnit.SECONDS).level().score()).isEqualTo(1);
    }
}
