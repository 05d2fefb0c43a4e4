package hallq.hardware.rating;

/** The five levels of the government-service 好差评 evaluation. */
public enum RatingLevel {
    VERY_DISSATISFIED(1, "非常不满意", "Very dissatisfied"),
    DISSATISFIED(2, "不满意", "Dissatisfied"),
    BASICALLY_SATISFIED(3, "基本满意", "Basically satisfied"),
    SATISFIED(4, "满意", "Satisfied"),
    VERY_SATISFIED(5, "非常满意", "Very satisfied");

    private final int score;
    private final String labelZh;
    private final String labelEn;

    RatingLevel(int score, String labelZh, String labelEn) {
        this.score = score;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public int score() {
        return score;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public static RatingLevel ofScore(int score) {
        for (RatingLevel level : values()) {
            if (level.score == score) {
                return level;
            }
        }
        throw new IllegalArgumentException("rating score must be 1..5, was " + score);
    }
}
