package hallq.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The contract's time text, written by hand, against the formatter it stands in for. */
class JsonTimeTest {
    @Test
    void theHandWrittenTimeIsTheFormattersText() {
        SplittableRandom rnd = new SplittableRandom(20261201);
        String[] zones = {"Asia/Shanghai", "UTC", "America/New_York", "Asia/Kathmandu", "Europe/London",
                "Pacific/Chatham", "America/St_Johns"};
        long from = Instant.parse("0900-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
        for (int i = 0; i < 200_000; i++) {
            Instant at = Instant.ofEpochMilli(i < 100_000 ? rnd.nextLong(from, to)
                    : rnd.nextLong(Instant.parse("1969-12-31T00:00:00Z").toEpochMilli(), 4_102_444_800_000L));
            ZoneId zone = ZoneId.of(zones[i % zones.length]);
            assertThat(Json.time(at, zone)).as("%s in %s", at, zone).isEqualTo(Json.TIME.format(at.atZone(zone)));
        }
    }

    @Test
    void aSampleReadsAsTheContractShowsIt() {
        assertThat(Json.time(Instant.parse("2026-11-22T01:15:02.113Z"), ZoneId.of("Asia/Shanghai")))
                .isEqualTo("2026-11-22T09:15:02.113+08:00");
        assertThat(Json.time(Instant.parse("2026-11-22T01:15:02Z"), ZoneId.of("UTC")))
                .isEqualTo("2026-11-22T01:15:02.000Z");
        assertThat(Json.time(null, ZoneId.of("UTC"))).isNull();
    }
}
