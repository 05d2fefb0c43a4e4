package hallq.protocol;

import java.util.Locale;

/** Wire names are the lower-case enum names ({@code no_show}, {@code serving}, ...). */
final class WireEnum {
    private WireEnum() {
    }

    static String wire(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String s) {
        for (E e : type.getEnumConstants()) {
            if (wire(e).equals(s)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + s + "'");
    }
}
