package hallq.pad.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.MatterKind;
import hallq.protocol.Outcome;
import hallq.protocol.calendar.WorkingDays;
import hallq.protocol.hall.HallCalendar;
import hallq.protocol.hall.Matter;
import hallq.protocol.matters.MatterCatalogue;
import hallq.protocol.message.Requests;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The case sheet's rules (issue 18): the matter, its materials marked, the dates, the finish it makes. */
class CaseFormTest {
    private static final Matter CHANGE = new Matter("FR004", "企业变更登记", "legal", MatterKind.PROMISED, 3,
            List.of("申请书", "公司章程", "营业执照"), "qybgdj");
    private static final Matter TRANSFER = new Matter("BDC002", "商品房转移登记", "estate", MatterKind.PROMISED, 5,
            List.of("申请书"), "spfzydj");
    private static final Matter SHOP = new Matter("FR007", "个体工商户设立登记", "legal", MatterKind.INSTANT, null,
            List.of("申请书"), "gtgshsldj");
    private static final MatterCatalogue CATALOGUE = new MatterCatalogue(List.of(TRANSFER, CHANGE, SHOP));
    /** The 2026 国庆 holidays; Tue 2026-09-29 is the day the sheet is opened. */
    private static final WorkingDays DAYS = WorkingDays.of(new HallCalendar(List.of("2026-10-01..2026-10-07"),
            List.of("2026-10-10")));
    private static final LocalDate TODAY = LocalDate.parse("2026-09-29");

    private static CaseForm form(CaseKind kind) {
        return new CaseForm(kind, CATALOGUE, List.of("legal"), DAYS, TODAY);
    }

    @Test
    void aPromiseWantsItsMatterAndIsDueItsPromisedWorkingDaysLater() {
        CaseForm f = form(CaseKind.PROMISE);
        assertThat(f.problem()).isEqualTo("case.problem.matter");
        assertThat(f.search("dj")).extracting(Matter::code).as("the window's zone first")
                .containsExactly("FR004", "FR007", "BDC002");
        f.choose(CHANGE);
        // Wed 09-30 (1), 国庆 10-01..07, Thu 10-08 (2), Fri 10-09 (3)
        assertThat(f.dueDate()).isEqualTo(LocalDate.parse("2026-10-09"));
        f.toggle("申请书");
        assertThat(f.markedMaterials()).as("a 承诺件's materials are all there").isEmpty();
        assertThat(f.problem()).isNull();
        Requests.Finish r = f.finish();
        assertThat(r.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(r.matter()).isEqualTo("FR004");
        assertThat(r.dueDate()).isEqualTo(LocalDate.parse("2026-10-09"));
        assertThat(r.missing()).isNull();
        assertThat(r.waived()).isNull();
    }

    @Test
    void aDateBeforeTodayCannotBeSent() {
        CaseForm f = form(CaseKind.PROMISE);
        f.choose(CHANGE);
        f.setDueDate(TODAY.minusDays(1));
        assertThat(f.problem()).isEqualTo("case.problem.duePast");
        assertThatThrownBy(f::finish).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void incompleteSendsTheMissingMaterialsChosenAndTyped() {
        CaseForm f = form(CaseKind.INCOMPLETE);
        f.choose(CHANGE);
        assertThat(f.problem()).isEqualTo("case.problem.missing");
        f.toggle("公司章程");
        f.toggle("营业执照");
        f.toggle("营业执照");
        assertThat(f.add("  股东会 决议 ")).isTrue();
        assertThat(f.add(" ")).isFalse();
        assertThat(f.add("长".repeat(101))).as("over a material's limit").isFalse();
        assertThat(f.dueDate()).as("补正 has no due date").isNull();
        Requests.Finish r = f.finish();
        assertThat(r.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(r.missing()).containsExactly("公司章程", "股东会 决议");
        assertThat(r.dueDate()).isNull();
    }

    @Test
    void waivedSendsWhatFollowsAndItsDate() {
        CaseForm f = form(CaseKind.WAIVED);
        f.choose(CHANGE);
        assertThat(f.problem()).isEqualTo("case.problem.waived");
        f.toggle("营业执照");
        // 5 working days after 09-29: 09-30, 10-08, 10-09, Sat 10-10 (调休), Mon 10-12
        assertThat(f.waivedDue()).isEqualTo(LocalDate.parse("2026-10-12"));
        f.setWaivedDue(null);
        assertThat(f.problem()).isEqualTo("case.problem.waivedDue");
        f.setWaivedDue(LocalDate.parse("2026-10-08"));
        Requests.Finish r = f.finish();
        assertThat(r.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(r.waived()).containsExactly("营业执照");
        assertThat(r.waivedDue()).isEqualTo(LocalDate.parse("2026-10-08"));
        assertThat(r.dueDate()).isEqualTo(LocalDate.parse("2026-10-09"));
    }

    @Test
    void anInstantMatterHasNoDateOfItsOwnAndAHallWithoutCatalogueTakesNone() {
        CaseForm f = form(CaseKind.PROMISE);
        f.choose(SHOP);
        assertThat(f.dueDate()).isNull();
        CaseForm bare = new CaseForm(CaseKind.PROMISE, MatterCatalogue.EMPTY, List.of("legal"), DAYS, TODAY);
        assertThat(bare.hasCatalogue()).isFalse();
        // a first guess of 5 working days: 09-30, 10-08, 10-09, 10-10, 10-12
        assertThat(bare.dueDate()).isEqualTo(LocalDate.parse("2026-10-12"));
        assertThat(bare.finish().matter()).isNull();
    }
}
