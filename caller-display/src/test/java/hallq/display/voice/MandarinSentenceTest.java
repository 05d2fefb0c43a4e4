package hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.display.model.Call;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two sentences of the brief, joined from the default clips by the announcer's own script, written to
 * {@code target/announcer/zh-*.wav} for listening and {@code sox}; and measured here: the length is that of the
 * clips and gaps, the level is speech, nothing clips, and every join is quiet (the fades reach the gap), so no
 * click can be heard there.
 */
class MandarinSentenceTest {
    private static final Path OUT = Path.of("target", "announcer");
    private static final Clock TEN_AM = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);

    private static float[] mandarin(Call call) {
        Announcer a = new Announcer(VoiceSettings.DEFAULT.withRepeats(1).withEnglish(false), new ClipLibrary(null),
                null, new WavSink(OUT.resolve("unused.wav")), TEN_AM);
        return a.script(call).stream().filter(s -> s.label().endsWith(" zh 1")).findFirst().orElseThrow().samples();
    }

    @Test
    void bothSentencesAreWholeAtSpeechLevelWithoutClippingOrClicksAtTheJoins() throws Exception {
        Files.createDirectories(OUT);
        ClipLibrary clips = new ClipLibrary(null);
        for (Call call : List.of(AnnouncerTest.call("A007", "3", false), AnnouncerTest.call("VA012", "12", false))) {
            List<String> names = Announcer.mandarinClips(call);
            float[] s = mandarin(call);
            Pcm.writeWav(s, OUT.resolve("zh-" + call.number() + ".wav"));

            int expected = ClipLibrary.GAP * (names.size() - 1);
            for (String n : names) {
                expected += clips.clip(n).length;
            }
            assertThat(s.length).as("%s: every clip and gap", call.number()).isEqualTo(expected);
            double seconds = s.length / (double) Pcm.RATE;
            assertThat(seconds).as("%s: a sentence a hall can follow", call.number()).isBetween(2.0, 6.0);
            assertThat(Pcm.rms(s)).as("%s: speech level", call.number()).isBetween(0.03, 0.5);
            float peak = 0;
            for (float x : s) {
                peak = Math.max(peak, Math.abs(x));
            }
            assertThat(peak).as("%s: no clipping", call.number()).isLessThan(0.99f);

            // at each join: the last and first 2 ms around the gap are near silence, and no sample jumps
            int at = 0;
            int edge = Pcm.millis(2);
            for (int i = 0; i < names.size() - 1; i++) {
                at += clips.clip(names.get(i)).length;
                assertThat(maxAbs(s, at - edge, at + ClipLibrary.GAP + edge))
                        .as("%s: the join after clip %s", call.number(), names.get(i)).isLessThan(0.05f);
                at += ClipLibrary.GAP;
            }
            System.out.printf("%s: %d clips, %.2f s, rms %.3f, peak %.3f%n", call.number(), names.size(), seconds,
                    Pcm.rms(s), peak);
        }
    }

    private static float maxAbs(float[] s, int from, int to) {
        float m = 0;
        for (int i = Math.max(0, from); i < Math.min(s.length, to); i++) {
            m = Math.max(m, Math.abs(s[i]));
        }
        return m;
    }
}
