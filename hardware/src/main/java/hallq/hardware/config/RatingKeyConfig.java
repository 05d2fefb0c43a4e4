package hallq.hardware.config;

/**
 * One evaluator key.
 *
 * @param level  satisfaction level 1 (非常不满意) … 5 (非常满意)
 * @param button the key's switch
 * @param lamp   the lamp inside or beside the key, optional
 */
public record RatingKeyConfig(Integer level, ButtonConfig button, LampConfig lamp) {
    public RatingKeyConfig {
        if (level == null || level < 1 || level > 5) {
            throw new IllegalArgumentException("rating key level must be 1..5, was " + level);
        }
        if (button == null) {
            throw new IllegalArgumentException("rating key " + level + " needs a button");
        }
    }
}
