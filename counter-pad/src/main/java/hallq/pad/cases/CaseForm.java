package hallq.pad.cases;

import hallq.protocol.Op;
import hallq.protocol.calendar.WorkingDays;
import hallq.protocol.hall.Matter;
import hallq.protocol.matters.MatterCatalogue;
import hallq.protocol.message.Requests;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case sheet without its screen (issue 18): the clerk finds the matter, marks its materials (missing for 补正, to
 * follow for 容缺受理), and the form says the due date and whether it can be sent, then makes the {@code finish}. Plain
 * Java over the day it is opened on, so the rules are tested without JavaFX. A hall without a catalogue takes no
 * matter and materials typed by the clerk; with one, a matter must be chosen.
 */
public final class CaseForm {
    /** The matters shown for a search: as many as fit the sheet's list. */
    public static final int RESULTS = 3;
    /** 容缺受理: the materials are due this many working days after today unless the clerk moves the date. */
    public static final int DEFAULT_WAIVED_DAYS = 5;
    /** Without a matter's promised days (no catalogue): a first guess for the due date, the clerk sets the real one. */
    public static final int DEFAULT_DUE_DAYS = 5;

    private final CaseKind kind;
    private final MatterCatalogue catalogue;
    private final Collection<String> zones;
    private final WorkingDays days;
    private final LocalDate today;
    private Matter matter;
    /** Every material shown, in order, and whether it is marked (missing, or to follow). */
    private final Map<String, Boolean> materials = new LinkedHashMap<>();
    private LocalDate dueDate;
    private LocalDate waivedDue;
    /** The citizen's mobile number for the 办结/退件 text and the call list; empty when not given. */
    private String phone = "";
    /** A mainland mobile number, as the server checks it. */
    private static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile("1[3-9][0-9]{9}");

    public CaseForm(CaseKind kind, MatterCatalogue catalogue, Collection<String> zones, WorkingDays days,
                    LocalDate today) {
        this.kind = kind;
        this.catalogue = catalogue;
        this.zones = List.copyOf(zones);
        this.days = days;
        this.today = today;
        this.dueDate = catalogue.isEmpty() ? days.addWorkingDays(today, DEFAULT_DUE_DAYS) : null;
        this.waivedDue = kind == CaseKind.WAIVED ? days.addWorkingDays(today, DEFAULT_WAIVED_DAYS) : null;
    }

    public CaseKind kind() {
        return kind;
    }

    public LocalDate today() {
        return today;
    }

    public boolean hasCatalogue() {
        return !catalogue.isEmpty();
    }

    /** The window's zones' matters the query finds, best first; the other zones' after them (a 综合窗口 takes all). */
    public List<Matter> search(String query) {
        List<Matter> found = new ArrayList<>(catalogue.search(query, zones, RESULTS));
        if (found.size() < RESULTS) {
            for (Matter m : catalogue.search(query, List.of(), RESULTS)) {
                if (found.size() < RESULTS && !found.contains(m)) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    /** Chooses the matter: its materials are listed, none marked, and its promised days make the due date. */
    public void choose(Matter m) {
        matter = m;
        materials.clear();
        for (String s : m.materials()) {
            materials.put(s, false);
        }
        dueDate = m.promisedDays() == null ? null : days.addWorkingDays(today, m.promisedDays());
    }

    public Optional<Matter> matter() {
        return Optional.ofNullable(matter);
    }

    public List<String> materials() {
        return List.copyOf(materials.keySet());
    }

    public boolean marked(String material) {
        return materials.getOrDefault(material, false);
    }

    public void toggle(String material) {
        if (kind.marksMaterials() && materials.containsKey(material)) {
            materials.put(material, !materials.get(material));
        }
    }

    /** A material the catalogue does not list, typed by the clerk, marked at once; false when it cannot be taken. */
    public boolean add(String typed) {
        String t = typed == null ? "" : typed.replaceAll("\\s+", " ").strip();
        if (!kind.marksMaterials() || t.isEmpty() || t.length() > Op.Limits.MATERIAL
                || materials.size() >= Op.Limits.ITEMS) {
            return false;
        }
        materials.put(t, true);
        return true;
    }

    /** The marked materials: 补正's missing ones, 容缺's to follow. */
    public List<String> markedMaterials() {
        return materials.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    /** The 承诺办结日期 (承诺件 and 容缺); null for 补正, or while no matter with promised days is chosen. */
    public LocalDate dueDate() {
        return kind == CaseKind.INCOMPLETE ? null : dueDate;
    }

    public void setDueDate(LocalDate d) {
        dueDate = d;
    }

    /** 容缺受理: the day the materials to follow are due. */
    public LocalDate waivedDue() {
        return waivedDue;
    }

    public void setWaivedDue(LocalDate d) {
        waivedDue = d;
    }

    public String phone() {
        return phone;
    }

    /** The phone as typed; white space dropped. */
    public void setPhone(String p) {
        phone = p == null ? "" : p.replaceAll("\\s+", "");
    }

    /** The phone to give the case once it is open, or null when none was typed. */
    public String phoneToSend() {
        return phone.isEmpty() ? null : phone;
    }

    /** Why it cannot be sent yet (a key of the pad's texts), or null when it can. */
    public String problem() {
        if (!phone.isEmpty() && !MOBILE.matcher(phone).matches()) {
            return "case.problem.phone";
        }
        if (hasCatalogue() && matter == null) {
            return "case.problem.matter";
        }
        if (kind != CaseKind.INCOMPLETE && dueDate != null && dueDate.isBefore(today)) {
            return "case.problem.duePast";
        }
        if (kind == CaseKind.PROMISE && dueDate == null && !hasCatalogue()) {
            return "case.problem.due";
        }
        if (kind.marksMaterials() && markedMaterials().isEmpty()) {
            return kind == CaseKind.INCOMPLETE ? "case.problem.missing" : "case.problem.waived";
        }
        if (kind == CaseKind.WAIVED && (waivedDue == null || waivedDue.isBefore(today))) {
            return "case.problem.waivedDue";
        }
        return null;
    }

    /**
     * The finish this form makes; only when {@link #problem()} is null. The due date goes as the clerk saw it, so
     * that the receipt and the server agree even where the clerk moved it.
     */
    public Requests.Finish finish() {
        if (problem() != null) {
            throw new IllegalStateException(problem());
        }
        String code = matter == null ? null : matter.code();
        return switch (kind) {
            case PROMISE -> new Requests.Finish(kind.outcome(), dueDate, code, null, null, null);
            case WAIVED -> new Requests.Finish(kind.outcome(), dueDate, code, null, markedMaterials(), waivedDue);
            case INCOMPLETE -> new Requests.Finish(kind.outcome(), null, code, markedMaterials(), null, null);
        };
    }
}
