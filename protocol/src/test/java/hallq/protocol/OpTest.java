package hallq.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.protocol.hall.Role;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpTest {
    @Test
    void everyOpIsFoundByItsWireName() {
        for (Op op : Op.values()) {
            assertThat(Op.fromWire(op.wire())).contains(op);
        }
        assertThat(Op.fromWire("teleport")).isEmpty();
        assertThat(Arrays.stream(Op.values()).map(Op::wire).distinct().count()).isEqualTo(Op.values().length);
    }

    @Test
    void whoMaySendWhatIsTheContractsTable() {
        Map<String, Role> contract = Map.ofEntries(Map.entry("issue", Role.KIOSK), Map.entry("login", Role.COUNTER),
                Map.entry("logout", Role.COUNTER), Map.entry("call-next", Role.COUNTER),
                Map.entry("recall", Role.COUNTER), Map.entry("start", Role.COUNTER),
                Map.entry("finish", Role.COUNTER), Map.entry("no-show", Role.COUNTER),
                Map.entry("requeue", Role.COUNTER), Map.entry("transfer", Role.COUNTER),
                Map.entry("pause", Role.COUNTER), Map.entry("resume", Role.COUNTER), Map.entry("rate", Role.COUNTER),
                Map.entry("stats", Role.MANAGER));
        contract.forEach((wire, role) -> {
            Op op = Op.fromWire(wire).orElseThrow();
            for (Role r : Role.values()) {
                assertThat(op.allows(r)).as(wire + " from a " + r.wire()).isEqualTo(r == role);
            }
        });
        for (Role r : Role.values()) {
            assertThat(Op.PING.allows(r) && Op.HELLO.allows(r) && Op.REPORT.allows(r) && Op.SNAPSHOT.allows(r))
                    .isTrue();
        }
    }

    @Test
    void helloAndPingAreNotKeptAndWhatChangesTheHallIs() {
        assertThat(Op.HELLO.changes()).isFalse();
        assertThat(Op.PING.changes()).isFalse();
        assertThat(Op.STATS.changes()).isFalse();
        assertThat(Op.CALL_NEXT.changes()).isTrue();
        assertThat(Op.ISSUE.changes()).isTrue();
    }
}
