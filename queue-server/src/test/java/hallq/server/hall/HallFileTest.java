package hallq.server.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Role;
import hallq.server.queue.Halls;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class HallFileTest {

    @Test
    void theDemoHallIsValidAndModelledOnTheSeedHalls() {
        HallConfig demo = HallFile.demo();
        assertThat(demo.zones()).extracting(z -> z.prefix()).containsExactly("A", "B", "C", "E", "F");
        assertThat(demo.zones()).extracting(z -> z.name())
                .containsExactly("法人服务区", "自然人服务区", "不动产服务区", "工程建设项目", "综合出件");
        assertThat(demo.counters()).hasSize(8).anyMatch(c -> !c.alsoZones().isEmpty());
        assertThat(demo.devices()).extracting(d -> d.role())
                .contains(Role.KIOSK, Role.COUNTER, Role.DISPLAY, Role.MANAGER);
        assertThat(demo.usesClerkLogin()).isTrue();
    }

    @Test
    void defaultsFillWhatTheFileLeavesOut() {
        HallConfig h = Halls.test("  greenBurst: 3\n", "", "prefix: B }", "prefix: B, greenPrefix: GB }");
        assertThat(h.policy().greenBurst()).isEqualTo(3);
        assertThat(h.policy().waitAmberMin()).isEqualTo(15);
        assertThat(h.policy().waitRedMin()).isEqualTo(30);
        assertThat(h.policy().notifyAhead()).isEqualTo(3);
        assertThat(h.zone("legal").orElseThrow().greenPrefix()).isEqualTo("VA");
        assertThat(h.zone("natural").orElseThrow().greenPrefix()).isEqualTo("GB");
    }

    @Test
    void theHallSentToTerminalsHasNoPinsOrTokens() {
        HallConfig open = Halls.test().withoutSecrets();
        assertThat(open.clerks()).allMatch(c -> c.pin() == null);
        assertThat(open.devices()).allMatch(d -> d.token() == null);
        assertThat(Halls.test().clerks()).allMatch(c -> c.pin() != null);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("zones: [legal] }", "zones: [legl] }", "counter '1' names unknown zone 'legl'"),
                Arguments.of("prefix: B }", "prefix: A }", "duplicate prefix 'A'"),
                Arguments.of("prefix: B }", "prefix: VA }", "duplicate prefix 'VA'"),
                Arguments.of("token: \"k1-secret\" }", "role: kiosk }", "device 'kiosk-1' has no token"),
                Arguments.of("counter: \"4\" }", "counter: \"9\" }", "device 'pad-4' points to unknown counter '9'"),
                Arguments.of("timezone: Asia/Shanghai", "timezone: Asia/Shanghai\n  hours: [\"12:00-08:30\"]", "hours '12:00-08:30' end before they start"),
                Arguments.of("timezone: Asia/Shanghai", "timezone: Asia/Shanghai\n  hours: [\"8h-12h\"]", "hours '8h-12h' are not HH:MM-HH:MM"),
                Arguments.of("timezone: Asia/Shanghai", "timezone: Mars/Olympus", "unknown timezone 'Mars/Olympus'"),
                Arguments.of("greenBurst: 3", "greenBurst: 0", "policy greenBurst must be at least 1"),
                Arguments.of("greenBurst: 3", "greenBurst: 3\n  waitAmberMin: 0", "policy waitAmberMin must be at least 1"),
                Arguments.of("greenBurst: 3", "greenBurst: 3\n  waitAmberMin: 20\n  waitRedMin: 20",
                        "policy waitRedMin must be more than waitAmberMin"),
                Arguments.of("id: test", "id: Test Hall", "hall id must match [a-z0-9-]+"),
                Arguments.of("pin: \"4821\"", "pin: \"\"", "clerk '1001' has no pin"),
                Arguments.of("token: \"m-secret\"", "token: \"k1-secret\"", "device 'office' shares its token with another device"),
                Arguments.of("role: manager", "role: boss", "unknown role 'boss'"),
                Arguments.of("kioskRate: 1000", "kioskRte: 1000", "unknown key 'kioskRte'"),
                Arguments.of("zones:\n", "zones: [\n", "not a valid hall file"),
                // the citizens' address (contract section 8): absolute http(s), a host, nothing after the path
                Arguments.of("timezone: Asia/Shanghai", "timezone: Asia/Shanghai\n  publicUrl: zwfw.example.gov.cn/hallq",
                        "hall.publicUrl must start with http:// or https://"),
                Arguments.of("timezone: Asia/Shanghai", "timezone: Asia/Shanghai\n  publicUrl: \"ftp://zwfw.example.gov.cn\"",
                        "hall.publicUrl must start with http:// or https://"),
                Arguments.of("timezone: Asia/Shanghai", "timezone: Asia/Shanghai\n  publicUrl: \"https:///hallq\"",
                        "hall.publicUrl has no host"),
                Arguments.of("timezone: Asia/Shanghai", "timezone: Asia/Shanghai\n  publicUrl: \"https://zwfw.example.gov.cn/q?a=1\"",
                        "hall.publicUrl must have no query (?) or fragment (#)"),
                Arguments.of("timezone: Asia/Shanghai", "timezone: Asia/Shanghai\n  publicUrl: \"https://zwfw.example.gov.cn/q#top\"",
                        "hall.publicUrl must have no query (?) or fragment (#)"),
                Arguments.of("timezone: Asia/Shanghai", "timezone: Asia/Shanghai\n  publicUrl: \"https://a b\"",
                        "hall.publicUrl is not a URL"),
                Arguments.of("timezone: Asia/Shanghai", "timezone: Asia/Shanghai\n  publicUrl: \"https://x.cn/" + "p".repeat(200) + "\"",
                        "hall.publicUrl is longer than 200 characters"),
                Arguments.of("timezone: Asia/Shanghai", "timezone: Asia/Shanghai\n  proxies: [\"proxy.example\"]",
                        "hall.proxies holds an entry that is not an IP address"),
                Arguments.of("timezone: Asia/Shanghai", "timezone: Asia/Shanghai\n  proxies: [\"10.0.0.256\"]",
                        "hall.proxies holds an entry that is not an IP address"),
                Arguments.of("greenBurst: 3", "greenBurst: 3\n  notifyAhead: -1", "policy notifyAhead must be from 0 to 100"),
                // phone: the SMS platform
                Arguments.of("policy:", "sms: { url: \"sms.example/send\" }\npolicy:",
                        "sms.url must be an http:// or https:// address with a host"),
                Arguments.of("policy:", "sms: { token: abc }\npolicy:", "sms has no url"),
                Arguments.of("policy:", "sms: { url: \"http://10.0.0.9/send\", timeoutMs: 50 }\npolicy:",
                        "sms.timeoutMs must be from 100 to 60000"),
                Arguments.of("policy:", "sms: { url: \"http://10.0.0.9/send\", format: xml }\npolicy:",
                        "sms.format must be form or json"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badFiles")
    void aBadHallFileIsRefusedWithOneLineNamingTheProblem(String from, String to, String message) {
        String yaml = Halls.testYaml();
        assertThat(yaml).contains(from);
        String bad = yaml.replace(from, to);
        assertThatThrownBy(() -> Halls.parse(bad))
                .isInstanceOf(HallFile.BadHallFile.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    static Stream<Arguments> tooLongTexts() {
        String id65 = "a".repeat(65);
        return Stream.of(
                Arguments.of("id: test", "id: " + id65, "hall.id is longer than 64 characters"),
                Arguments.of("name: 测试大厅", "name: " + "厅".repeat(101), "hall.name is longer than 100 characters"),
                Arguments.of("{ id: legal,", "{ id: " + id65 + ",", "zones[0].id is longer than 64 characters"),
                Arguments.of("name: 不动产服务区,", "name: " + "区".repeat(101) + ",",
                        "zones[2].name is longer than 100 characters"),
                Arguments.of("nameEn: Real estate,", "nameEn: " + "e".repeat(101) + ",",
                        "zones[2].nameEn is longer than 100 characters"),
                Arguments.of("prefix: C,", "prefix: CCCCC,", "zones[2].prefix is longer than 4 characters"),
                Arguments.of("prefix: B }", "prefix: B, greenPrefix: GBBBB }",
                        "zones[1].greenPrefix is longer than 4 characters"),
                Arguments.of("{ id: \"4\", name: 4号窗口", "{ id: \"" + id65 + "\", name: 4号窗口",
                        "counters[3].id is longer than 64 characters"),
                Arguments.of("name: 4号窗口", "name: " + "窗".repeat(101), "counters[3].name is longer than 100 characters"),
                Arguments.of("nameEn: Window 4", "nameEn: " + "w".repeat(101),
                        "counters[3].nameEn is longer than 100 characters"),
                Arguments.of("{ id: \"1004\"", "{ id: \"" + id65 + "\"", "clerks[3].id is longer than 64 characters"),
                Arguments.of("name: 赵敏", "name: " + "敏".repeat(101), "clerks[3].name is longer than 100 characters"),
                Arguments.of("pin: \"9152\"", "pin: \"" + "9".repeat(65) + "\"", "clerks[3].pin is longer than 64 characters"),
                Arguments.of("{ id: office,", "{ id: " + id65 + ",", "devices[7].id is longer than 64 characters"),
                Arguments.of("token: \"m-secret\"", "token: \"" + "m".repeat(201) + "\"",
                        "devices[7].token is longer than 200 characters"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("tooLongTexts")
    void aTextOverItsLimitIsRefusedWithOneLineNamingTheFieldAndNotTheText(String from, String to, String message) {
        String yaml = Halls.testYaml();
        assertThat(yaml).containsOnlyOnce(from);
        assertThatThrownBy(() -> Halls.parse(yaml.replace(from, to)))
                .isInstanceOf(HallFile.BadHallFile.class)
                .hasMessageEndingWith(": " + message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(100));
    }

    @Test
    void textsAtTheirLimitsAreTaken() {
        HallConfig h = Halls.test("id: test", "id: " + "a".repeat(64), "name: 不动产服务区,", "name: " + "区".repeat(100) + ",",
                "pin: \"9152\"", "pin: \"" + "9".repeat(64) + "\"", "token: \"m-secret\"",
                "token: \"" + "m".repeat(200) + "\"", "{ id: office,", "{ id: " + "o".repeat(64) + ",");
        assertThat(h.hall().id()).hasSize(64);
        assertThat(h.zone("estate").orElseThrow().name()).hasSize(100);
    }

    @Test
    void aPublicUrlIsTakenAndSentToTerminals() {
        HallConfig h = Halls.test("timezone: Asia/Shanghai",
                "timezone: Asia/Shanghai\n  publicUrl: \"https://zwfw.example.gov.cn/hallq\"");
        assertThat(h.hall().publicUrl()).isEqualTo("https://zwfw.example.gov.cn/hallq");
        assertThat(h.withoutSecrets().hall().publicUrl()).isEqualTo("https://zwfw.example.gov.cn/hallq");
        assertThat(Halls.test().hall().publicUrl()).as("without it: the server's own address").isNull();
        assertThat(Halls.test("timezone: Asia/Shanghai", "timezone: Asia/Shanghai\n  proxies: [\"10.0.0.1\", \"fd00::1\"]")
                .hall().proxies()).containsExactly("10.0.0.1", "fd00::1");
    }

    @Test
    void theSmsPlatformIsReadWithItsDefaultsAndNeverSentToTerminals() {
        HallConfig h = Halls.test("policy:", "sms: { url: \"https://sms.example.gov.cn/send\", token: s3cret }\npolicy:");
        assertThat(h.sms().url()).isEqualTo("https://sms.example.gov.cn/send");
        assertThat(h.sms().timeoutMs()).isEqualTo(5000);
        assertThat(h.sms().format()).isEqualTo("form");
        assertThat(h.withoutSecrets().sms()).isNull();
        assertThat(Halls.test().sms()).isNull();
    }

    @Test
    void anUnreadableFileIsNamed() {
        assertThatThrownBy(() -> HallFile.load(java.nio.file.Path.of("/nonexistent/hall.yaml")))
                .isInstanceOf(HallFile.BadHallFile.class)
                .hasMessageStartingWith("/nonexistent/hall.yaml: cannot read it");
    }

    // ---- cases (issue 18) -----------------------------------------------------------------------------------

    @Test
    void theDemoHallHasItsPickupZoneBackOfficeAndTheOfficial2026Calendar() {
        HallConfig demo = HallFile.demo();
        assertThat(demo.hall().pickupZone()).isEqualTo("pickup");
        assertThat(demo.device("backoffice").orElseThrow().role()).isEqualTo(hallq.protocol.hall.Role.BACKOFFICE);
        hallq.protocol.calendar.WorkingDays days = hallq.protocol.calendar.WorkingDays.of(demo.calendar());
        assertThat(days.isWorkingDay(java.time.LocalDate.of(2026, 10, 5))).isFalse();  // 国庆节
        assertThat(days.isWorkingDay(java.time.LocalDate.of(2026, 10, 10))).isTrue();  // 调休 Saturday
        assertThat(days.isWorkingDay(java.time.LocalDate.of(2026, 2, 14))).isTrue();   // 调休 Saturday
    }

    @Test
    void aBadCalendarOrPickupZoneIsRefusedInOneLine() {
        String yaml = Halls.testYaml();
        assertThatThrownBy(() -> Halls.parse(yaml + "\ncalendar:\n  holidays: [\"2026-02-30\"]\n"))
                .isInstanceOf(HallFile.BadHallFile.class).hasMessageContaining("calendar.holidays");
        assertThatThrownBy(() -> Halls.parse(yaml.replaceFirst("timezone: Asia/Shanghai",
                "timezone: Asia/Shanghai\n  pickupZone: nowhere")))
                .isInstanceOf(HallFile.BadHallFile.class).hasMessageContaining("hall.pickupZone names unknown zone");
    }
}
