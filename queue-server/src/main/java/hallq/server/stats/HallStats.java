package hallq.server.stats;

import hallq.protocol.Json;
import hallq.protocol.Outcome;
import hallq.protocol.TicketState;
import hallq.protocol.hall.Clerk;
import hallq.protocol.hall.Counter;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Zone;
import hallq.protocol.stats.StatsReport;
import hallq.protocol.stats.StatsReport.BadRating;
import hallq.protocol.stats.StatsReport.ClerkStats;
import hallq.protocol.stats.StatsReport.CounterStats;
import hallq.protocol.stats.StatsReport.DayStats;
import hallq.protocol.stats.StatsReport.HourStats;
import hallq.protocol.stats.StatsReport.Totals;
import hallq.protocol.stats.StatsReport.ZoneStats;
import hallq.server.queue.HallQueue;
import hallq.server.queue.PauseRecord;
import hallq.server.queue.TicketRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The statistics of protocol section 5, computed from stored tickets and pauses of a period; a pure function.
 * <ul>
 * <li>waitSec = first call − issue; serviceSec = finish − start (or − first call when never started), whole
 *     seconds; averages to 0.1 s; p90 by nearest rank; null where there is nothing to average.</li>
 * <li>served = tickets finished (state done, any outcome). Zones count issue and waits by the zone a ticket was
 *     issued in, served by the zone it was finished in; hours count issued by issue hour, served by finish
 *     hour, waits of the tickets issued in that hour.</li>
 * <li>satisfaction = ratings 3..5 among ratings (a ticket has one per matter rated, issue 20).</li>
 * </ul>
 */
public final class HallStats {
    private HallStats() {
    }

    /** The id of a rating: the rated ticket's business day and number. */
    public static String ratingId(LocalDate day, String number) {
        return day + "/" + number;
    }

    public static StatsReport compute(HallConfig hall, LocalDate from, LocalDate to, List<TicketRecord> tickets,
                                 List<PauseRecord> pauses) {
        ZoneId tz = ZoneId.of(hall.hall().timezone());
        List<TicketRecord> served = tickets.stream().filter(HallStats::served).toList();

        Totals totals = new Totals(tickets.size(), served.size(),
                count(tickets, t -> t.state() == TicketState.NO_SHOW), count(tickets, t -> t.transfers() > 0),
                avg(waits(tickets)), p90(waits(tickets)), avg(services(served)));

        List<ZoneStats> zones = new ArrayList<>();
        for (String id : ids(hall.zones().stream().map(Zone::id).toList(), tickets, TicketRecord::issueZone)) {
            List<TicketRecord> issuedHere = tickets.stream().filter(t -> t.issueZone().equals(id)).toList();
            List<Long> w = waits(issuedHere);
            zones.add(new ZoneStats(id, hall.zone(id).map(Zone::name).orElse(id), issuedHere.size(),
                    count(served, t -> t.zone().equals(id)), avg(w), p90(w),
                    w.isEmpty() ? null : Collections.max(w).intValue(),
                    count(issuedHere, t -> t.state() == TicketState.NO_SHOW), count(issuedHere, t -> t.transfers() > 0)));
        }

        Instant periodStart = from.atStartOfDay(tz).toInstant();
        Instant periodEnd = to.plusDays(1).atStartOfDay(tz).toInstant();
        List<CounterStats> counters = new ArrayList<>();
        List<TicketRecord> atCounters = tickets.stream().filter(t -> served(t) || t.state() == TicketState.NO_SHOW)
                .toList();
        for (String id : ids(hall.counters().stream().map(Counter::id).toList(), atCounters, TicketRecord::counter)) {
            List<TicketRecord> here = served.stream().filter(t -> id.equals(t.counter())).toList();
            long pausedSec = pauses.stream().filter(p -> p.counter().equals(id))
                    .mapToLong(p -> overlapSec(p.from(), p.to(), periodStart, periodEnd)).sum();
            counters.add(new CounterStats(id, hall.counter(id).map(Counter::name).orElse(id), here.size(),
                    avg(services(here)), pausedSec,
                    count(tickets, t -> t.state() == TicketState.NO_SHOW && id.equals(t.counter())),
                    levels(here), satisfaction(here)));
        }

        List<ClerkStats> clerks = new ArrayList<>();
        List<TicketRecord> byClerk = served.stream().filter(t -> t.clerk() != null).toList();
        for (String id : ids(hall.clerks().stream().map(Clerk::id).toList(), byClerk, TicketRecord::clerk)) {
            List<TicketRecord> mine = byClerk.stream().filter(t -> id.equals(t.clerk())).toList();
            clerks.add(new ClerkStats(id, hall.clerk(id).map(Clerk::name).orElse(id), mine.size(),
                    avg(services(mine)), levels(mine), satisfaction(mine)));
        }

        TreeMap<String, List<TicketRecord>> issuedByHour = new TreeMap<>();
        TreeMap<String, Integer> servedByHour = new TreeMap<>();
        for (TicketRecord t : tickets) {
            issuedByHour.computeIfAbsent(hour(t.issuedAt(), tz), h -> new ArrayList<>()).add(t);
        }
        for (TicketRecord t : served) {
            servedByHour.merge(hour(t.finishedAt(), tz), 1, Integer::sum);
        }
        TreeMap<String, Boolean> allHours = new TreeMap<>();
        issuedByHour.keySet().forEach(h -> allHours.put(h, true));
        servedByHour.keySet().forEach(h -> allHours.put(h, true));
        List<HourStats> hours = new ArrayList<>();
        for (String h : allHours.keySet()) {
            List<TicketRecord> issued = issuedByHour.getOrDefault(h, List.of());
            hours.add(new HourStats(h, issued.size(), servedByHour.getOrDefault(h, 0), avg(waits(issued))));
        }

        Map<String, Object> ratings = new LinkedHashMap<>(levels(tickets));
        ratings.put("unrated", count(served, t -> t.allRatings().isEmpty()));
        ratings.put("satisfaction", satisfaction(tickets));

        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            outcomes.put(o.wire(), count(served, t -> t.outcome() == o));
        }
        return new StatsReport(from.toString(), to.toString(), totals, zones, counters, clerks, hours, ratings, outcomes,
                days(from, to, tickets, served), badRatings(hall, tickets, tz))
                .withEvaluation(EvaluationFigures.of(tickets));
    }

    private static List<DayStats> days(LocalDate from, LocalDate to, List<TicketRecord> tickets,
                                       List<TicketRecord> served) {
        Map<LocalDate, List<TicketRecord>> issuedOn = tickets.stream().collect(Collectors.groupingBy(TicketRecord::day));
        Map<LocalDate, List<TicketRecord>> servedOn = served.stream().collect(Collectors.groupingBy(TicketRecord::day));
        List<DayStats> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            List<TicketRecord> issued = issuedOn.getOrDefault(day, List.of());
            List<TicketRecord> finished = servedOn.getOrDefault(day, List.of());
            days.add(new DayStats(day.toString(), issued.size(), finished.size(),
                    count(issued, t -> t.state() == TicketState.NO_SHOW), avg(waits(issued)),
                    avg(services(finished)), satisfaction(issued)));
        }
        return days;
    }

    /**
     * The ratings of level 1 or 2, oldest first; a whole ticket's id is {@code day/number}, a matter's (issue 20,
     * 一事一评) {@code day/number/matter}.
     */
    public static List<BadRating> badRatings(HallConfig hall, List<TicketRecord> tickets, ZoneId tz) {
        record Bad(TicketRecord t, hallq.server.queue.RatingEntry r) {
        }
        return tickets.stream().flatMap(t -> t.allRatings().stream().filter(r -> r.bad()).map(r -> new Bad(t, r)))
                .sorted(Comparator.comparing((Bad b) -> b.r().at(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(b -> {
                    TicketRecord t = b.t();
                    return new BadRating(ratingId(t.day(), t.number()) + (b.r().matter() == null ? ""
                            : "/" + b.r().matter()), t.day().toString(), t.number(), t.zone(),
                        t.counter(), t.counter() == null ? null : hall.counter(t.counter()).map(Counter::name)
                                .orElse(t.counter()),
                        t.clerk(), t.clerk() == null ? null : hall.clerk(t.clerk()).map(Clerk::name).orElse(t.clerk()),
                        b.r().level(), Json.time(b.r().at(), tz),
                        t.outcome() == null ? null : t.outcome().wire(), b.r().matter(),
                        b.r().reasons().stream().map(hallq.protocol.RatingReason::wire).toList());
                })
                .toList();
    }

    /** Ratings 3..5 among all ratings (one per matter, issue 20), to 0.0001; null when none is rated. */
    static Double satisfaction(List<TicketRecord> tickets) {
        int rated = 0;
        int good = 0;
        for (TicketRecord t : tickets) {
            for (hallq.server.queue.RatingEntry r : t.allRatings()) {
                rated++;
                good += r.level() >= 3 ? 1 : 0;
            }
        }
        return rated == 0 ? null : Math.round(10000.0 * good / rated) / 10000.0;
    }

    static boolean served(TicketRecord t) {
        return t.state() == TicketState.DONE;
    }

    public static Long waitSec(TicketRecord t) {
        return t.calledAt() == null ? null : Math.max(0, Duration.between(t.issuedAt(), t.calledAt()).toSeconds());
    }

    public static Long serviceSec(TicketRecord t) {
        return served(t) ? HallQueue.serviceSec(t.calledAt(), t.startedAt(), t.finishedAt()) : null;
    }

    private static List<Long> waits(List<TicketRecord> tickets) {
        return tickets.stream().map(HallStats::waitSec).filter(w -> w != null).toList();
    }

    private static List<Long> services(List<TicketRecord> tickets) {
        return tickets.stream().map(HallStats::serviceSec).filter(s -> s != null).toList();
    }

    /** How many ratings of each level, "1" to "5"; one pass (a dashboard asks after every ticket change). */
    private static Map<String, Integer> levels(List<TicketRecord> tickets) {
        int[] n = new int[6];
        for (TicketRecord t : tickets) {
            for (hallq.server.queue.RatingEntry r : t.allRatings()) {
                if (r.level() >= 1 && r.level() <= 5) {
                    n[r.level()]++;
                }
            }
        }
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int level = 1; level <= 5; level++) {
            m.put(Integer.toString(level), n[level]);
        }
        return m;
    }

    /** Configured ids first, in hall-file order, then any others the tickets name. */
    private static List<String> ids(List<String> configured, List<TicketRecord> tickets,
                                    Function<TicketRecord, String> id) {
        List<String> all = new ArrayList<>(configured);
        for (TicketRecord t : tickets) {
            String v = id.apply(t);
            if (v != null && !all.contains(v)) {
                all.add(v);
            }
        }
        return all;
    }

    private static int count(List<TicketRecord> tickets, Predicate<TicketRecord> p) {
        return (int) tickets.stream().filter(p).count();
    }

    static Double avg(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        double mean = values.stream().mapToLong(Long::longValue).average().orElseThrow();
        return Math.round(mean * 10) / 10.0;
    }

    /** Nearest rank: the smallest value with at least 90 % of the values at or below it. */
    static Integer p90(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(0.9 * sorted.size());
        return sorted.get(rank - 1).intValue();
    }

    private static final String[] HOURS = java.util.stream.IntStream.range(0, 24)
            .mapToObj(h -> String.format("%02d", h)).toArray(String[]::new);

    private static String hour(Instant at, ZoneId tz) {
        return HOURS[at.atZone(tz).getHour()];
    }

    private static long overlapSec(Instant a0, Instant a1, Instant b0, Instant b1) {
        Instant from = a0.isAfter(b0) ? a0 : b0;
        Instant to = a1.isBefore(b1) ? a1 : b1;
        return to.isAfter(from) ? Duration.between(from, to).toSeconds() : 0;
    }
}
