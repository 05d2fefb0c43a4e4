package hallq.server.queue;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The hall's opening hours ({@code "08:30-12:00"}); no ranges means always open. */
public record OpeningHours(List<Range> ranges) {
    public record Range(LocalTime from, LocalTime to) {
        boolean contains(LocalTime t) {
            return !t.isBefore(from) && t.isBefore(to);
        }
    }

    /** Parses the hall file's strings; throws IllegalArgumentException naming the bad one. */
    public static OpeningHours parse(List<String> specs) {
        List<Range> ranges = new ArrayList<>();
        for (String spec : specs) {
            String[] parts = spec == null ? new String[0] : spec.split("-");
            try {
                if (parts.length != 2) {
                    throw new DateTimeParseException("", spec, 0);
                }
                Range r = new Range(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
                if (!r.from.isBefore(r.to)) {
                    throw new IllegalArgumentException("hours '" + spec + "' end before they start");
                }
                for (Range other : ranges) {
                    if (r.from.isBefore(other.to) && other.from.isBefore(r.to)) {
                        throw new IllegalArgumentException("hours '" + spec + "' overlap other hours");
                    }
                }
                ranges.add(r);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("hours '" + spec + "' are not HH:MM-HH:MM");
            }
        }
        return new OpeningHours(List.copyOf(ranges));
    }

    public boolean isOpen(LocalTime t) {
        return ranges.isEmpty() || ranges.stream().anyMatch(r -> r.contains(t));
    }
}
