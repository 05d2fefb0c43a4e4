package hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.display.model.Call;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class AnnouncerTest {
    private static final Path OUT = Path.of("target", "announcer");
    /** 10:00 in Shanghai. */
    private static final Clock TEN_AM = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);
    /** A stand-in English voice: a tone of 0.7 s, so lengths are known exactly. */
    private static final EnglishVoice TONE = text -> {
        float[] s = new float[Pcm.millis(700)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (0.3 * Math.sin(i * 0.1));
        }
        return s;
    };

    @org.junit.jupiter.api.BeforeAll
    static void out() throws Exception {
        Files.createDirectories(OUT);
    }

    static Call call(String number, String counter, boolean recall) {
        return new Call(1, number, "legal", number.startsWith("V"), counter, counter + "号窗口", "Window " + counter,
                recall, "请" + number + "号到" + counter + "号窗口办理",
                "Number " + number + ", please go to Window " + counter, "");
    }

    @Test
    void threeCallsAtOnceAreSaidInOrderEachToTheEnd() throws Exception {
        Files.createDirectories(OUT);
        Path wav = OUT.resolve("three-calls.wav");
        ClipLibrary clips = new ClipLibrary(null);
        WavSink sink = new WavSink(wav);
        Announcer a = new Announcer(VoiceSettings.DEFAULT, clips, TONE, sink, TEN_AM);
        List<Call> calls = List.of(call("A007", "3", false), call("VA012", "12", false), call("E1003", "12", true));
        List<CompletableFuture<Boolean>> done = new ArrayList<>();
        for (Call c : calls) {
            done.add(a.announce(c));
        }
        for (CompletableFuture<Boolean> f : done) {
            assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
        }
        a.close(); // writes the file

        // the order: each call whole (chime, zh, en, zh, en) before the next one begins
        List<String> labels = sink.segments().stream().map(WavSink.Segment::label)
                .filter(l -> !l.endsWith("pause")).toList();
        assertThat(labels).containsExactly(
                "A007 chime", "A007 zh 1", "A007 en 1", "A007 zh 2", "A007 en 2",
                "VA012 chime", "VA012 zh 1", "VA012 en 1", "VA012 zh 2", "VA012 en 2",
                "E1003 chime", "E1003 zh 1", "E1003 en 1", "E1003 zh 2", "E1003 en 2");

        // none cut: every Mandarin sentence is as long as its clips and gaps; every English one as long as spoken
        long expectedTotal = 0;
        for (Call c : calls) {
            List<String> names = Announcer.mandarinClips(c);
            int zh = ClipLibrary.GAP * (names.size() - 1);
            for (String n : names) {
                zh += clips.clip(n).length;
            }
            int zhLen = zh;
            assertThat(sink.segments()).filteredOn(s -> s.label().startsWith(c.number() + " zh"))
                    .hasSize(2).allSatisfy(s -> assertThat(s.samples()).isEqualTo(zhLen));
            assertThat(sink.segments()).filteredOn(s -> s.label().startsWith(c.number() + " en"))
                    .hasSize(2).allSatisfy(s -> assertThat(s.samples()).isEqualTo(Pcm.millis(700)));
            assertThat(zhLen).as("a whole sentence is over two seconds").isGreaterThan(Pcm.millis(2000));
            expectedTotal += Chime.dingDong().length + 2L * zhLen + 2L * Pcm.millis(700) + 5L * Announcer.PAUSE;
        }
        // the recall has 重呼 in front, so it is longer than the same sentence without it
        assertThat(Announcer.mandarinClips(calls.get(2))).startsWith("chonghu");

        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            assertThat(in.getFormat().getSampleRate()).isEqualTo(Pcm.RATE);
            assertThat(in.getFrameLength()).isEqualTo(expectedTotal);
        }
    }

    @Test
    void bothSentencesAreTheEventsNotTheVoicesOwn() throws Exception {
        // a window whose name has no number and whose English name is not "Window <id>": the voice says what the
        // event says (窗口, Certificate pick-up), never a sentence of its own from the id (十二号窗口, Window 12)
        List<String> spoken = java.util.Collections.synchronizedList(new ArrayList<>());
        EnglishVoice recording = text -> {
            spoken.add(text);
            return TONE.speak(text);
        };
        Announcer a = new Announcer(VoiceSettings.DEFAULT.withRepeats(1), new ClipLibrary(null), recording,
                new WavSink(OUT.resolve("event-sentences.wav")), TEN_AM);
        Call first = new Call(1, "F003", "pickup", false, "12", "综合出件窗口", "Window 12", false,
                "请F003号到综合出件窗口办理", "Number F003, please go to Certificate pick-up", "");
        Call again = new Call(2, "F003", "pickup", false, "12", "综合出件窗口", "Window 12", true,
                "请F003号到综合出件窗口办理", "Number F003, please go to Certificate pick-up", "");
        assertThat(a.announce(first).get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(a.announce(again).get(30, TimeUnit.SECONDS)).isTrue();
        a.close();
        assertThat(spoken).containsExactly("Number F003, please go to Certificate pick-up",
                "Calling again. Number F003, please go to Certificate pick-up");
        assertThat(Announcer.mandarinClips(first))
                .containsExactly("qing", "F", "0", "0", "3", "hao", "dao", "chuangkou", "banli");
        assertThat(Announcer.mandarinClips(again)).startsWith("chonghu", "qing", "F");
    }

    @Test
    void callsFromManyThreadsAreNeverInterleaved() throws Exception {
        WavSink sink = new WavSink(OUT.resolve("threads.wav"));
        Announcer a = new Announcer(VoiceSettings.DEFAULT.withRepeats(1), new ClipLibrary(null), TONE, sink,
                TEN_AM);
        List<CompletableFuture<Boolean>> done = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String n = "A00" + i;
            threads.add(new Thread(() -> done.add(a.announce(call(n, "3", false)))));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        for (CompletableFuture<Boolean> f : List.copyOf(done)) {
            f.get(30, TimeUnit.SECONDS);
        }
        a.close();
        List<String> owners = sink.segments().stream().map(s -> s.label().split(" ")[0]).toList();
        // each call's segments are one contiguous run
        List<String> runs = new ArrayList<>();
        for (String o : owners) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(o)) {
                runs.add(o);
            }
        }
        assertThat(runs).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void quietHoursSaysNothingAndVolumeScales() throws Exception {
        WavSink quietSink = new WavSink(OUT.resolve("quiet.wav"));
        Announcer quiet = new Announcer(VoiceSettings.DEFAULT.withQuietHours(LocalTime.of(9, 30), LocalTime.of(11, 0)),
                new ClipLibrary(null), TONE, quietSink, TEN_AM);
        assertThat(quiet.announce(call("A001", "1", false)).get(10, TimeUnit.SECONDS)).isFalse();
        quiet.close();
        assertThat(quietSink.segments()).isEmpty();
        assertThat(VoiceSettings.DEFAULT.withQuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0))
                .quietAt(LocalTime.of(2, 0))).isTrue();
        assertThat(VoiceSettings.DEFAULT.withQuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0))
                .quietAt(LocalTime.of(10, 0))).isFalse();

        WavSink full = new WavSink(OUT.resolve("full.wav"));
        WavSink half = new WavSink(OUT.resolve("half.wav"));
        Announcer loud = new Announcer(VoiceSettings.DEFAULT.withRepeats(1), new ClipLibrary(null), TONE, full, TEN_AM);
        Announcer soft = new Announcer(VoiceSettings.DEFAULT.withRepeats(1).withVolume(0.5), new ClipLibrary(null),
                TONE, half, TEN_AM);
        assertThat(loud.announce(call("A001", "1", false)).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(soft.announce(call("A001", "1", false)).get(10, TimeUnit.SECONDS)).isTrue();
        loud.close();
        soft.close();
        assertThat(Pcm.rms(half.samples()) / Pcm.rms(full.samples())).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aHallsOwnClipWinsAndIsResampled() throws Exception {
        Path dir = Files.createTempDirectory("hall-clips");
        // the hall recorded 请 at 44.1 kHz stereo: one second of a tone
        int n = 44100;
        byte[] b = new byte[n * 4];
        for (int i = 0; i < n; i++) {
            short v = (short) (8000 * Math.sin(i * 0.05));
            for (int c = 0; c < 2; c++) {
                b[4 * i + 2 * c] = (byte) v;
                b[4 * i + 2 * c + 1] = (byte) (v >> 8);
            }
        }
        javax.sound.sampled.AudioFormat f = new javax.sound.sampled.AudioFormat(44100, 16, 2, true, false);
        try (AudioInputStream in = new AudioInputStream(new java.io.ByteArrayInputStream(b), f, n)) {
            AudioSystem.write(in, javax.sound.sampled.AudioFileFormat.Type.WAVE, dir.resolve("qing.wav").toFile());
        }
        ClipLibrary own = new ClipLibrary(dir);
        assertThat(own.clip("qing").length).isEqualTo(Pcm.RATE); // one second at 16 kHz
        assertThat(own.clip("hao")).isEqualTo(new ClipLibrary(null).clip("hao")); // the rest from the default set
    }

    @Test
    void freeTtsSaysTheEnglishSentenceAloud() throws Exception {
        float[] en = new FreeTtsVoice().speak("Number A007, please go to Window 3");
        assertThat(en.length).as("over a second of speech").isGreaterThan(Pcm.millis(1000));
        assertThat(Pcm.rms(en)).as("not silent").isGreaterThan(0.02);
        Files.createDirectories(OUT);
        Pcm.writeWav(en, OUT.resolve("english.wav"));
        float[] back = Pcm.read(OUT.resolve("english.wav"));
        assertThat(Pcm.rms(back)).isGreaterThan(0.02);
    }
}
