package hallq.display.voice;

import com.sun.speech.freetts.en.us.CMULexicon;
import com.sun.speech.freetts.lexicon.LetterToSound;
import com.sun.speech.freetts.lexicon.LetterToSoundImpl;
import com.sun.speech.freetts.lexicon.Lexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words a hall's call says (letters, number words, "please go to window", the usual window names), with the
 * pronunciations CMU's full lexicon gives them, read from {@code hall-lexicon.txt}; any other word by FreeTTS's
 * letter-to-sound rules, which is what the full lexicon does for a word it lacks.
 *
 * <p>Why: kevin16's CMU lexicon is 66,000 words held in a map for the life of the process (FreeTTS caches it in a
 * static field), about 23 MB of a caller display's 200 MB budget, to say the same few dozen words all day.
 * {@code HallLexiconTest} checks the file against the full lexicon and the speech against the full lexicon's.
 */
public final class HallLexicon implements Lexicon {
    private static final Logger log = LoggerFactory.getLogger(HallLexicon.class);
    static final String RESOURCE = "hall-lexicon.txt";

    private final Map<String, String[]> words;
    private final LetterToSound rules;
    /** Syllable boundaries by CMU's rules, which need nothing loaded. */
    private final CMULexicon syllables = new CMULexicon("cmulex");
    private final Map<String, String[]> added = new HashMap<>();
    private final Set<String> saidByRules = ConcurrentHashMap.newKeySet();

    public HallLexicon() {
        this(read(HallLexicon.class.getResource(RESOURCE)));
    }

    HallLexicon(Map<String, String[]> words) {
        this.words = Map.copyOf(words);
        URL lts = CMULexicon.class.getResource("cmulex_lts.bin");
        try {
            this.rules = new LetterToSoundImpl(lts, true);
        } catch (IOException e) {
            throw new UncheckedIOException("FreeTTS's letter-to-sound rules are not readable", e);
        }
    }

    /** The file's words: one a line, the word, a tab, its phones separated by spaces; # starts a comment. */
    static Map<String, String[]> read(URL resource) {
        if (resource == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the caller display's jar");
        }
        Map<String, String[]> words = new HashMap<>();
        try (InputStream in = resource.openStream();
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalStateException(RESOURCE + ": not 'word<TAB>phones': " + line);
                }
                words.put(line.substring(0, tab), line.substring(tab + 1).trim().split(" "));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Whether {@code word} is one of the file's (so said exactly as the full lexicon says it). */
    boolean knows(String word) {
        return words.containsKey(word);
    }

    @Override
    public String[] getPhones(String word, String partOfSpeech) {
        return getPhones(word, partOfSpeech, true);
    }

    @Override
    public String[] getPhones(String word, String partOfSpeech, boolean useRules) {
        String[] phones = added.get(word);
        if (phones == null) {
            phones = words.get(word);
        }
        if (phones == null && useRules) {
            if (saidByRules.add(word)) {
                log.info("'{}' is not in {}: said by letter-to-sound rules", word, RESOURCE);
            }
            phones = rules.getPhones(word, partOfSpeech);
        }
        return phones == null ? null : phones.clone();
    }

    @Override
    public void addAddendum(String word, String partOfSpeech, String[] phones) {
        added.put(word, phones.clone());
    }

    @Override
    public void removeAddendum(String word, String partOfSpeech) {
        added.remove(word);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean isSyllableBoundary(List syllable, String[] phones, int index) {
        return syllables.isSyllableBoundary(syllable, phones, index);
    }

    @Override
    public void load() {
        // read in the constructor
    }

    @Override
    public boolean isLoaded() {
        return true;
    }
}
