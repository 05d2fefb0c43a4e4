package hallq.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private CommandLine line;

    private int run(String... args) {
        line = BenchCommandLine.line();
        line.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void theServerJarAsBenchRunShGivesIt() {
        assertThat(run("--server-jar", "pom.xml")).isZero();
        assertThat(line.<Path>getExecutionResult()).isEqualTo(Path.of("pom.xml"));
    }

    @Test
    void helpNamesEveryOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--server-jar", "--help", "-Dbench.<setting>");
    }

    @Test
    void anUnknownOptionIsRefusedWithStatus2AndTheUsage() {
        assertThat(run("--server-jar", "pom.xml", "--bogus")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown option: '--bogus'").contains("--server-jar");
    }

    @Test
    void aMissingOrWrongJarIsRefusedWithStatus2() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).startsWith("Missing required option: '--server-jar=FILE'");
        assertThat(run("--server-jar")).isEqualTo(2);
        assertThat(run("--server-jar", "no-such.jar")).isEqualTo(2);
        assertThat(err.toString()).contains("--server-jar must name the built queue-server.jar (got no-such.jar)");
    }
}
