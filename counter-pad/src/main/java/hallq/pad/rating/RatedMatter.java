package hallq.pad.rating;

/**
 * Rating (issue 20, 一事一评): one matter of a finished visit the citizen is asked about: its code, sent with
 * {@code rate}, and its name, shown above the faces (the code when the pad does not know the name).
 */
public record RatedMatter(String code, String name) {
    public RatedMatter {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a rated matter has a code");
        }
        name = name == null || name.isBlank() ? code : name;
    }
}
