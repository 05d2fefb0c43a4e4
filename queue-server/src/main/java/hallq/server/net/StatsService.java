package hallq.server.net;

import hallq.protocol.stats.StatsReport;
import hallq.protocol.ErrorCode;
import hallq.protocol.hall.HallConfig;
import hallq.server.queue.HallException;
import hallq.server.queue.TicketRecord;
import hallq.server.stats.HallStats;
import hallq.server.stats.TicketCsv;
import hallq.server.store.HallStore;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** Statistics and exports, read from the database off the hall thread. */
final class StatsService {
    private static final long MAX_DAYS = 3660;

    private final HallConfig hall;
    private final HallStore store;
    private final Executor executor;
    private final ZoneId tz;

    /** Cases2 (issue 18): today, for the cases past their date and not yet done. */
    private final java.time.Clock clock;

    /** Today's tickets from the live hall, or null when it cannot say (then the database is read). */
    interface LiveDay {
        Today read();
    }

    /** The live hall's business day and its tickets. */
    record Today(LocalDate day, List<TicketRecord> tickets) {
    }

    private final LiveDay live;

    StatsService(HallConfig hall, HallStore store, Executor executor, java.time.Clock clock) {
        this(hall, store, executor, clock, () -> null);
    }

    StatsService(HallConfig hall, HallStore store, Executor executor, java.time.Clock clock, LiveDay live) {
        this.live = live;
        this.clock = clock;
        this.hall = hall;
        this.store = store;
        this.executor = executor;
        this.tz = ZoneId.of(hall.hall().timezone());
    }

    /** The period asked for; a BAD_REQUEST names what is wrong with it. */
    static LocalDate[] period(String from, String to) {
        if (from == null || to == null) {
            throw new HallException(ErrorCode.BAD_REQUEST, "'from' and 'to' are required (YYYY-MM-DD)");
        }
        try {
            LocalDate f = LocalDate.parse(from);
            LocalDate t = LocalDate.parse(to);
            if (t.isBefore(f)) {
                throw new HallException(ErrorCode.BAD_REQUEST, "'to' is before 'from'");
            }
            if (ChronoUnit.DAYS.between(f, t) > MAX_DAYS) {
                throw new HallException(ErrorCode.BAD_REQUEST, "a period is at most " + MAX_DAYS + " days");
            }
            return new LocalDate[] {f, t};
        } catch (DateTimeParseException e) {
            throw new HallException(ErrorCode.BAD_REQUEST, "'from' and 'to' must be dates YYYY-MM-DD");
        }
    }

    CompletableFuture<StatsReport> stats(LocalDate from, LocalDate to) {
        return CompletableFuture.supplyAsync(() -> {
            List<TicketRecord> tickets = tickets(from, to);
            // rating (issue 20): a rating whose appeal was upheld leaves the figures; the closed loop's own figures
            List<hallq.server.rating.RectifyRecord> items = sql(() -> store.ratingItems(from, to));
            StatsReport counted = HallStats.compute(hall, from, to,
                    hallq.server.stats.RectifyFigures.withoutUpheld(tickets, items),
                    sql(() -> store.pauses(from.atStartOfDay(tz).toInstant(),
                            to.plusDays(1).atStartOfDay(tz).toInstant())));
            StatsReport report = counted.withEvaluation(counted.evaluation().withRectification(
                    hallq.server.stats.RectifyFigures.all(items, tz),
                    hallq.server.stats.RectifyFigures.byCounter(hall, items, tz),
                    hallq.server.stats.RectifyFigures.byClerk(hall, items, tz)));
            // bookings (contract section 9)
            report = report.withBookings(hallq.server.booking.BookingFigures.of(hall,
                    sql(() -> store.bookings(from, to)), tickets));
            // cases2 (issue 18, contract section 10)
            return report.withCases(hallq.server.cases.CaseFigures.of(hall, sql(() -> store.cases(from, to, null)),
                    tickets, LocalDate.now(clock.withZone(tz))));
        }, executor);
    }

    // ---- rating (issue 20): the 月度考评 ----

    /** A month YYYY-MM; a BAD_REQUEST otherwise. */
    static java.time.YearMonth month(String month) {
        try {
            return java.time.YearMonth.parse(month == null ? "" : month);
        } catch (DateTimeParseException e) {
            throw new HallException(ErrorCode.BAD_REQUEST, "MONTH", "'month' must be YYYY-MM");
        }
    }

    CompletableFuture<hallq.protocol.stats.Appraisal> appraisal(java.time.YearMonth month) {
        return CompletableFuture.supplyAsync(() -> {
            LocalDate from = month.atDay(1);
            LocalDate to = month.atEndOfMonth();
            java.time.Instant start = from.atStartOfDay(tz).toInstant();
            java.time.Instant end = to.plusDays(1).atStartOfDay(tz).toInstant();
            List<hallq.server.rating.RectifyRecord> items = sql(() -> store.ratingItems(from, to));
            return hallq.server.stats.MonthlyAppraisal.of(hall, month,
                    hallq.protocol.calendar.WorkingDays.of(hall.calendar()),
                    hallq.server.stats.RectifyFigures.withoutUpheld(tickets(from, to), items),
                    sql(() -> store.pauses(start, end)), sql(() -> store.sessions(start, end, clock.instant())), items);
        }, executor);
    }

    CompletableFuture<List<StatsReport.BadRating>> badRatings(LocalDate from, LocalDate to) {
        return CompletableFuture.supplyAsync(() -> HallStats.badRatings(hall, tickets(from, to), tz), executor);
    }

    CompletableFuture<String> csv(LocalDate from, LocalDate to) {
        return CompletableFuture.supplyAsync(() -> TicketCsv.write(hall, tickets(from, to)), executor);
    }

    CompletableFuture<Optional<TicketRecord>> ticket(LocalDate day, String number) {
        return CompletableFuture.supplyAsync(() -> sql(() -> store.ticket(day, number)), executor);
    }

    // cases (issue 18)
    CompletableFuture<List<hallq.server.cases.CaseRecord>> cases(LocalDate from, LocalDate to, String state) {
        return CompletableFuture.supplyAsync(() -> sql(() -> store.cases(from, to, state)), executor);
    }

    // cases2 (issue 18): the period's cases as CSV
    CompletableFuture<String> casesCsv(LocalDate from, LocalDate to) {
        return CompletableFuture.supplyAsync(() -> hallq.server.cases.CaseCsv.write(hall,
                sql(() -> store.cases(from, to, null))), executor);
    }

    CompletableFuture<Optional<hallq.server.cases.CaseRecord>> caseById(String id) {
        return CompletableFuture.supplyAsync(() -> sql(() -> store.caseById(id)), executor);
    }

    /**
     * The period's tickets: today's from the live hall (the same records the database is given, without reading
     * them back from its disk-based table), the other days' from the database.
     */
    private List<TicketRecord> tickets(LocalDate from, LocalDate to) {
        Today today = live.read();
        if (today == null || today.day().isBefore(from) || today.day().isAfter(to)) {
            return sql(() -> store.tickets(from, to));
        }
        List<TicketRecord> out = new java.util.ArrayList<>();
        if (from.isBefore(today.day())) {
            out.addAll(sql(() -> store.tickets(from, today.day().minusDays(1))));
        }
        out.addAll(today.tickets());
        if (to.isAfter(today.day())) {
            out.addAll(sql(() -> store.tickets(today.day().plusDays(1), to)));
        }
        return out;
    }

    interface Sql<T> {
        T get() throws SQLException;
    }

    /** Runs a database call off the hall thread; a failure completes the caller's future exceptionally. */
    static <T> T sql(Sql<T> r) {
        try {
            return r.get();
        } catch (SQLException e) {
            throw new CompletionException(e);
        }
    }
}
