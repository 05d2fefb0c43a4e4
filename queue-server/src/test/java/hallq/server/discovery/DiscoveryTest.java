package hallq.server.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.server.Main;
import hallq.testkit.ChildJvm;
import hallq.testkit.Namespaces;
import hallq.testkit.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mDNS discovery, inside a network namespace this test makes itself ({@code unshare -n}, loopback up with a
 * multicast route): nothing is ever multicast on the machine's own network. Two halls announce; a terminal with
 * no address finds the one it is configured for, and any hall when it names none.
 */
class DiscoveryTest {
    private static final String NAMESPACE = "unshare -n (a network namespace: Debian util-linux, and iproute2 for ip;"
            + " root or CAP_SYS_ADMIN) is missing or not permitted here: mDNS discovery not tested";

    @TempDir
    Path dir;

    private String runInNamespace(String wantedHall) throws Exception {
        String yaml;
        try (var in = getClass().getResourceAsStream("/test-hall.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path hallA = dir.resolve("a.yaml");
        Path hallB = dir.resolve("b.yaml");
        Files.writeString(hallA, yaml);
        Files.writeString(hallB, yaml.replace("id: test", "id: second").replace("name: 测试大厅", "name: 第二大厅"));
        ChildJvm.Command server = ChildJvm.Command.classPath(Main.class).jvm("-Xmx128m", "-Dhallq.log.level=WARN")
                .args("--bind", "127.0.0.1", "--port", "0", "--announce", "on");
        String script = String.join("\n",
                "set -e",
                "ip link set lo up",
                "ip link set lo multicast on",
                "ip route add 224.0.0.0/4 dev lo",
                server.args("--config", hallA.toString(), "--data", dir.resolve("da").toString()).shell()
                        + " > " + dir.resolve("a.out") + " 2>&1 &",
                "A=$!",
                server.args("--config", hallB.toString(), "--data", dir.resolve("db").toString()).shell()
                        + " > " + dir.resolve("b.out") + " 2>&1 &",
                "B=$!",
                "for i in $(seq 1 150); do grep -q listening " + dir.resolve("a.out") + " && grep -q listening "
                        + dir.resolve("b.out") + " && break; sleep 0.2; done",
                "cat " + dir.resolve("a.out") + " " + dir.resolve("b.out"),
                ChildJvm.Command.classPath(FindProbe.class).args(wantedHall == null ? "-" : wantedHall).shell(),
                "kill -9 $A $B");
        Process p = new ProcessBuilder("unshare", "-n", "sh", "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static int port(String out, String hallName) {
        // each server's listening line is printed after its own file, in order a then b
        Matcher m = Pattern.compile("HallQ listening on 127\\.0\\.0\\.1:(\\d+)").matcher(out);
        int n = 0;
        while (m.find()) {
            if (n++ == (hallName.equals("test") ? 0 : 1)) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("no listening line for " + hallName + " in:\n" + out);
    }

    @Test
    void aTerminalWithoutAnAddressFindsItsHallAmongTwo() throws Exception {
        Tools.require(Namespaces.networkAllowed(), NAMESPACE);
        String out = runInNamespace("second");
        assertThat(out).contains("FOUND second ws://127.0.0.1:" + port(out, "second") + "/ws");
        assertThat(out).contains("\"ok\":true");
    }

    @Test
    void withoutAHallIdAnyHallThatAnswersWillDo() throws Exception {
        Tools.require(Namespaces.networkAllowed(), NAMESPACE);
        String out = runInNamespace(null);
        assertThat(out).containsPattern("FOUND (test|second) ws://127\\.0\\.0\\.1:\\d+/ws");
    }
}
