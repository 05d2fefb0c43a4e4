package hallq.display.voice;

import com.sun.speech.freetts.lexicon.Lexicon;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** A lexicon that notes every word looked up in it and answers as {@code inner} does. */
final class Recording implements Lexicon {
    private final Lexicon inner;
    private final Set<String> asked;

    private Recording(Lexicon inner, Set<String> asked) {
        this.inner = inner;
        this.asked = asked;
    }

    static Lexicon of(Lexicon inner, Set<String> asked) {
        return new Recording(inner, asked);
    }

    @Override
    public String[] getPhones(String word, String partOfSpeech) {
        asked.add(word);
        return inner.getPhones(word, partOfSpeech);
    }

    @Override
    public String[] getPhones(String word, String partOfSpeech, boolean useRules) {
        asked.add(word);
        return inner.getPhones(word, partOfSpeech, useRules);
    }

    @Override
    public void addAddendum(String word, String partOfSpeech, String[] phones) {
        inner.addAddendum(word, partOfSpeech, phones);
    }

    @Override
    public void removeAddendum(String word, String partOfSpeech) {
        inner.removeAddendum(word, partOfSpeech);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean isSyllableBoundary(List syllable, String[] phones, int index) {
        return inner.isSyllableBoundary(syllable, phones, index);
    }

    @Override
    public void load() throws IOException {
        inner.load();
    }

    @Override
    public boolean isLoaded() {
        return inner.isLoaded();
    }
}
