package hallq.hardware.rating;

import hallq.hardware.button.Button;
import hallq.hardware.lamp.Lamp;

/** One evaluator key and its lamp (null if the key has none). */
public record RatingKey(RatingLevel level, Button button, Lamp lamp) {
}
