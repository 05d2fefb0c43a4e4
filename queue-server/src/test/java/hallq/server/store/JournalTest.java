package hallq.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write-ahead journal: records back in order, a torn or damaged tail dropped, segments released. */
class JournalTest {
    @TempDir
    Path dir;

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<Journal.Record> records) {
        return records.stream().map(r -> r.number() + ":" + new String(r.payload(), StandardCharsets.UTF_8)).toList();
    }

    /** Opens the journal again only to read it: its records as "number:text". */
    private List<String> readBack(long segmentBytes) throws IOException {
        List<Journal.Record> read = new ArrayList<>();
        try (Journal j = Journal.open(dir, segmentBytes, 1, read)) {
            return texts(read);
        }
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("journal-")).sorted().toList();
        }
    }

    @Test
    void recordsComeBackInOrderAndNumbersGoOn() throws Exception {
        try (Journal j = Journal.open(dir, 1 << 20, 1, new ArrayList<>())) {
            assertThat(j.append(text("a"))).isEqualTo(1);
            assertThat(j.append(text("bb"))).isEqualTo(2);
        }
        List<Journal.Record> read = new ArrayList<>();
        try (Journal j = Journal.open(dir, 1 << 20, 1, read)) {
            assertThat(texts(read)).containsExactly("1:a", "2:bb");
            assertThat(j.append(text("c"))).isEqualTo(3);
        }
        assertThat(readBack(1 << 20)).containsExactly("1:a", "2:bb", "3:c");
    }

    @Test
    void anAppendThatWouldLeaveTooLittleFreeIsRefusedAndWritesNothing() throws Exception {
        long free = Files.getFileStore(dir).getUsableSpace();
        try (Journal j = Journal.open(dir, 1 << 20, 1, new ArrayList<>())) {
            assertThat(j.append(text("a"))).isEqualTo(1);
            j.keepFree(free + (1L << 30)); // more than this disk has
            assertThatThrownBy(() -> j.append(text("b"))).isInstanceOf(IOException.class)
                    .hasMessageContaining("the data disk is nearly full").hasMessageContaining("nothing was written");
            j.keepFree(0);
            assertThat(j.append(text("c"))).as("the number refused is not used up").isEqualTo(2);
        }
        assertThat(readBack(1 << 20)).containsExactly("1:a", "2:c");
    }

    @Test
    void recordsWrittenTogetherAreNumberedInOrderAndASegmentTheyOverfillIsLeftForANewOne() throws Exception {
        try (Journal j = Journal.open(dir, 64, 1, new ArrayList<>())) {
            assertThat(j.append(text("first"))).isEqualTo(1);
            assertThat(j.append(List.of(text("second, longer"), text("third, longer still"), text("4th"))))
                    .as("the first of the group").isEqualTo(2);
            assertThat(j.next()).isEqualTo(5);
        }
        assertThat(segments()).as("the group did not fit behind the first record").hasSize(2);
        assertThat(readBack(64)).containsExactly("1:first", "2:second, longer", "3:third, longer still", "4:4th");
    }

    @Test
    void aRecordLargerThanASegmentGetsOneOfItsOwnAndReadsBack() throws Exception {
        String big = "x".repeat(200);
        try (Journal j = Journal.open(dir, 64, 1, new ArrayList<>())) {
            assertThat(j.append(text(big))).isEqualTo(1);
            assertThat(j.append(text(big + "2"))).isEqualTo(2);
            assertThat(j.append(text("small"))).isEqualTo(3);
        }
        assertThat(readBack(64)).containsExactly("1:" + big, "2:" + big + "2", "3:small");
    }

    @Test
    void numbersNeverGoBelowWhatWasAppliedBefore() throws Exception {
        try (Journal j = Journal.open(dir, 1 << 20, 41, new ArrayList<>())) {
            assertThat(j.append(text("x"))).as("after a cleared journal whose records the database holds").isEqualTo(41);
        }
    }

    @Test
    void aWriteCutShortByACrashIsDroppedAndAppendsFollowTheLastWholeRecord() throws Exception {
        try (Journal j = Journal.open(dir, 1 << 20, 1, new ArrayList<>())) {
            j.append(text("one"));
            j.append(text("two"));
            j.append(text("three, never finished"));
        }
        // the end of the last record never reached the disk: its last bytes are still the segment's zeros
        Path seg = segments().get(0);
        byte[] bytes = Files.readAllBytes(seg);
        int end = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("never finished") + "never finished".length();
        java.util.Arrays.fill(bytes, end - 5, end, (byte) 0);
        Files.write(seg, bytes);
        List<Journal.Record> read = new ArrayList<>();
        try (Journal j = Journal.open(dir, 1 << 20, 1, read)) {
            assertThat(texts(read)).containsExactly("1:one", "2:two");
            assertThat(j.append(text("three"))).isEqualTo(3);
        }
        assertThat(readBack(1 << 20)).containsExactly("1:one", "2:two", "3:three");
    }

    @Test
    void aDamagedRecordEndsTheJournalAndWhatFollowsIsSetAside() throws Exception {
        try (Journal j = Journal.open(dir, 20, 1, new ArrayList<>())) { // tiny segments: one record each
            j.append(text("first record"));
            j.append(text("second record"));
            j.append(text("third record"));
        }
        List<Path> segs = segments();
        assertThat(segs).hasSize(3);
        byte[] bytes = Files.readAllBytes(segs.get(1));
        int end = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("second record") + "second record".length();
        bytes[end - 1] ^= 0x55; // flip bits in the payload: the checksum fails
        Files.write(segs.get(1), bytes);
        List<Journal.Record> read = new ArrayList<>();
        try (Journal j = Journal.open(dir, 20, 1, read)) {
            assertThat(texts(read)).containsExactly("1:first record");
            assertThat(j.append(text("again"))).isEqualTo(2);
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("damaged-"));
        }
        assertThat(readBack(20)).containsExactly("1:first record", "2:again");
    }

    @Test
    void releaseDeletesOnlySegmentsWhollyApplied() throws Exception {
        try (Journal j = Journal.open(dir, 20, 1, new ArrayList<>())) {
            for (int i = 1; i <= 5; i++) {
                j.append(text("record number " + i));
            }
            assertThat(segments()).hasSize(5);
            j.release(3);
            assertThat(segments()).hasSize(2);
            j.release(100);
            assertThat(segments()).as("never the segment appended to").hasSize(1);
        }
        List<Journal.Record> read = new ArrayList<>();
        try (Journal j = Journal.open(dir, 20, 6, read)) {
            assertThat(texts(read)).containsExactly("5:record number 5");
            assertThat(j.append(text("six"))).isEqualTo(6);
        }
    }

    @Test
    void aReleasedSegmentIsTheNextOneAndItsOldRecordsAreNeverReadAgain() throws Exception {
        long size = 4096;
        String longText = "x".repeat(1200);
        try (Journal j = Journal.open(dir, size, 1, new ArrayList<>())) {
            for (int i = 1; i <= 8; i++) {
                j.append(text(i + longText)); // three records a segment
            }
            List<Path> before = segments();
            assertThat(before).hasSize(3);
            Object firstFile = Files.readAttributes(before.get(0), java.nio.file.attribute.BasicFileAttributes.class)
                    .fileKey();
            j.release(3); // the first segment is applied: it becomes the spare
            assertThat(segments()).hasSize(2);
            assertThat(dir.resolve(Journal.SPARE)).exists();
            for (int i = 9; i <= 10; i++) {
                j.append(text(i + longText)); // the third segment fills, then a fourth begins on the spare
            }
            assertThat(dir.resolve(Journal.SPARE)).doesNotExist();
            List<Path> after = segments();
            assertThat(after).hasSize(3);
            assertThat(Files.readAttributes(after.get(2), java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                    .as("the new segment is the released file, not a new one").isEqualTo(firstFile);
            assertThat(Files.size(after.get(2))).isEqualTo(size);
            // shorter records, so that the recycled segment's last one ends inside one of its old records; then one
            // that does not fit, so that it is not the last segment
            for (int i = 11; i <= 13; i++) {
                j.append(text(i + "s".repeat(700)));
            }
            j.append(text("14" + longText));
            assertThat(segments()).hasSize(4);
        }
        List<String> read = readBack(size);
        assertThat(read).as("the recycled segment's records of before (1-3) are not read back, all after it are")
                .hasSize(11).first().asString().startsWith("4:");
        assertThat(read.get(read.size() - 1)).startsWith("14:14x");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("damaged-"));
        }
    }

    @Test
    void aSegmentRecycledJustBeforeACrashReadsAsEmptyAndLosesNothingAfterIt() throws Exception {
        long size = 4096;
        String longText = "y".repeat(1200);
        try (Journal j = Journal.open(dir, size, 1, new ArrayList<>())) {
            for (int i = 1; i <= 4; i++) {
                j.append(text(i + longText));
            }
            j.release(3);
        }
        // the crash came between the rename and the emptied header: the file under the next segment's name still
        // begins with its old records, whose checksums are good
        Files.move(dir.resolve(Journal.SPARE), dir.resolve(String.format("journal-%020d.log", 5)));
        List<Journal.Record> read = new ArrayList<>();
        try (Journal j = Journal.open(dir, size, 1, read)) {
            assertThat(texts(read)).hasSize(1).first().asString().startsWith("4:");
            assertThat(j.append(text("five"))).isEqualTo(5);
        }
        assertThat(readBack(size)).hasSize(2).last().isEqualTo("5:five");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("damaged-"));
        }
    }

    @Test
    void aTornAppendOverOldRecordsOfARecycledSegmentIsDroppedLikeAnyOther() throws Exception {
        long size = 4096;
        String longText = "z".repeat(1200);
        try (Journal j = Journal.open(dir, size, 1, new ArrayList<>())) {
            for (int i = 1; i <= 4; i++) {
                j.append(text(i + longText));
            }
            j.release(3);
            for (int i = 5; i <= 7; i++) {
                j.append(text(i + longText)); // 4's segment fills; 7 goes into the recycled one
            }
        }
        Path last = segments().get(segments().size() - 1);
        byte[] bytes = Files.readAllBytes(last);
        int end = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("7" + longText) + 1 + longText.length();
        java.util.Arrays.fill(bytes, end - 10, end + 16, (byte) 'q'); // its tail and end mark never reached the disk
        Files.write(last, bytes);
        List<Journal.Record> read = new ArrayList<>();
        try (Journal j = Journal.open(dir, size, 1, read)) {
            assertThat(read).hasSize(3);
            assertThat(read.get(2).number()).isEqualTo(6);
            assertThat(j.append(text("seven"))).isEqualTo(7);
        }
        assertThat(readBack(size)).hasSize(4).last().isEqualTo("7:seven");
    }
}
