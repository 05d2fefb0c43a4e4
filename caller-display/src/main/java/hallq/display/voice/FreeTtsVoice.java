package hallq.display.voice;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.SingleFileAudioPlayer;
import com.sun.speech.freetts.lexicon.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;

/**
 * English by FreeTTS's kevin16 voice, rendered to a temporary WAV (never to FreeTTS's own audio player: with no
 * sound device it hangs forever) and read back as samples. Not thread-safe: the announcer calls it from its one
 * worker thread.
 */
public final class FreeTtsVoice implements EnglishVoice {
    private final Voice voice;

    public FreeTtsVoice() {
        this(new HallLexicon());
    }

    /** @param lexicon the words' pronunciations, or null for kevin16's own (CMU's whole lexicon) */
    FreeTtsVoice(Lexicon lexicon) {
        System.setProperty("freetts.voices", "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
        voice = VoiceManager.getInstance().getVoice("kevin16");
        if (voice == null) {
            throw new IllegalStateException("FreeTTS has no kevin16 voice");
        }
        // before allocate(), which would load CMU's whole lexicon (23 MB kept for good) to say a hall's few words
        if (lexicon != null) {
            voice.setLexicon(lexicon);
        }
        voice.allocate();
    }

    @Override
    public float[] speak(String text) {
        try {
            Path dir = Files.createTempDirectory("hallq-tts");
            Path base = dir.resolve("en");
            try {
                SingleFileAudioPlayer player = new SingleFileAudioPlayer(base.toString(), AudioFileFormat.Type.WAVE);
                voice.setAudioPlayer(player);
                voice.speak(text);
                player.close();
                Path wav = dir.resolve("en.wav");
                return Pcm.read(wav);
            } finally {
                try (var files = Files.list(dir)) {
                    files.forEach(p -> p.toFile().delete());
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
