package hallq.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The set-aside directory: named by record, written whole, bounded. */
class SetAsideFilesTest {
    private static final Instant AT = Instant.parse("2026-11-23T01:00:00Z");

    @TempDir
    Path data;

    private Path dir() {
        return data.resolve("set-aside");
    }

    private long files() throws Exception {
        try (Stream<Path> s = Files.list(dir())) {
            return s.count();
        }
    }

    @Test
    void aRecordIsKeptAsItsPayloadAndAWhyNamedByItsNumber() throws Exception {
        SetAsideFiles files = SetAsideFiles.open(dir(), 0);
        byte[] payload = "{\"seq\":7}".getBytes(StandardCharsets.UTF_8);
        Path kept = files.keep(17, payload, AT, "data exception:\nstring data, right truncation");
        assertThat(kept).isEqualTo(dir().resolve("record-17.json"));
        assertThat(Files.readAllBytes(kept)).isEqualTo(payload);
        assertThat(Files.readString(dir().resolve("record-17.why"))).isEqualTo(
                "record: 17\nat: 2026-11-23T01:00:00Z\nerror: data exception:\\nstring data, right truncation\n");
        assertThat(files()).as("no temporary file left").isEqualTo(2);
        assertThat(SetAsideFiles.payloadName(17)).isEqualTo("record-17.json");
        assertThat(SetAsideFiles.whyName(17)).isEqualTo("record-17.why");
    }

    @Test
    void noMoreThanAHundredAreKeptAndTheCountSurvivesAStart() throws Exception {
        SetAsideFiles files = SetAsideFiles.open(dir(), 0);
        for (int i = 1; i <= SetAsideFiles.MAX_FILES; i++) {
            files.keep(i, new byte[] {'x'}, AT, "e");
        }
        assertThatThrownBy(() -> files.keep(101, new byte[] {'x'}, AT, "e")).isInstanceOf(SetAsideFiles.NotKept.class)
                .hasMessage("set-aside/ holds 100 records already");
        Files.writeString(dir().resolve("record-102.json.tmp"), "half written before a crash");
        SetAsideFiles again = SetAsideFiles.open(dir(), 0);
        assertThat(again.kept()).isEqualTo(100);
        assertThat(dir().resolve("record-102.json.tmp")).doesNotExist();
        assertThatThrownBy(() -> again.keep(102, new byte[] {'x'}, AT, "e")).isInstanceOf(SetAsideFiles.NotKept.class);
        assertThat(again.keep(5, new byte[] {'y'}, AT, "e")).as("one kept before is written again, counted once")
                .hasContent("y");
        assertThat(again.kept()).isEqualTo(100);
    }

    @Test
    void noneIsKeptThatWouldEatTheSpaceTheDatabaseNeeds() throws Exception {
        SetAsideFiles files = SetAsideFiles.open(dir(), Long.MAX_VALUE);
        assertThatThrownBy(() -> files.keep(1, new byte[] {'x'}, AT, "e")).isInstanceOf(SetAsideFiles.NotKept.class)
                .hasMessageStartingWith("the data disk is nearly full");
        assertThat(Files.exists(dir().resolve("record-1.json"))).isFalse();
    }
}
