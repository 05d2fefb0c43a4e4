package hallq.pad.link;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.pad.support.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A pad started without {@code --server} finds its hall by mDNS and connects, through its real link. Everything runs
 * in a network namespace the test makes itself ({@code unshare -n}, loopback up, multicast routed to it), so nothing
 * is multicast on the machine's own network. Skipped only where {@code unshare -n} is not permitted (a failure
 * under {@code CI=true}, see {@link Tools}).
 */
class PadFindsItsHallTest {

    private static boolean namespacesAllowed() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("unshare", "-n", "true").redirectErrorStream(true).start();
        } catch (IOException noUnshare) {
            return false;
        }
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static String probe(String hall) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = String.join(" && ",
                "ip link set lo up",
                "ip link set lo multicast on",
                "ip route add 224.0.0.0/4 dev lo",
                "exec '" + java + "' -Xmx256m -Djava.awt.headless=true -cp '" + System.getProperty("java.class.path")
                        + "' " + DiscoveryProbe.class.getName() + " " + hall);
        Process p = new ProcessBuilder("unshare", "-n", "sh", "-c", script).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("the probe ends").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void aPadWithNoServerAddressFindsTheHallItNamesAndSaysHello() throws Exception {
        Tools.require(namespacesAllowed(), "unshare -n (a network namespace: Debian util-linux, and iproute2 for ip;"
                + " root or CAP_SYS_ADMIN) is missing or not permitted here: the pad's discovery is not tested");
        String out = probe("demo");
        assertThat(out).as(out).contains("SEARCHING demo").contains("CONNECTED demo 3")
                .as("never tried the decoy hall's address").doesNotContain("DISCONNECTED");
    }
}
