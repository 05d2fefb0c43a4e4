package hallq.pad.link;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.testkit.ChildJvm;
import hallq.testkit.Namespaces;
import hallq.testkit.Tools;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A pad started without {@code --server} finds its hall by mDNS and connects, through its real link. Everything runs
 * in a network namespace the test makes itself ({@code unshare -n}, loopback up, multicast routed to it), so nothing
 * is multicast on the machine's own network. Skipped only where {@code unshare -n} is not permitted (a failure
 * under {@code CI=true}, see {@link Tools}).
 */
class PadFindsItsHallTest {

    private static String probe(String hall) throws Exception {
        String script = String.join(" && ",
                "ip link set lo up",
                "ip link set lo multicast on",
                "ip route add 224.0.0.0/4 dev lo",
                "exec " + ChildJvm.Command.classPath(DiscoveryProbe.class).jvm("-Xmx256m", "-Djava.awt.headless=true")
                        .args(hall).shell());
        Process p = new ProcessBuilder("unshare", "-n", "sh", "-c", script).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("the probe ends").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void aPadWithNoServerAddressFindsTheHallItNamesAndSaysHello() throws Exception {
        Tools.require(Namespaces.networkAllowed(), "unshare -n (a network namespace: Debian util-linux, and iproute2"
                + " for ip; root or CAP_SYS_ADMIN) is missing or not permitted here: the pad's discovery is not"
                + " tested");
        String out = probe("demo");
        assertThat(out).as(out).contains("SEARCHING demo").contains("CONNECTED demo 3")
                .as("never tried the decoy hall's address").doesNotContain("DISCONNECTED");
    }
}
