package hallq.kiosk.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * A text to show, as a bundle key and its arguments, not yet in any language: the model decides what
 * to say, the view says it in the language chosen. Arguments may be {@link Bilingual}.
 */
public record Msg(String key, List<Object> args) {

    public Msg {
        args = List.copyOf(args);
    }

    public static Msg of(String key, Object... args) {
        return new Msg(key, Arrays.asList(args));
    }
}
