package hallq.display.model;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.protocol.Json;
import hallq.protocol.event.Event;
import hallq.protocol.message.Replies.Welcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The screen model from hand-made hello replies and events, as protocol section 4 writes them, read into protocol's
 * records as the client reads them.
 */
class DisplayModelTest {

    private static Event json(String s) throws Exception {
        return Json.strict(Json.mapper().readTree(s.replace('\'', '"')), Event.class);
    }

    private static String called(long seq, String number, String zone, String counter, boolean recall) {
        return "{'event':'called','seq':" + seq + ",'at':'2026-11-22T09:15:02.113+08:00','ticket':{'number':'"
                + number + "','zone':'" + zone + "','green':" + number.startsWith("V") + ",'state':'called',"
                + "'recalls':" + (recall ? 1 : 0) + "},"
                + "'counter':{'id':'" + counter + "','name':'" + counter + "号窗口','nameEn':'Window " + counter
                + "'},'recall':" + recall + ",'announce':{'zh':'请" + number + "号到" + counter
                + "号窗口办理','en':'Number " + number + ", please go to Window " + counter + "'}}";
    }

    private static Welcome hello(long seq, String... recentCalls) throws Exception {
        return Json.strict(Json.mapper().readTree(("{'re':'1','ok':true,'role':'display','seq':" + seq + ","
                + "'hall':{'hall':{'id':'demo','name':'示范区政务服务大厅','nameEn':'Demo Hall'},"
                + "'zones':[{'id':'legal','nameEn':'Business services'},{'id':'estate','nameEn':'Real estate'}]},"
                + "'snapshot':{'zones':[{'id':'legal','name':'法人服务区','prefix':'A','waiting':12,'greenWaiting':1,"
                + "'longestWaitSec':840},{'id':'estate','name':'不动产服务区','prefix':'C','waiting':3,"
                + "'greenWaiting':0,'longestWaitSec':60}],'counters':[],'recentCalls':["
                + String.join(",", recentCalls) + "]}}").replace('\'', '"')), Welcome.class);
    }

    @Test
    void withNoServerAddressTheScreenSaysItIsLookingForTheHallUntilTheHello() throws Exception {
        DisplayModel m = new DisplayModel();
        m.searching();
        assertThat(m.state().searching()).isTrue();
        assertThat(m.state().connected()).isFalse();
        m.connected(hello(40));
        assertThat(m.state().searching()).isFalse();
        m.disconnected();
        assertThat(m.state().searching()).as("a lost link is not a search").isFalse();
    }

    @Test
    void theSnapshotGivesHallZonesAndRecentCallsNewestFirst() throws Exception {
        DisplayModel m = new DisplayModel();
        m.connected(hello(40, called(39, "A002", "legal", "3", false), called(30, "A001", "legal", "1", false)));
        DisplayState s = m.state();
        assertThat(s.hallName()).isEqualTo("示范区政务服务大厅");
        assertThat(s.hallNameEn()).isEqualTo("Demo Hall");
        assertThat(s.connected()).isTrue();
        assertThat(s.calls()).extracting(Call::number).containsExactly("A002", "A001");
        assertThat(s.newest().counterName()).isEqualTo("3号窗口");
        assertThat(s.newest().counterNameEn()).isEqualTo("Window 3");
        assertThat(s.zones()).extracting(ZoneLine::id).containsExactly("legal", "estate");
        assertThat(s.zones().get(0).nameEn()).isEqualTo("Business services");
        assertThat(s.zones().get(0).greenWaiting()).isEqualTo(1);
    }

    @Test
    void eventsPutTheNewCallOnTopAndUpdateQueuesAndOldEventsAreIgnored() throws Exception {
        DisplayModel m = new DisplayModel();
        List<Call> spoken = new ArrayList<>();
        m.onCall(spoken::add);
        m.connected(hello(40, called(39, "A002", "legal", "3", false)));
        m.event(json(called(41, "A003", "legal", "1", false)));
        m.event(json("{'event':'queue','seq':42,'at':'2026-11-22T09:15:03.000+08:00','zone':'legal','waiting':11,"
                + "'greenWaiting':0,'longestWaitSec':700}"));
        m.event(json(called(39, "A999", "legal", "1", false))); // already in the snapshot's seq
        DisplayState s = m.state();
        assertThat(s.calls()).extracting(Call::number).containsExactly("A003", "A002");
        assertThat(s.zones().get(0).waiting()).isEqualTo(11);
        assertThat(s.zones().get(0).greenWaiting()).isZero();
        assertThat(s.seq()).isEqualTo(42);
        assertThat(spoken).extracting(Call::number).containsExactly("A003");
        assertThat(s.callCount()).isEqualTo(1);
    }

    @Test
    void aRecallMovesTheTicketBackOnTopMarkedAndIsSpokenAgain() throws Exception {
        DisplayModel m = new DisplayModel();
        List<Call> spoken = new ArrayList<>();
        m.onCall(spoken::add);
        m.connected(hello(40));
        m.event(json(called(41, "A003", "legal", "1", false)));
        m.event(json(called(42, "A004", "legal", "3", false)));
        m.event(json(called(43, "A003", "legal", "1", true)));
        DisplayState s = m.state();
        assertThat(s.calls()).extracting(Call::number).containsExactly("A003", "A004");
        assertThat(s.newest().recall()).isTrue();
        assertThat(s.calls().get(1).recall()).isFalse();
        assertThat(spoken).extracting(Call::recall).containsExactly(false, false, true);
        assertThat(s.callCount()).isEqualTo(3);
    }

    @Test
    void counterEventsAndKindsThisCodeDoesNotKnowChangeNothing() throws Exception {
        DisplayModel m = new DisplayModel();
        m.connected(hello(40, called(39, "A002", "legal", "3", false)));
        List<DisplayState> seen = new ArrayList<>();
        m.onChange(seen::add);
        m.event(json("{'event':'counter','seq':41,'at':'2026-11-22T09:15:03.000+08:00','counter':{'id':'3',"
                + "'state':'serving','servedToday':0}}"));
        m.event(json("{'event':'weather','seq':42,'at':'2026-11-22T09:15:04.000+08:00','sky':'clear'}"));
        assertThat(seen).as("no repaint").isEmpty();
        assertThat(m.state().seq()).isEqualTo(40);
        m.event(json(called(43, "A003", "legal", "1", false)));
        assertThat(m.state().calls()).extracting(Call::number).containsExactly("A003", "A002");
    }

    @Test
    void aZoneFilterKeepsOnlyItsZones() throws Exception {
        DisplayModel m = new DisplayModel(Set.of("estate"));
        m.connected(hello(40, called(39, "C002", "estate", "6", false), called(38, "A001", "legal", "1", false)));
        m.event(json(called(41, "A003", "legal", "1", false)));
        m.event(json("{'event':'queue','seq':42,'at':'2026-11-22T09:15:03.000+08:00','zone':'legal','waiting':11,"
                + "'greenWaiting':0,'longestWaitSec':700}"));
        DisplayState s = m.state();
        assertThat(s.calls()).extracting(Call::number).containsExactly("C002");
        assertThat(s.zones()).extracting(ZoneLine::id).containsExactly("estate");
        assertThat(s.callCount()).isZero();
    }

    @Test
    void theRecentListHoldsTenCalls() throws Exception {
        DisplayModel m = new DisplayModel();
        m.connected(hello(1));
        for (int i = 1; i <= 14; i++) {
            m.event(json(called(1 + i, String.format("A%03d", i), "legal", "1", false)));
        }
        assertThat(m.state().calls()).hasSize(DisplayModel.RECENT);
        assertThat(m.state().newest().number()).isEqualTo("A014");
        assertThat(m.state().calls().get(9).number()).isEqualTo("A005");
    }

    @Test
    void aReconnectReplacesTheStateFromTheNewSnapshot() throws Exception {
        DisplayModel m = new DisplayModel();
        m.connected(hello(40, called(39, "A002", "legal", "3", false)));
        m.disconnected();
        assertThat(m.state().connected()).isFalse();
        assertThat(m.state().calls()).extracting(Call::number).containsExactly("A002"); // still shown while down
        // while down, A003 and A004 were called; the new hello brings them
        m.connected(hello(50, called(49, "A004", "legal", "2", false), called(45, "A003", "legal", "1", false),
                called(39, "A002", "legal", "3", false)));
        assertThat(m.state().connected()).isTrue();
        assertThat(m.state().calls()).extracting(Call::number).containsExactly("A004", "A003", "A002");
        m.event(json(called(48, "A005", "legal", "1", false))); // older than the new snapshot
        assertThat(m.state().calls()).extracting(Call::number).containsExactly("A004", "A003", "A002");
    }
}
