package hallq.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    @TempDir
    Path dir;

    private ChildJvm start(String... args) throws IOException {
        return ChildJvm.start(ChildJvm.Command.classPath(ChildMain.class).jvm("-Xmx32m").args(args),
                dir.resolve("stderr.log"));
    }

    private static void say(ChildJvm jvm, String line) throws IOException {
        jvm.stdin().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        jvm.stdin().flush();
    }

    @Test
    void waitsForALineOfStdoutAndKeepsStdoutAndStderr() throws Exception {
        try (ChildJvm jvm = start("one", "two")) {
            ChildJvm.Seen ready = jvm.awaitLine(Pattern.compile("ready (\\w+) (\\w+)"), WAIT);
            assertThat(ready.match().group(2)).isEqualTo("two");
            assertThat(ready.atNanos()).isGreaterThan(jvm.spawnedNanos());
            assertThat(jvm.line(Pattern.compile("ready")).getNow(null)).as("a line read already still counts")
                    .isNotNull();
            say(jvm, "hello");
            assertThat(jvm.awaitLine(Pattern.compile("echo (.*)"), WAIT).match().group(1)).isEqualTo("hello");
            say(jvm, "exit 3");
            assertThat(jvm.awaitExit(WAIT)).isEqualTo(3);
            assertThat(jvm.stdout()).containsExactly("ready one two", "echo hello");
            assertThat(jvm.stderr()).containsExactly("a line on stderr");
        }
    }

    @Test
    void aLineThatNeverComesFailsOnceTheProcessEnds() throws Exception {
        try (ChildJvm jvm = start()) {
            var never = jvm.line(Pattern.compile("never said"));
            say(jvm, "exit 0");
            assertThat(jvm.awaitExit(WAIT)).isZero();
            assertThat(never).isCompletedExceptionally();
            assertThatThrownBy(() -> jvm.awaitLine(Pattern.compile("never said"), WAIT))
                    .isInstanceOf(IOException.class).hasMessageContaining("exit=0")
                    .hasMessageContaining("a line on stderr");
        }
    }

    @Test
    void aLineThatDoesNotComeInTimeFailsAndLeavesTheProcessRunning() throws Exception {
        try (ChildJvm jvm = start()) {
            jvm.awaitLine(Pattern.compile("ready"), WAIT);
            assertThatThrownBy(() -> jvm.awaitLine(Pattern.compile("never said"), Duration.ofMillis(200)))
                    .isInstanceOf(IOException.class).hasMessageContaining("not within 200 ms");
            assertThat(jvm.alive()).isTrue();
        }
    }

    @Test
    void kill9AndSigterm() throws Exception {
        try (ChildJvm jvm = start()) {
            jvm.awaitLine(Pattern.compile("ready"), WAIT);
            jvm.kill9();
            assertThat(jvm.alive()).isFalse();
            assertThat(jvm.awaitExit(WAIT)).as("SIGKILL").isEqualTo(128 + 9);
        }
        try (ChildJvm jvm = start()) {
            jvm.awaitLine(Pattern.compile("ready"), WAIT);
            assertThat(jvm.stop(WAIT.toMillis())).as("SIGTERM").isEqualTo(128 + 15);
        }
    }

    @Test
    void aCommandAsAShellLineKeepsEachWordWhole() throws Exception {
        String line = ChildJvm.Command.jar(Path.of("/tmp/a b.jar")).jvm("-Dx=it's").args("--name", "two words")
                .shell();
        assertThat(line).endsWith("'-Dx=it'\\''s' '-jar' '/tmp/a b.jar' '--name' 'two words'");
        Process sh = new ProcessBuilder("sh", "-c", "for w in " + line + "; do echo \"[$w]\"; done")
                .redirectErrorStream(true).start();
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).contains("[-Dx=it's]\n[-jar]\n[/tmp/a b.jar]\n[--name]\n[two words]\n");
    }
}
