package hallq.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.server.net.NetLimits;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {
    @Test
    void connectionsPerAddressDefaultsToTheLimitAndCanBeRaised() {
        assertThat(ServerOptions.parse(new String[0]).connectionsPerAddress())
                .isEqualTo(NetLimits.CONNECTIONS_PER_ADDRESS);
        assertThat(ServerOptions.parse(new String[] {"--max-connections-per-address", "2000"}).connectionsPerAddress())
                .isEqualTo(2000);
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--max-connections-per-address", "0"}))
                .hasMessageContaining("--max-connections-per-address takes 1 or more");
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--max-connections-per-address", "many"}))
                .hasMessageContaining("takes a number");
    }
}
