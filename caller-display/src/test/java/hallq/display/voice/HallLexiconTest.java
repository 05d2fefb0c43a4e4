package hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.NullAudioPlayer;
import com.sun.speech.freetts.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The caller display's small lexicon says a hall's calls exactly as kevin16 with CMU's whole lexicon does.
 * When a check of the file fails, write it again with {@link HallLexiconFile}'s main.
 */
class HallLexiconTest {
    private static Lexicon full;
    private static final HallLexicon hall = new HallLexicon();

    @BeforeAll
    static void loadFullLexicon() throws Exception {
        full = HallLexiconFile.kevin().getLexicon();
        full.load();
    }

    @Test
    void everyWordOfTheFileIsSaidAsTheFullLexiconSaysIt() {
        Map<String, String[]> file = HallLexicon.read(HallLexicon.class.getResource(HallLexicon.RESOURCE));
        assertThat(file).hasSizeGreaterThan(300).containsKeys("_a", "z", "zero", "oh", "twenty", "window", "again");
        file.forEach((word, phones) -> assertThat(phones).as(word).containsExactly(full.getPhones(word, null)));
    }

    @Test
    void theFileHoldsEveryWordOfAnyCall() {
        // random tickets (one or two letters, up to 9999, the server's way of writing them) at random windows
        Random random = new Random(20261206);
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String prefix = "" + (char) ('A' + random.nextInt(26))
                    + (random.nextInt(4) == 0 ? "" + (char) ('A' + random.nextInt(26)) : "");
            int serial = random.nextInt(10000);
            String number = prefix + (serial < 1000 ? String.format("%03d", serial) : serial);
            calls.add((random.nextBoolean() ? Announcer.RECALL_EN : "") + "Number " + number + ", please go to Window "
                    + (1 + random.nextInt(200)));
        }
        calls.add("Number A007, please go to Real estate window 12");
        Set<String> asked = new TreeSet<>();
        Voice voice = HallLexiconFile.kevin();
        voice.setLexicon(Recording.of(hall, asked));
        voice.allocate();
        voice.setAudioPlayer(new NullAudioPlayer());
        try {
            calls.forEach(voice::speak);
        } finally {
            voice.deallocate();
        }
        assertThat(asked).hasSizeGreaterThan(30);
        assertThat(asked.stream().filter(w -> !hall.knows(w)).toList()).as("words said by rules").isEmpty();
    }

    @Test
    void theSpeechIsTheFullLexiconsSampleForSample() {
        FreeTtsVoice small = new FreeTtsVoice(hall);
        FreeTtsVoice whole = new FreeTtsVoice(null);
        for (String call : List.of("Number A007, please go to Window 3",
                Announcer.RECALL_EN + "Number KX1234, please go to Window 200", "Number Z090, please go to Window 17")) {
            float[] a = small.speak(call);
            assertThat(a.length).as(call).isGreaterThan(Pcm.millis(1000));
            assertThat(a).as(call).containsExactly(whole.speak(call));
        }
    }

    @Test
    void aWordItLacksIsSaidByTheRulesNotLeftOut() {
        assertThat(hall.knows("zhangjiagang")).isFalse();
        assertThat(hall.getPhones("zhangjiagang", null)).isNotEmpty();
        assertThat(hall.getPhones("zhangjiagang", null, false)).isNull();
    }
}
