package hallq.pad.clerk;

import java.util.List;

/**
 * A line the pad shows the clerk: the outcome of the last action or why it could not be done. The model names
 * a message by its bundle key; the view words it, and its arguments (a ticket number, a {@code Zone} or an
 * {@code Outcome}, which the view names in the pad's language). {@code detail} is the server's own text, shown
 * when the pad has no wording of its own for that error.
 */
public record Notice(Level level, String key, List<Object> args, String detail) {

    public enum Level { INFO, WARNING, ERROR }

    public Notice {
        // List.copyOf refuses nulls; a field missing from a reply shows as an empty word instead
        args = args == null ? List.of() : args.stream().map(a -> a == null ? (Object) "" : a).toList();
    }

    public static Notice info(String key, Object... args) {
        return new Notice(Level.INFO, key, List.of(args), null);
    }

    public static Notice warning(String key, Object... args) {
        return new Notice(Level.WARNING, key, List.of(args), null);
    }

    public static Notice error(String key, String detail) {
        return new Notice(Level.ERROR, key, List.of(), detail);
    }
}
