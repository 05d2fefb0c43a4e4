package hallq.server.stats;

import hallq.protocol.calendar.WorkingDays;
import hallq.protocol.hall.Clerk;
import hallq.protocol.hall.Counter;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Policy;
import hallq.protocol.stats.Appraisal;
import hallq.protocol.stats.Appraisal.ClerkAppraisal;
import hallq.protocol.stats.Appraisal.Rank;
import hallq.protocol.stats.Appraisal.WindowAppraisal;
import hallq.protocol.stats.StatsReport.RectifyStats;
import hallq.server.queue.OpeningHours;
import hallq.server.queue.PauseRecord;
import hallq.server.queue.RatingEntry;
import hallq.server.queue.TicketRecord;
import hallq.server.rating.RectifyRecord;
import hallq.server.store.SessionTable.Session;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Rating (issue 20): the 月度考评 of a month, a pure function of its tickets (an upheld appeal's rating already left
 * out, {@link RectifyFigures#withoutUpheld}), pauses, ended logins and 差评 work items, over the hall's hours and
 * working days.
 * <ul>
 * <li>Attendance counts working days only, each login clipped to the hall's hours; a day is late when its first login
 *     is after the first opening (to the minute), early when its last logout is before the last closing.</li>
 * <li>A window's score is the weighted mean of satisfaction, served as a share of the busiest window's, 整改率 (100
 *     without 差评) and attendance, each 0..100; a part that cannot be measured drops out with its weight.</li>
 * <li>Rankings hold the windows that served anyone; ties go to the one that served more, then by id.</li>
 * </ul>
 */
public final class MonthlyAppraisal {
    /** A pause without a reason given. */
    static final String UNSTATED = "unstated";

    private final HallConfig hall;
    private final ZoneId tz;
    private final OpeningHours hours;
    private final List<LocalDate> workingDays = new ArrayList<>();
    private final Instant start;
    private final Instant end;

    private MonthlyAppraisal(HallConfig hall, YearMonth month, WorkingDays calendar) {
        this.hall = hall;
        this.tz = ZoneId.of(hall.hall().timezone());
        this.hours = OpeningHours.parse(hall.hall().hours());
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                workingDays.add(d);
            }
        }
        this.start = month.atDay(1).atStartOfDay(tz).toInstant();
        this.end = month.plusMonths(1).atDay(1).atStartOfDay(tz).toInstant();
    }

    public static Appraisal of(HallConfig hall, YearMonth month, WorkingDays calendar, List<TicketRecord> tickets,
                               List<PauseRecord> pauses, List<Session> sessions, List<RectifyRecord> items) {
        return new MonthlyAppraisal(hall, month, calendar).compute(month, tickets, pauses, sessions, items);
    }

    private Appraisal compute(YearMonth month, List<TicketRecord> tickets, List<PauseRecord> pauses,
                              List<Session> sessions, List<RectifyRecord> items) {
        List<TicketRecord> served = tickets.stream().filter(HallStats::served).toList();
        List<RectifyStats> itemsByCounter = RectifyFigures.byCounter(hall, items, tz);
        List<RectifyStats> itemsByClerk = RectifyFigures.byClerk(hall, items, tz);
        Integer openPerDay = hours.ranges().isEmpty() ? null : (int) hours.ranges().stream()
                .mapToLong(r -> Duration.between(r.from(), r.to()).toMinutes()).sum();

        List<WindowAppraisal> windows = new ArrayList<>();
        for (Counter c : hall.counters()) {
            List<TicketRecord> here = served.stream().filter(t -> c.id().equals(t.counter())).toList();
            RectifyStats r = find(itemsByCounter, c.id());
            Map<String, Long> byReason = pauseByReason(pauses, p -> p.counter().equals(c.id()), sessions, null);
            long staffed = minutesIn(sessions, s -> s.counter().equals(c.id()));
            Integer openMin = openPerDay == null ? null : openPerDay * workingDays.size();
            windows.add(new WindowAppraisal(c.id(), c.name(), here.size(), HallStats.avg(services(here)),
                    HallStats.satisfaction(here), bad(here), r == null ? null : r.rectifyRate(),
                    r == null ? null : r.onTimeRate(), byReason.values().stream().mapToLong(Long::longValue).sum(),
                    byReason, staffed, openMin, openMin == null || openMin == 0 ? null : rate(staffed, openMin),
                    null));
        }
        windows = scored(windows);

        List<ClerkAppraisal> clerks = new ArrayList<>();
        for (Clerk k : hall.clerks()) {
            List<TicketRecord> mine = served.stream().filter(t -> k.id().equals(t.clerk())).toList();
            RectifyStats r = find(itemsByClerk, k.id());
            List<Session> own = sessions.stream().filter(s -> s.clerk().equals(k.id())).toList();
            Map<String, Long> byReason = pauseByReason(pauses, p -> true, own, k.id());
            int[] days = days(own);
            clerks.add(new ClerkAppraisal(k.id(), k.name(), mine.size(), HallStats.avg(services(mine)),
                    HallStats.satisfaction(mine), bad(mine), r == null ? null : r.rectifyRate(),
                    r == null ? null : r.onTimeRate(), byReason.values().stream().mapToLong(Long::longValue).sum(),
                    byReason, minutesIn(own, s -> true), days[0], days[1], days[2]));
        }

        List<WindowAppraisal> ranked = windows.stream().filter(w -> w.served() > 0).toList();
        Policy p = hall.policy();
        return new Appraisal(month.toString(), new Appraisal.Weights(p.weightSatisfaction(), p.weightServed(),
                p.weightRectify(), p.weightAttendance()), workingDays.size(), openPerDay, windows, clerks,
                rank(ranked, WindowAppraisal::satisfaction), rank(ranked, WindowAppraisal::score));
    }

    /** Each window's score from its parts, the served part against the busiest window of the month. */
    private List<WindowAppraisal> scored(List<WindowAppraisal> windows) {
        Policy p = hall.policy();
        int most = windows.stream().mapToInt(WindowAppraisal::served).max().orElse(0);
        List<WindowAppraisal> out = new ArrayList<>();
        for (WindowAppraisal w : windows) {
            double sum = 0;
            double weights = 0;
            Double[] parts = {w.satisfaction() == null ? null : 100 * w.satisfaction(),
                    most == 0 ? null : 100.0 * w.served() / most,
                    w.bad() == 0 ? Double.valueOf(100) : w.rectifyRate() == null ? null : 100 * w.rectifyRate(),
                    w.attendanceRate() == null ? null : 100 * w.attendanceRate()};
            int[] ws = {p.weightSatisfaction(), p.weightServed(), p.weightRectify(), p.weightAttendance()};
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] != null) {
                    sum += ws[i] * parts[i];
                    weights += ws[i];
                }
            }
            Double score = w.served() == 0 || weights == 0 ? null : Math.round(10 * sum / weights) / 10.0;
            out.add(new WindowAppraisal(w.id(), w.name(), w.served(), w.avgServiceSec(), w.satisfaction(), w.bad(),
                    w.rectifyRate(), w.onTimeRate(), w.pausedSec(), w.pauseSecByReason(), w.staffedMin(), w.openMin(),
                    w.attendanceRate(), score));
        }
        return out;
    }

    private static List<Rank> rank(List<WindowAppraisal> windows, java.util.function.Function<WindowAppraisal, Double> by) {
        List<WindowAppraisal> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparing(by, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(WindowAppraisal::served, Comparator.reverseOrder())
                .thenComparing(WindowAppraisal::id));
        List<Rank> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            WindowAppraisal w = sorted.get(i);
            out.add(new Rank(i + 1, w.id(), w.name(), by.apply(w)));
        }
        return out;
    }

    /** Seconds of pause by reason within the month; for a clerk ({@code clerk} set), only while logged in there. */
    private Map<String, Long> pauseByReason(List<PauseRecord> pauses, Predicate<PauseRecord> which,
                                            List<Session> sessions, String clerk) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (PauseRecord p : pauses) {
            if (!which.test(p)) {
                continue;
            }
            long sec;
            if (clerk == null) {
                sec = overlapSec(p.from(), p.to(), start, end);
            } else {
                sec = 0;
                for (Session s : sessions) {
                    if (s.counter().equals(p.counter())) {
                        Instant from = later(later(p.from(), s.from()), start);
                        Instant to = earlier(earlier(p.to(), s.to()), end);
                        sec += overlapSec(from, to, from, to);
                    }
                }
            }
            if (sec > 0) {
                out.merge(p.reason() == null || p.reason().isBlank() ? UNSTATED : p.reason(), sec, Long::sum);
            }
        }
        return out;
    }

    /** Minutes of the sessions within the hall's hours on working days (all their minutes in the month without hours). */
    private long minutesIn(List<Session> sessions, Predicate<Session> which) {
        long sec = 0;
        for (Session s : sessions) {
            if (!which.test(s)) {
                continue;
            }
            if (hours.ranges().isEmpty()) {
                sec += overlapSec(s.from(), s.to(), start, end);
                continue;
            }
            for (LocalDate d : workingDays) {
                for (OpeningHours.Range r : hours.ranges()) {
                    sec += overlapSec(s.from(), s.to(), d.atTime(r.from()).atZone(tz).toInstant(),
                            d.atTime(r.to()).atZone(tz).toInstant());
                }
            }
        }
        return sec / 60;
    }

    /** Working days with a login within hours; of them late first logins and early last logouts. */
    private int[] days(List<Session> sessions) {
        int present = 0;
        int late = 0;
        int early = 0;
        for (LocalDate d : workingDays) {
            Instant dayStart = d.atStartOfDay(tz).toInstant();
            Instant dayEnd = d.plusDays(1).atStartOfDay(tz).toInstant();
            Instant open = hours.ranges().isEmpty() ? dayStart
                    : d.atTime(hours.ranges().get(0).from()).atZone(tz).toInstant();
            Instant close = hours.ranges().isEmpty() ? dayEnd
                    : d.atTime(hours.ranges().get(hours.ranges().size() - 1).to()).atZone(tz).toInstant();
            List<Session> that = sessions.stream().filter(s -> s.from().isBefore(close) && s.to().isAfter(open))
                    .toList();
            if (that.isEmpty()) {
                continue;
            }
            present++;
            if (hours.ranges().isEmpty()) {
                continue;
            }
            Instant first = that.stream().map(Session::from).min(Comparator.naturalOrder()).orElseThrow();
            Instant last = that.stream().map(Session::to).max(Comparator.naturalOrder()).orElseThrow();
            late += first.truncatedTo(ChronoUnit.MINUTES).isAfter(open) ? 1 : 0;
            // a clerk still logged in has not left early (yet)
            boolean stillIn = that.stream().anyMatch(Session::open);
            early += !stillIn && last.truncatedTo(ChronoUnit.MINUTES).isBefore(close) ? 1 : 0;
        }
        return new int[] {present, late, early};
    }

    private static int bad(List<TicketRecord> tickets) {
        return (int) tickets.stream().flatMap(t -> t.allRatings().stream()).filter(RatingEntry::bad).count();
    }

    private static List<Long> services(List<TicketRecord> tickets) {
        return tickets.stream().map(HallStats::serviceSec).filter(s -> s != null).toList();
    }

    private static RectifyStats find(List<RectifyStats> list, String id) {
        return list.stream().filter(r -> id.equals(r.id())).findFirst().orElse(null);
    }

    private static Double rate(long part, long whole) {
        return Math.round(10000.0 * part / whole) / 10000.0;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static long overlapSec(Instant a0, Instant a1, Instant b0, Instant b1) {
        Instant from = later(a0, b0);
        Instant to = earlier(a1, b1);
        return to.isAfter(from) ? Duration.between(from, to).toSeconds() : 0;
    }
}
