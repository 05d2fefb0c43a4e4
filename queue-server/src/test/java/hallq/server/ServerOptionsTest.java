package hallq.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.server.net.NetLimits;
import hallq.server.store.JournaledStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServerOptionsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = ServerCommandLine.line();
        line.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void connectionsPerAddressDefaultsToTheLimitAndCanBeRaised() {
        assertThat(ServerOptions.parse(new String[0]).connectionsPerAddress())
                .isEqualTo(NetLimits.CONNECTIONS_PER_ADDRESS);
        assertThat(ServerOptions.parse(new String[] {"--max-connections-per-address", "2000"}).connectionsPerAddress())
                .isEqualTo(2000);
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--max-connections-per-address", "0"}))
                .hasMessageContaining("--max-connections-per-address takes 1 or more");
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--max-connections-per-address", "many"}))
                .hasMessageContaining("--max-connections-per-address").hasMessageContaining("'many' is not an int");
    }

    @Test
    void aFullCommandLine() {
        ServerOptions o = ServerOptions.parse("--config", "hall.yaml", "--data", "/var/lib/hallq/data", "--port", "0",
                "--bind", "127.0.0.1", "--announce", "off", "--keep-free-mb", "128",
                "--max-connections-per-address", "2000");
        assertThat(o).isEqualTo(new ServerOptions(Path.of("hall.yaml"), Path.of("/var/lib/hallq/data"), 0,
                "127.0.0.1", false, 128L << 20, 2000));
    }

    @Test
    void theDefaultsAndTheLastOfARepeatedOption() {
        assertThat(ServerOptions.parse()).isEqualTo(new ServerOptions(null, Path.of("data"), 7700, "0.0.0.0", true,
                JournaledStore.KEEP_FREE_BYTES, NetLimits.CONNECTIONS_PER_ADDRESS));
        assertThat(ServerOptions.parse("--data", "a", "--port", "1", "--data", "b").data())
                .as("deploy/'s unit gives --data, HALLQ_ARGS may give it again").isEqualTo(Path.of("b"));
    }

    @Test
    void wrongValuesAreNamed() {
        assertThatThrownBy(() -> ServerOptions.parse("--port", "70000")).hasMessageContaining("--port takes 0-65535");
        assertThatThrownBy(() -> ServerOptions.parse("--announce", "yes")).hasMessageContaining("--announce takes on or off");
        assertThatThrownBy(() -> ServerOptions.parse("--keep-free-mb", "-1")).hasMessageContaining("--keep-free-mb");
    }

    @Test
    void helpNamesEveryOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--config", "--data", "--port", "--bind", "--announce", "--keep-free-mb",
                "--max-connections-per-address", "--help");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anUnknownOptionIsRefusedWithStatus2AndTheUsage() {
        assertThat(run("--prot", "7700")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown options: '--prot', '7700'").contains("--max-connections-per-address");
    }

    @Test
    void aMissingValueIsRefusedWithStatus2() {
        assertThat(run("--data", "d", "--port")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Missing required parameter for option '--port'");
        assertThat(run("--port", "x")).isEqualTo(2);
    }
}
