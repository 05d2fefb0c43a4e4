package hallq.terminal.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang zh|en}, the language a terminal starts in: a picocli mixin of the kiosk and the pad. */
public final class LanguageOption {
    @Option(names = "--lang", paramLabel = "zh|en", converter = Language.class,
            description = "the language it starts in (default zh)")
    Locale language = Locale.SIMPLIFIED_CHINESE;

    /** {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}. */
    public Locale language() {
        return language;
    }

    /** zh (also zh_CN, zh-CN) or en. */
    public static final class Language implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "zh", "zh_cn", "zh-cn" -> Locale.SIMPLIFIED_CHINESE;
                case "en" -> Locale.ENGLISH;
                default -> throw new TypeConversionException("zh or en, not '" + value + "'");
            };
        }
    }
}
