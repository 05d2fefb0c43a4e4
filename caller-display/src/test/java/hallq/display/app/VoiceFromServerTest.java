package hallq.display.app;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.display.model.DisplayState;
import hallq.display.support.Await;
import hallq.testkit.hall.TestHall;
import hallq.display.voice.WavSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The assembled display against a real server, its voice into a WAV: the snapshot's old calls are not said,
 * a burst of live calls and a recall are said in order, each in full, Mandarin then English (FreeTTS), twice.
 */
@ExtendWith(ApplicationExtension.class)
class VoiceFromServerTest {
    private static final Clock TEN_AM = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void liveCallsAndARecallAreSaidInOrder() throws Exception {
        try (TestHall hall = new TestHall()) {
            for (int i = 0; i < 4; i++) {
                hall.issue("legal");
            }
            TestHall.Pad p1 = hall.pad("1", "1001", "4821");
            String old = p1.callNext(); // before the display starts: in its snapshot, not said
            Files.createDirectories(Path.of("target", "announcer"));
            WavSink sink = new WavSink(Path.of("target", "announcer", "from-server.wav"));
            DisplayOptions o = DisplayOptions.parse(List.of("--server", hall.ws().toString(), "--device", "board-1",
                    "--token", "demo-board-1", "--window-strips", "2,3,5"), Map.of());
            DisplayAssembly d = WaitForAsyncUtils.asyncFx(() -> new DisplayAssembly(o, sink, TEN_AM).start()).get();
            try {
                Await.until(d.model(), "hello", DisplayState::connected);
                TestHall.Pad p2 = hall.pad("2", "1002", "7315");
                TestHall.Pad p3 = hall.pad("3", "1003", "2648");
                String a = p2.callNext();
                String b = p3.callNext();
                p3.recall();
                Await.until(d.model(), "three live calls", s -> s.callCount() == 3);
                d.announcer().idle().get(60, TimeUnit.SECONDS);
                List<String> said = sink.segments().stream().map(WavSink.Segment::label)
                        .filter(l -> l.contains(" zh ") || l.contains(" en ")).toList();
                assertThat(said).containsExactly(
                        a + " zh 1", a + " en 1", a + " zh 2", a + " en 2",
                        b + " zh 1", b + " en 1", b + " zh 2", b + " en 2",
                        b + " zh 1", b + " en 1", b + " zh 2", b + " en 2");
                assertThat(said).noneMatch(l -> l.startsWith(old + " "));
                // the windows' LED signs: the number at its window, a recall marked, the other signs dark
                assertThat(d.strips().strip("2").text()).isEqualTo(a);
                assertThat(d.strips().strip("3").text()).isEqualTo("!" + b + "!");
                assertThat(d.strips().strip("5").text()).isEmpty();
            } finally {
                WaitForAsyncUtils.asyncFx(() -> {
                    d.close();
                    return null;
                }).get();
            }
        }
    }
}
