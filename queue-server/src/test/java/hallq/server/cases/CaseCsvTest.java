package hallq.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.protocol.CaseState;
import hallq.protocol.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cases' CSV (issue 18): one row a case, on time or not, working days, never the key, formulas guarded. */
class CaseCsvTest {
    @Test
    void aRowPerCaseWithItsDaysAndNoKey() {
        Instant opened = Instant.parse("2026-11-09T02:00:00Z"); // 10:00 in the hall
        CaseRecord late = new CaseRecord("20261109-A003", LocalDate.parse("2026-11-09"), "A003", "legal", "3", "1003",
                Outcome.ACCEPTED, "M3", LocalDate.parse("2026-11-12"), CaseState.COLLECTED, "SECRETKEY",
                List.of(), List.of("=HYPERLINK(1)", "公司章程"), LocalDate.parse("2026-11-11"), null, null, opened,
                opened, Instant.parse("2026-11-16T02:00:00Z"), Instant.parse("2026-11-17T02:00:00Z"), null, 2);
        String csv = CaseCsv.write(CaseFiguresTest.hall(), List.of(late));
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFid,day,ticket,zone,zoneName,counter,clerk,clerkName,outcome");
        // done Mon 11-16 after its due Thu 11-12: not on time; 11-10, 11, 12, 13, 16 = 5 working days
        assertThat(lines.get(1)).startsWith("20261109-A003,2026-11-09,A003,legal,法人服务区,3,1003,王五,accepted,M3,"
                + "企业变更登记,collected,2026-11-12,2026-11-16,no,5,2,,");
        assertThat(lines.get(1)).contains("'=HYPERLINK(1)；公司章程").doesNotContain("SECRETKEY");
        assertThat(lines).hasSize(2);
    }
}
