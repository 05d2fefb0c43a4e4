package hallq.display.voice;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.NullAudioPlayer;
import com.sun.speech.freetts.lexicon.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes {@code hall-lexicon.txt}: every word kevin16 looks up while saying the hall's sentences, with the full CMU
 * lexicon's phones. Run it again when the calls' English words change:
 * {@code mvn -pl caller-display -am test-compile} then
 * {@code java -cp "$(cat caller-display/target/test-classpath.txt)" hallq.display.voice.HallLexiconFile
 * caller-display/src/main/resources/hallq/display/voice/hall-lexicon.txt} (see HallLexiconTest for the classpath).
 */
public final class HallLexiconFile {
    /** Words of windows' and zones' English names a hall is likely to give (any other is said by rules). */
    static final List<String> HALL_WORDS = List.of(
            "window", "windows", "counter", "desk", "zone", "area", "hall", "room", "floor", "first", "second",
            "third", "east", "west", "north", "south", "left", "right", "service", "services", "business",
            "personal", "real", "estate", "property", "construction", "project", "projects", "tax", "taxation",
            "social", "security", "insurance", "medical", "housing", "provident", "fund", "police", "entry", "exit",
            "notary", "public", "registration", "license", "licence", "permit", "permits", "enterprise",
            "enterprises", "company", "companies", "pickup", "pick", "up", "collection", "results", "consultation",
            "inquiry", "information", "green", "channel", "priority", "comprehensive", "reception", "general",
            "affairs", "government", "civil", "vehicle", "vehicles", "motor", "market", "regulation", "water",
            "power", "gas", "electricity", "utilities", "bank", "banking", "express", "mail", "post", "legal",
            "people", "person", "citizens", "natural", "approval", "approvals", "planning", "land", "resources",
            "human", "labour", "labor", "employment", "pension", "health", "education", "transport", "customs",
            "immigration", "marriage", "household", "residence", "certificate", "certificates", "document",
            "documents", "self", "help", "the", "of", "and", "for", "a", "an", "at", "in", "on", "no", "demo");

    private HallLexiconFile() {
    }

    /** The sentences whose words the file must hold: each letter and letter pair, the numbers, the windows. */
    static List<String> sentences() {
        List<String> out = new ArrayList<>();
        for (char a = 'A'; a <= 'Z'; a++) {
            out.add("Number " + a + "007, please go to Window 3");
            for (char b = 'A'; b <= 'Z'; b++) {
                out.add("Number " + a + b + "020, please go to Window 3");
            }
        }
        for (int n = 0; n < 1000; n++) {
            out.add(String.format("Number A%03d, please go to Window %d", n, n % 200 + 1));
        }
        for (int n = 1000; n < 10000; n += 37) {
            out.add("Calling again. Number B" + n + ", please go to Window " + (n % 200 + 1));
        }
        out.add("Calling again. Number C1000, please go to Window 100");
        out.add("Number D2000, please go to Window 200");
        out.add(String.join(" ", HALL_WORDS));
        return out;
    }

    /** The full CMU lexicon's phones for every word asked while saying {@link #sentences()}. */
    static Map<String, String[]> collect() {
        Voice voice = kevin();
        Lexicon full = voice.getLexicon();
        Set<String> asked = new TreeSet<>();
        voice.setLexicon(Recording.of(full, asked));
        voice.allocate();
        voice.setAudioPlayer(new NullAudioPlayer());
        for (String s : sentences()) {
            voice.speak(s);
        }
        voice.deallocate();
        Map<String, String[]> words = new TreeMap<>();
        for (String w : asked) {
            words.put(w, full.getPhones(w, null));
        }
        return words;
    }

    static Voice kevin() {
        System.setProperty("freetts.voices", "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
        return VoiceManager.getInstance().getVoice("kevin16");
    }

    static String text(Map<String, String[]> words) {
        StringBuilder b = new StringBuilder("# word<TAB>phones, from CMU's lexicon (FreeTTS 1.2.2): written by HallLexiconFile\n");
        words.forEach((w, phones) -> b.append(w).append('\t').append(String.join(" ", phones)).append('\n'));
        return b.toString();
    }

    public static void main(String[] args) throws IOException {
        Map<String, String[]> words = collect();
        Files.writeString(Path.of(args[0]), text(words), StandardCharsets.UTF_8);
        System.out.println(words.size() + " words written to " + args[0]);
    }
}
