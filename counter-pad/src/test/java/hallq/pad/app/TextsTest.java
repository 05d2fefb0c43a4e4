package hallq.pad.app;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.pad.clerk.PadAction;
import hallq.pad.clerk.PadState;
import hallq.pad.i18n.Texts;
import hallq.pad.support.Hellos;
import hallq.pad.support.Pads;
import hallq.protocol.CounterState;
import hallq.protocol.Outcome;
import hallq.protocol.TicketState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Both languages say everything the pad can say. */
class TextsTest {
    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("messages_" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).isEqualTo(bundle("zh_CN").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesIsThere() {
        List<String> keys = new ArrayList<>();
        for (PadAction a : PadAction.values()) {
            keys.add("action." + a.op());
            keys.add("notice." + a.op());
            for (CounterState s : CounterState.values()) {
                PadState state = new Pads().hello(Hellos.pad3(s, s == CounterState.CALLED || s == CounterState.SERVING
                        ? Hellos.ticket("A001", "legal", TicketState.valueOf(s.name())) : null)).model.state();
                String refusal = a.refusal(state);
                if (refusal != null) {
                    keys.add(refusal);
                }
            }
        }
        for (String r : List.of("refusal.connecting", "refusal.offline", "refusal.rating", "refusal.busy",
                "refusal.noNoShows", "refusal.noTransferTarget", "refusal.noClerks", "notice.nobodyWaiting",
                "notice.rated", "notice.hardwareFailed", "error.generic", "error.link", "error.notACounter",
                "error.helloRefused", "link.connecting", "link.offline", "link.offlinePending", "link.unreachable")) {
            keys.add(r);
        }
        for (Outcome o : Outcome.values()) {
            keys.add("outcome." + o.wire());
            keys.add("outcome." + o.wire() + ".hint");
        }
        for (CounterState s : CounterState.values()) {
            keys.add("state." + s.wire());
        }
        for (int level = 1; level <= 5; level++) {
            keys.add("rating." + level);
        }
        // the server's stable reasons a clerk meets at the window
        for (String reason : List.of("BAD_PIN", "LOGIN_REQUIRED", "PAUSED", "NOT_PAUSED", "TICKET_OPEN", "NO_TICKET",
                "WRONG_STATE", "ALREADY_RATED", "NOT_FINISHED_HERE", "CLERK_BUSY", "NOT_NO_SHOW", "SAME_ZONE",
                "UNKNOWN_ZONE", "STORAGE")) {
            keys.add("error." + reason);
        }
        for (hallq.protocol.WindowRefusal r : hallq.protocol.WindowRefusal.values()) {
            keys.add("error." + r.name()); // every reason of the window rule, should the server send it
        }
        for (String lang : List.of("zh", "en")) {
            Texts t = Texts.forLanguage(lang);
            assertThat(keys).allSatisfy(k -> assertThat(t.has(k)).as("%s in %s", k, lang).isTrue());
        }
    }

    @Test
    void durationsAndValuesReadNaturally() {
        Texts zh = Texts.forLanguage("zh");
        Texts en = Texts.forLanguage("en");
        assertThat(zh.duration(45)).isEqualTo("45秒");
        assertThat(zh.duration(725)).isEqualTo("12分05秒");
        assertThat(zh.duration(3720)).isEqualTo("1小时02分");
        assertThat(en.duration(725)).isEqualTo("12 min 05 s");
        assertThat(zh.get("notice.finish", "A001", Outcome.INCOMPLETE)).isEqualTo("A001 已办结：补正告知");
        assertThat(zh.word(Hellos.demo().zone("estate").orElseThrow())).isEqualTo("不动产服务区");
        assertThat(en.word(Hellos.demo().zone("estate").orElseThrow())).isEqualTo("Real estate");
        assertThat(zh.pauseReasons()).contains("午间休息");
    }
}
