package hallq.server.hall;

import hallq.protocol.MatterKind;
import hallq.protocol.Op;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Matter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The hall file's {@code matters:} (事项, issue 18): checked at start, each problem one line naming the matter, and
 * their pinyin initials filled in. The limits are those a finish's arguments have ({@link Op.Limits}), since the pad
 * sends a matter's code and its materials back in {@code finish}.
 */
final class Matters {
    /** A 事项编码: letters, digits and - . _ (the national codes are 20 to 40 digits and letters). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern INITIALS = Pattern.compile("[a-z0-9]*");
    static final int MAX_NAME = 100;
    /** The longest promise a hall makes; more is a typo (working days: about two years). */
    static final int MAX_PROMISED_DAYS = 500;

    private Matters() {
    }

    static void validate(HallConfig h) {
        Set<String> codes = new HashSet<>();
        for (Matter m : h.matters()) {
            require(m != null, "matters holds an empty entry");
            require(m.code() != null && !m.code().isBlank(), "a matter has no code");
            String code = m.code();
            require(code.length() <= Op.Limits.NAME, "a matter's code is longer than " + Op.Limits.NAME
                    + " characters");
            require(CODE.matcher(code).matches(), "matter code '" + code + "' may hold only letters, digits, - . _");
            require(codes.add(code), "matter code '" + code + "' appears twice");
            String at = "matter '" + code + "'";
            require(m.name() != null && !m.name().isBlank(), at + " has no name");
            require(m.name().length() <= MAX_NAME, at + ": name is longer than " + MAX_NAME + " characters");
            require(m.zone() != null && h.zone(m.zone()).isPresent(), at + " names unknown zone '" + m.zone() + "'");
            require(m.kind() != null, at + " has no kind (instant 即办 or promised 承诺)");
            if (m.kind() == MatterKind.PROMISED) {
                require(m.promisedDays() != null && m.promisedDays() >= 1 && m.promisedDays() <= MAX_PROMISED_DAYS,
                        at + " is promised: promisedDays must be from 1 to " + MAX_PROMISED_DAYS);
            } else {
                require(m.promisedDays() == null, at + " is instant (即办): it has no promisedDays");
            }
            List<String> materials = m.materials();
            require(materials.size() <= Op.Limits.ITEMS, at + " has more than " + Op.Limits.ITEMS + " materials");
            Set<String> seen = new HashSet<>();
            for (String mat : materials) {
                require(mat != null && !mat.isBlank(), at + " has an empty material");
                require(mat.length() <= Op.Limits.MATERIAL, at + ": a material is longer than "
                        + Op.Limits.MATERIAL + " characters");
                require(seen.add(mat.strip()), at + " lists material '" + mat.strip() + "' twice");
            }
            require(m.initials() == null || (m.initials().length() <= MAX_NAME
                    && INITIALS.matcher(m.initials()).matches()), at + ": initials must be lower-case letters");
        }
    }

    /** The hall with every matter's initials: as the file gives them, else computed from the name. */
    static HallConfig withInitials(HallConfig h) {
        if (h.matters().isEmpty()) {
            return h;
        }
        return h.withMatters(h.matters().stream()
                .map(m -> m.initials() != null ? m : m.withInitials(PinyinInitials.of(m.name()))).toList());
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem);
        }
    }
}
