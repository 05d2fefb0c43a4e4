package hallq.display.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayOptionsTest {

    @Test
    void everyOptionAndTheTokenFromTheEnvironment() throws Exception {
        DisplayOptions o = DisplayOptions.parse(List.of("--server", "http://10.0.0.5:7700", "--device", "board-2",
                "--layout", "portrait", "--zones", "estate, legal", "--repeats", "3", "--volume", "0.6",
                "--quiet", "12:00-14:00", "--no-english", "--clips", "/srv/clips", "--window", "960x540+0+500",
                "--window-strips", "1,3"),
                Map.of("HALLQ_TOKEN", "secret"));
        assertThat(o.server().toString()).isEqualTo("ws://10.0.0.5:7700/ws");
        assertThat(o.token()).isEqualTo("secret");
        assertThat(o.layout()).isEqualTo(Layout.PORTRAIT);
        assertThat(o.zones()).containsExactly("estate", "legal");
        assertThat(o.voice().repeats()).isEqualTo(3);
        assertThat(o.voice().volume()).isEqualTo(0.6);
        assertThat(o.voice().quietAt(LocalTime.of(13, 0))).isTrue();
        assertThat(o.voice().english()).isFalse();
        assertThat(o.voice().clips().toString()).isEqualTo("/srv/clips");
        assertThat(o.window()).isTrue();
        assertThat(o.geometry()).containsExactly(960, 540, 0, 500);
        assertThat(o.windowStrips()).containsExactly("1", "3");
    }

    @Test
    void withoutAServerTheDisplayLooksForItsHall() throws Exception {
        DisplayOptions o = DisplayOptions.parse(List.of("--hall", "liangzihu", "--device", "board-1"),
                Map.of("HALLQ_TOKEN", "t"));
        assertThat(o.server().discovered()).isTrue();
        assertThat(o.server().hallId()).isEqualTo("liangzihu");
        assertThat(DisplayOptions.parse(List.of("--device", "board-1"), Map.of("HALLQ_TOKEN", "t")).server().hallId())
                .isNull();
    }

    @Test
    void defaultsAndMistakes() throws Exception {
        DisplayOptions o = DisplayOptions.parse(List.of("--server", "ws://h:7700/ws", "--device", "board-1",
                "--token", "t"), Map.of());
        assertThat(o.layout()).isEqualTo(Layout.LANDSCAPE);
        assertThat(o.voice().repeats()).isEqualTo(2);
        assertThat(o.voice().english()).isTrue();
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--server", "ws://h:1/ws", "--device", "b"), Map.of()))
                .hasMessageContaining("token");
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--server", "ws://h:1/ws", "--device", "b", "--token",
                "t", "--volume", "2"), Map.of())).hasMessageContaining("volume");
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--window", "12", "--device", "b"), Map.of()))
                .hasMessageStartingWith("--window wants WIDTHxHEIGHT");
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--server", "h:1", "--hall", "demo", "--device", "b"),
                Map.of())).hasMessageContaining("--hall");
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--layout", "round"), Map.of()))
                .hasMessageContaining("landscape or portrait");
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--help"), Map.of()))
                .isInstanceOf(DisplayOptions.HelpAsked.class);
    }
}
