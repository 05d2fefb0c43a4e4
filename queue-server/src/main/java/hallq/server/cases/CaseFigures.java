package hallq.server.cases;

import hallq.protocol.CaseState;
import hallq.protocol.Outcome;
import hallq.protocol.TicketState;
import hallq.protocol.calendar.WorkingDays;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Matter;
import hallq.protocol.matters.MatterCatalogue;
import hallq.protocol.stats.StatsReport.CaseGroup;
import hallq.protocol.stats.StatsReport.CaseStats;
import hallq.server.queue.TicketRecord;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The case figures of a period (issue 18, contract section 10's {@code /api/stats} {@code cases}); a pure function
 * of the cases opened in the period, the period's tickets and the day it is computed on.
 * <ul>
 * <li>{@code opened}: cases opened in the period (by the day of the visit that opened them), {@code accepted} (承诺件
 *     and 容缺受理) and {@code incomplete} (补正) of them; {@code ready}, {@code returned}, {@code collected},
 *     {@code mailed}: the accepted ones now in that state.</li>
 * <li>Judged for time: an accepted case with a due date that the back office has done (ready or returned: its
 *     {@code doneAt}, as a day in the hall's time zone), or that is not done and whose due date is before today.
 *     {@code onTime}: done on or before the due date; {@code early} (提前办结): before it; {@code overdue}: judged
 *     and not on time. {@code onTimeRate} (按时办结率) and {@code earlyRate} (提前办结率) are of the judged.</li>
 * <li>{@code avgWorkingDays}: the working days from the day of acceptance to the day done, over the done accepted
 *     cases.</li>
 * <li>An application (办件 from the citizen's side) is a chain of cases: a 补正 case closed by a return visit leads
 *     to the case that visit opened (its {@code previous}). Each chain is counted once, at its last case. It is
 *     within 最多跑一次 when it had no 补正 and ended collected or mailed; outside when it had a 补正 (the citizen
 *     had to come back with materials); a chain still in the back office's or pickup's hands is not counted yet.
 *     Tickets finished {@code done} with no case (即办件 on the spot, not a pickup nor a return) are within.
 *     {@code oneVisitRate} = within / (within + outside).</li>
 * <li>{@code visitsPerCase}: the tickets linked to each ended chain (the visit that opened each of its cases, the
 *     returns, the pickups), averaged over the chains that ended collected or mailed.</li>
 * </ul>
 * The same per zone, window and clerk (of the case, or of the on-the-spot ticket) and per matter.
 */
public final class CaseFigures {
    private CaseFigures() {
    }

    public static CaseStats of(HallConfig hall, List<CaseRecord> cases, List<TicketRecord> tickets, LocalDate today) {
        ZoneId tz = ZoneId.of(hall.hall().timezone());
        WorkingDays days = WorkingDays.of(hall.calendar());
        MatterCatalogue matters = new MatterCatalogue(hall.matters());
        List<Judged> judged = new ArrayList<>();
        for (CaseRecord c : cases) {
            judged.add(judge(c, tz, today, days));
        }
        List<Chain> chains = chains(cases);
        List<TicketRecord> onTheSpot = tickets.stream().filter(t -> t.state() == TicketState.DONE
                && t.outcome() == Outcome.DONE && t.caseId() == null).toList();

        Tally all = new Tally();
        judged.forEach(all::add);
        chains.forEach(all::add);
        onTheSpot.forEach(t -> all.spot++);
        int accepted = count(cases, c -> c.outcome() == Outcome.ACCEPTED);
        List<Double> visits = chains.stream().filter(Chain::ended).map(ch -> (double) ch.visits).toList();
        return new CaseStats(cases.size(), accepted, cases.size() - accepted,
                accepted(cases, CaseState.READY), accepted(cases, CaseState.RETURNED),
                accepted(cases, CaseState.COLLECTED), accepted(cases, CaseState.MAILED), all.overdue,
                rate(all.onTime, all.judged), rate(all.early, all.judged), avg(all.workingDays),
                avg(visits), all.oneVisitRate(), onTheSpot.size(),
                groups(hall.zones().stream().map(z -> new Named(z.id(), z.name())).toList(), judged, chains, onTheSpot,
                        CaseRecord::zone, TicketRecord::zone),
                groups(hall.counters().stream().map(c -> new Named(c.id(), c.name())).toList(), judged, chains,
                        onTheSpot, CaseRecord::counter, TicketRecord::counter),
                groups(hall.clerks().stream().map(c -> new Named(c.id(), c.name())).toList(), judged, chains,
                        onTheSpot, CaseRecord::clerk, TicketRecord::clerk),
                groups(matterNames(matters, cases), judged, chains, List.of(), CaseRecord::matter, t -> null));
    }

    private static List<Named> matterNames(MatterCatalogue matters, List<CaseRecord> cases) {
        List<Named> out = new ArrayList<>();
        for (Matter m : matters.all()) {
            out.add(new Named(m.code(), m.name()));
        }
        Set<String> known = new HashSet<>(out.stream().map(Named::id).toList());
        for (CaseRecord c : cases) {
            if (c.matter() != null && known.add(c.matter())) {
                out.add(new Named(c.matter(), c.matter())); // a hall without a catalogue: the code as typed
            }
        }
        return out;
    }

    private record Named(String id, String name) {
    }

    /** One case as the on-time figures see it. */
    private record Judged(CaseRecord c, boolean judged, boolean onTime, boolean early, Integer workingDays) {
    }

    private static Judged judge(CaseRecord c, ZoneId tz, LocalDate today, WorkingDays days) {
        if (c.outcome() != Outcome.ACCEPTED) {
            return new Judged(c, false, false, false, null);
        }
        LocalDate done = c.doneAt() == null ? null : LocalDate.ofInstant(c.doneAt(), tz);
        Integer wd = done == null ? null : days.workingDaysBetween(c.day(), done);
        if (c.dueDate() == null) {
            return new Judged(c, false, false, false, wd);
        }
        boolean judged = done != null || c.dueDate().isBefore(today);
        boolean onTime = done != null && !done.isAfter(c.dueDate());
        boolean early = done != null && done.isBefore(c.dueDate());
        return new Judged(c, judged, onTime, early, wd);
    }

    /** A chain of cases (补正 → its return's case → ...), told by its last case. */
    private record Chain(CaseRecord last, boolean corrected, int visits) {
        boolean ended() {
            return last.state() == CaseState.COLLECTED || last.state() == CaseState.MAILED;
        }

        boolean within() {
            return !corrected && ended();
        }
    }

    private static List<Chain> chains(List<CaseRecord> cases) {
        Map<String, CaseRecord> byId = new HashMap<>();
        Set<String> named = new HashSet<>();
        for (CaseRecord c : cases) {
            byId.put(c.id(), c);
            if (c.previous() != null) {
                named.add(c.previous());
            }
        }
        List<Chain> out = new ArrayList<>();
        for (CaseRecord c : cases) {
            if (named.contains(c.id())) {
                continue; // a 补正 case its return visit followed up: counted with the case that visit opened
            }
            boolean corrected = c.outcome() == Outcome.INCOMPLETE || c.previous() != null;
            int visits = c.visits();
            Set<String> seen = new HashSet<>();
            for (CaseRecord p = byId.get(c.previous()); p != null && seen.add(p.id()); p = byId.get(p.previous())) {
                visits += p.visits();
            }
            out.add(new Chain(c, corrected, visits));
        }
        return out;
    }

    /** The counts a rate is made of. */
    private static final class Tally {
        int opened;
        int judged;
        int onTime;
        int early;
        int overdue;
        int within;
        int outside;
        int spot;
        final List<Double> workingDays = new ArrayList<>();

        void add(Judged j) {
            opened++;
            if (j.judged()) {
                judged++;
                onTime += j.onTime() ? 1 : 0;
                early += j.early() ? 1 : 0;
                overdue += j.onTime() ? 0 : 1;
            }
            if (j.workingDays() != null) {
                workingDays.add((double) j.workingDays());
            }
        }

        void add(Chain c) {
            if (c.corrected()) {
                outside++;
            } else if (c.within()) {
                within++;
            }
        }

        Double oneVisitRate() {
            return rate(within + spot, within + spot + outside);
        }
    }

    private static List<CaseGroup> groups(List<Named> names, List<Judged> judged, List<Chain> chains,
                                          List<TicketRecord> spot, Function<CaseRecord, String> caseKey,
                                          Function<TicketRecord, String> ticketKey) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        names.forEach(n -> tallies.put(n.id(), new Tally()));
        for (Judged j : judged) {
            Tally t = tallies.get(caseKey.apply(j.c()));
            if (t != null) {
                t.add(j);
            }
        }
        for (Chain c : chains) {
            Tally t = tallies.get(caseKey.apply(c.last()));
            if (t != null) {
                t.add(c);
            }
        }
        for (TicketRecord r : spot) {
            Tally t = tallies.get(ticketKey.apply(r));
            if (t != null) {
                t.spot++;
            }
        }
        List<CaseGroup> out = new ArrayList<>();
        for (Named n : names) {
            Tally t = tallies.get(n.id());
            if (t.opened == 0 && t.spot == 0) {
                continue;
            }
            out.add(new CaseGroup(n.id(), n.name(), t.opened, t.judged, t.onTime, t.early, t.overdue,
                    rate(t.onTime, t.judged), rate(t.early, t.judged), avg(t.workingDays), t.oneVisitRate()));
        }
        return out;
    }

    private static int accepted(List<CaseRecord> cases, CaseState s) {
        return count(cases, c -> c.outcome() == Outcome.ACCEPTED && c.state() == s);
    }

    private static int count(List<CaseRecord> cases, java.util.function.Predicate<CaseRecord> p) {
        return (int) cases.stream().filter(p).count();
    }

    static Double rate(int part, int whole) {
        return whole == 0 ? null : Math.round(10000.0 * part / whole) / 10000.0;
    }

    private static Double avg(List<Double> xs) {
        return xs.isEmpty() ? null
                : Math.round(10.0 * xs.stream().mapToDouble(Double::doubleValue).sum() / xs.size()) / 10.0;
    }
}
