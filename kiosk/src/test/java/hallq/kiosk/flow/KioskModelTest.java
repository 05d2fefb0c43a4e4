package hallq.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.hardware.idcard.IdCardFault;
import hallq.hardware.printer.PrinterFault;
import hallq.hardware.printer.TicketSlip;
import hallq.kiosk.i18n.Msg;
import hallq.kiosk.i18n.Texts;
import hallq.kiosk.idcard.IdNumberText;
import hallq.protocol.IdNumber;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.HallInfo;
import hallq.protocol.hall.Policy;
import hallq.protocol.hall.Zone;
import hallq.testkit.ManualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The kiosk's behaviour against a fake server connection, a fake printer and hand-moved timers; no JavaFX. */
class KioskModelTest {
    static final HallConfig HALL = new HallConfig(
            new HallInfo("test", "测试政务服务大厅", "Test Service Hall", "Asia/Shanghai",
                    List.of("08:30-12:00", "14:00-17:30")),
            Policy.DEFAULT,
            List.of(new Zone("legal", "法人服务区", "Business services", "A", null, null),
                    new Zone("natural", "自然人服务区", "Personal services", "B", null, null),
                    new Zone("estate", "不动产服务区", "Real estate", "C", null, 300)),
            List.of(), List.of(), List.of());
    /** 2026-11-22 09:15 in the hall. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T01:15:00Z"), ZoneOffset.UTC);
    static final String VALID_ID = "11010119491001123" + IdNumber.checkCharacter("11010119491001123");
    /** Born 1990: no green channel by age. */
    static final String YOUNG_ID = "11010119900307002" + IdNumber.checkCharacter("11010119900307002");
    /** Born 1954-03-07: 72 on the test's day, over the hall's greenAge of 70. */
    static final String OLD_ID = "11010119540307002" + IdNumber.checkCharacter("11010119540307002");
    static final String BAD_CHECK_ID = "11010119491001123" + (VALID_ID.endsWith("0") ? "1" : "0");

    FakeHallLink link;
    FakePrinter printer;
    ManualClock timers;
    QueuedExecutor printerThread;
    KioskModel model;
    final List<Screen> screens = new ArrayList<>();
    Locale language;

    @BeforeEach
    void start() {
        startWith(new FakePrinter());
    }

    void startWith(FakePrinter p) {
        link = new FakeHallLink();
        printer = p;
        timers = new ManualClock(CLOCK.instant());
        printerThread = new QueuedExecutor();
        screens.clear();
        model = new KioskModel(link, printer, printerThread, Runnable::run, timers, CLOCK,
                KioskSettings.defaults("http://hall.test:7700"));
        model.start((s, l) -> {
            screens.add(s);
            language = l;
        });
        printerThread.runAll(); // the start-up printer check
    }

    Screen screen() {
        return screens.get(screens.size() - 1);
    }

    <T extends Screen> T screen(Class<T> type) {
        assertThat(screen()).isInstanceOf(type);
        return type.cast(screen());
    }

    void connect() {
        link.connect(HALL, Map.of("legal", 4, "natural", 0, "estate", 12));
    }

    static TicketView ticket(String number, String zone, boolean green, int ahead, Integer waitSec) {
        return new TicketView(number, zone, green, TicketState.WAITING, "2026-11-22", "2026-11-22T09:15:00.000+08:00",
                null, null, ahead, waitSec, null, null, null, null, null, 0, null);
    }

    static String zh(Msg m) {
        return Texts.of(Texts.CHINESE).text(m);
    }

    static String en(Msg m) {
        return Texts.of(Texts.ENGLISH).text(m);
    }

    /** Taps a zone, answers the issue with a ticket and lets the printer run. */
    Screen.TicketShown takeTicket(String zone, TicketView answer) {
        model.zoneTapped(zone);
        FakeHallLink.ok(link.last("issue"), answer);
        printerThread.runAll();
        return screen(Screen.TicketShown.class);
    }

    @Nested
    class HomeScreen {
        @Test
        void withNoServerAddressThePauseSaysTheHallIsBeingLookedForUntilItAnswers() {
            model.searching("demo");
            assertThat(screen()).isEqualTo(new Screen.Paused(false, null, true));
            connect();
            screen(Screen.Home.class);
            model.disconnected("server restarting");
            assertThat(screen()).as("a lost link is not a search").isEqualTo(new Screen.Paused(false, "server restarting"));
        }

        @Test
        void pausedUntilTheServerSaysHelloThenOneButtonPerZoneWithItsWaitingCount() {
            assertThat(screen()).isEqualTo(new Screen.Paused(false, null));
            model.zoneTapped("legal");
            assertThat(link.sent("issue")).isEmpty();

            connect();

            Screen.Home home = screen(Screen.Home.class);
            assertThat(home.zones()).extracting(ZoneTile::id).containsExactly("legal", "natural", "estate");
            assertThat(home.zones()).extracting(ZoneTile::waiting).containsExactly(4, 0, 12);
            assertThat(home.zones().get(0).name().zh()).isEqualTo("法人服务区");
            assertThat(home.zones().get(0).name().en()).isEqualTo("Business services");
            assertThat(home.green()).isFalse();
            assertThat(home.maskedId()).isNull();
            assertThat(home.printerFault()).isNull();
        }

        @Test
        void queueEventsChangeTheWaitingCountsLive() {
            connect();
            link.queue("natural", 7);
            link.queue("legal", 3);
            assertThat(screen(Screen.Home.class).zones()).extracting(ZoneTile::waiting).containsExactly(3, 7, 12);
        }

        @Test
        void waitingCountWordsInBothLanguages() {
            assertThat(zh(Msg.of("home.waiting", 12))).isEqualTo("等候 12 人");
            assertThat(en(Msg.of("home.waiting", 12))).isEqualTo("12 waiting");
            assertThat(en(Msg.of("home.waiting", 0))).isEqualTo("No one waiting");
        }

        @Test
        void englishByTheToggleAndChineseAgainForTheNextCitizen() {
            connect();
            assertThat(language).isEqualTo(Texts.CHINESE);
            model.toggleLanguage();
            assertThat(language).isEqualTo(Texts.ENGLISH);
            takeTicket("legal", ticket("A001", "legal", false, 0, 0));
            assertThat(language).isEqualTo(Texts.ENGLISH);
            model.done();
            assertThat(language).isEqualTo(Texts.CHINESE);
        }

        @Test
        void englishLeftOnTheHomeScreenTurnsBackToChineseWhenIdle() {
            connect();
            model.toggleLanguage();
            timers.advance(Duration.ofSeconds(44));
            assertThat(language).isEqualTo(Texts.ENGLISH);
            timers.advance(Duration.ofSeconds(1));
            assertThat(language).isEqualTo(Texts.CHINESE);
        }
    }

    @Nested
    class Issuing {
        @Test
        void aZoneTapAsksTheServerForATicketOfThatZone() {
            connect();
            model.zoneTapped("natural");

            FakeHallLink.Sent issue = link.last("issue");
            assertThat(issue.arg("zone")).isEqualTo("natural");
            assertThat(issue.args().get("green").asBoolean()).isFalse();
            assertThat(issue.args().has("idCard")).isFalse();
            Screen.Issuing s = screen(Screen.Issuing.class);
            assertThat(s.zone().id()).isEqualTo("natural");
            assertThat(s.slow()).isFalse();
        }

        @Test
        void moreTapsWhileWaitingForTheServerSendNothingMore() {
            connect();
            model.zoneTapped("natural");
            model.zoneTapped("natural");
            model.zoneTapped("legal");
            model.greenTapped();
            assertThat(link.sent("issue")).hasSize(1);
        }

        @Test
        void theTicketScreenShowsNumberZoneAheadWaitAndTheStatusLink() {
            connect();
            model.zoneTapped("natural");
            FakeHallLink.ok(link.last("issue"), ticket("B012", "natural", false, 5, 20 * 60 + 10));

            Screen.TicketShown s = screen(Screen.TicketShown.class);
            IssuedTicket t = s.ticket();
            assertThat(t.number()).isEqualTo("B012");
            assertThat(t.zoneName().zh()).isEqualTo("自然人服务区");
            assertThat(t.day()).isEqualTo(LocalDate.of(2026, 11, 22));
            assertThat(t.statusUrl()).isEqualTo("http://hall.test:7700/api/tickets/B012?day=2026-11-22");
            assertThat(zh(t.aheadText())).isEqualTo("前面还有 5 人");
            assertThat(en(t.aheadText())).isEqualTo("5 people are ahead of you");
            assertThat(zh(t.waitText())).isEqualTo("预计等候约 21 分钟");
            assertThat(en(t.waitText())).isEqualTo("Estimated wait: about 21 min");
            assertThat(s.print()).isEqualTo(PrintState.PRINTING);
            assertThat(zh(s.printNote())).contains("正在打印");
        }

        @Test
        void withoutItsOwnOptionTheKioskLinksToTheHallsPublicUrl() {
            model = new KioskModel(link, null, Runnable::run, Runnable::run, timers, CLOCK,
                    KioskSettings.defaults(null));
            model.start((s, l) -> screens.add(s));
            HallConfig withUrl = new HallConfig(new HallInfo("test", "测试政务服务大厅", "Test Service Hall",
                    "Asia/Shanghai", List.of("08:30-12:00", "14:00-17:30"), List.of(),
                    "https://zwfw.example.gov.cn/hallq"), HALL.policy(), HALL.zones(), List.of(), List.of(), List.of());
            link.connect(withUrl, Map.of("legal", 0));
            model.zoneTapped("legal");
            FakeHallLink.ok(link.last("issue"), ticket("A001", "legal", false, 0, 0));
            assertThat(screen(Screen.TicketShown.class).ticket().statusUrl())
                    .startsWith("https://zwfw.example.gov.cn/hallq/").contains("A001");
        }

        @Test
        void theTicketIsPrintedWithEverythingOnIt() {
            connect();
            takeTicket("estate", ticket("C031", "estate", false, 12, 3600));

            assertThat(printer.printed).hasSize(1);
            TicketSlip slip = printer.printed.get(0);
            assertThat(slip.number()).isEqualTo("C031");
            assertThat(slip.hallName()).isEqualTo("测试政务服务大厅");
            assertThat(slip.zoneNameZh()).isEqualTo("不动产服务区");
            assertThat(slip.zoneNameEn()).isEqualTo("Real estate");
            assertThat(slip.ahead()).isEqualTo(12);
            assertThat(slip.estimatedWaitSec()).isEqualTo(3600);
            assertThat(slip.day()).isEqualTo(LocalDate.of(2026, 11, 22));
            assertThat(slip.issuedAt().toLocalTime().toString()).isEqualTo("09:15");
            assertThat(slip.statusUrl()).isEqualTo("http://hall.test:7700/api/tickets/C031?day=2026-11-22");
            Screen.TicketShown s = screen(Screen.TicketShown.class);
            assertThat(s.print()).isEqualTo(PrintState.PRINTED);
            assertThat(zh(s.printNote())).isEqualTo("请取走号票，留意叫号。");
            assertThat(link.sent("report")).isEmpty();
        }

        @Test
        void theTicketScreenGoesHomeByItselfAfterAFewSeconds() {
            connect();
            takeTicket("legal", ticket("A005", "legal", false, 4, 600));
            timers.advance(Duration.ofMillis(11_900));
            assertThat(screen()).isInstanceOf(Screen.TicketShown.class);
            timers.advance(Duration.ofMillis(100));
            assertThat(screen()).isInstanceOf(Screen.Home.class);
        }

        @Test
        void doneGoesHomeAtOnce() {
            connect();
            takeTicket("legal", ticket("A005", "legal", false, 4, 600));
            model.done();
            assertThat(screen()).isInstanceOf(Screen.Home.class);
            timers.advance(Duration.ofSeconds(60)); // the old timer must not act on the new screen
            assertThat(screen()).isInstanceOf(Screen.Home.class);
        }

        @Test
        void aSlowServerIsSaidSoAndTheTicketStillComes() {
            connect();
            model.zoneTapped("legal");
            timers.advance(Duration.ofSeconds(6));
            assertThat(screen(Screen.Issuing.class).slow()).isTrue();
            FakeHallLink.ok(link.last("issue"), ticket("A001", "legal", false, 0, 0));
            assertThat(screen(Screen.TicketShown.class).ticket().number()).isEqualTo("A001");
        }

        @Test
        void waitUnderAMinuteAndNoEstimate() {
            connect();
            Screen.TicketShown s = takeTicket("legal", ticket("A001", "legal", false, 0, 0));
            assertThat(zh(s.ticket().aheadText())).isEqualTo("前面还有 0 人");
            assertThat(en(s.ticket().aheadText())).isEqualTo("No one is ahead of you");
            assertThat(zh(s.ticket().waitText())).isEqualTo("预计等候不到 1 分钟");
            model.done();
            Screen.TicketShown s2 = takeTicket("legal", ticket("A002", "legal", false, 1, null));
            assertThat(s2.ticket().waitText()).isNull();
        }

        @Test
        void withoutAPrinterTheScreenIsTheTicket() {
            link = new FakeHallLink();
            timers = new ManualClock(CLOCK.instant());
            model = new KioskModel(link, null, Runnable::run, Runnable::run, timers, CLOCK,
                    KioskSettings.defaults("http://hall.test:7700"));
            model.start((s, l) -> screens.add(s));
            connect();
            model.zoneTapped("legal");
            FakeHallLink.ok(link.last("issue"), ticket("A001", "legal", false, 0, 0));
            Screen.TicketShown s = screen(Screen.TicketShown.class);
            assertThat(s.print()).isEqualTo(PrintState.NO_PRINTER);
            assertThat(zh(s.printNote())).contains("请记住您的号码");
        }
    }

    @Nested
    class GreenChannel {
        @Test
        void greenChannelAsksOneConfirmationThenIssuesAGreenTicket() {
            connect();
            model.greenTapped();
            assertThat(screen(Screen.Home.class).green()).isTrue();
            model.zoneTapped("natural");
            assertThat(link.sent("issue")).isEmpty();
            Screen.GreenConfirm confirm = screen(Screen.GreenConfirm.class);
            assertThat(confirm.zone().id()).isEqualTo("natural");
            assertThat(zh(Msg.of("green.question", confirm.zone().name()))).isEqualTo("确认取“自然人服务区”的绿色通道号吗？");
            assertThat(zh(Msg.of("green.body"))).contains("老年人", "残疾人", "孕妇");

            assertThat(confirm.byCard()).as("tapped, not the card's age: the reason is asked").isFalse();
            model.confirmGreen(hallq.protocol.GreenReason.DISABLED);

            FakeHallLink.Sent issue = link.last("issue");
            assertThat(issue.arg("zone")).isEqualTo("natural");
            assertThat(issue.args().get("green").asBoolean()).isTrue();
            assertThat(issue.arg("greenReason")).as("rating (issue 20)").isEqualTo("disabled");
            FakeHallLink.ok(issue, ticket("VB001", "natural", true, 0, 0));
            assertThat(screen(Screen.TicketShown.class).ticket().green()).isTrue();
        }

        @Test
        void backFromTheConfirmationAndOutOfTheGreenChannel() {
            connect();
            model.greenTapped();
            model.zoneTapped("legal");
            model.back();
            assertThat(screen(Screen.Home.class).green()).isTrue();
            model.back();
            assertThat(screen(Screen.Home.class).green()).isFalse();
            assertThat(link.sent("issue")).isEmpty();
        }

        @Test
        void anUnfinishedGreenChoiceIsDroppedWhenIdle() {
            connect();
            model.greenTapped();
            model.zoneTapped("legal");
            timers.advance(Duration.ofSeconds(45));
            assertThat(screen(Screen.Home.class).green()).isFalse();
        }

        @Test
        void theNextCitizenStartsWithoutTheGreenChannel() {
            connect();
            model.greenTapped();
            model.zoneTapped("legal");
            model.confirmGreen();
            FakeHallLink.ok(link.last("issue"), ticket("VA001", "legal", true, 0, 0));
            timers.advance(Duration.ofSeconds(12));
            assertThat(screen(Screen.Home.class).green()).isFalse();
        }
    }

    @Nested
    class IdNumberEntry {
        void type(String s) {
            for (char c : s.toCharArray()) {
                model.idKey(c);
            }
        }

        @Test
        void aValidNumberGoesWithTheTicketRequestAndIsForgottenAfterwards() {
            connect();
            model.idEntryTapped();
            type(VALID_ID);
            assertThat(screen(Screen.IdEntry.class).problem()).isNull();
            model.idSubmit();

            Screen.Home home = screen(Screen.Home.class);
            assertThat(home.maskedId()).isEqualTo("1101**********" + VALID_ID.substring(14));
            model.zoneTapped("legal");
            assertThat(link.last("issue").arg("idCard")).isEqualTo(VALID_ID);
            FakeHallLink.ok(link.last("issue"), ticket("VA001", "legal", true, 0, 0));
            model.done();
            assertThat(screen(Screen.Home.class).maskedId()).isNull();
        }

        @Test
        void aWrongCheckDigitIsExplainedInPlainWordsAndNothingIsSent() {
            connect();
            model.idEntryTapped();
            type(BAD_CHECK_ID);

            Screen.IdEntry s = screen(Screen.IdEntry.class);
            assertThat(s.digits()).isEqualTo(BAD_CHECK_ID);
            assertThat(s.problem()).isEqualTo(Msg.of("id.problem.check"));
            assertThat(zh(s.problem())).contains("最后一位", "核对");
            assertThat(en(s.problem())).contains("last character does not match");
            model.idSubmit();
            assertThat(screen()).isInstanceOf(Screen.IdEntry.class);
            model.back();
            assertThat(screen(Screen.Home.class).maskedId()).isNull();
            assertThat(link.sent("issue")).isEmpty();
        }

        @Test
        void tooFewDigitsSaysHowManyThereAre() {
            connect();
            model.idEntryTapped();
            type("1101011949");
            model.idSubmit();
            Msg problem = screen(Screen.IdEntry.class).problem();
            assertThat(zh(problem)).isEqualTo("身份证号码是18位，您输入了10位，请核对。");
        }

        @Test
        void xOnlyAsTheLastCharacterAndBackspaceAndClear() {
            connect();
            model.idEntryTapped();
            model.idKey('X');
            assertThat(screen(Screen.IdEntry.class).digits()).isEmpty();
            type("11010119491001123");
            model.idKey('x');
            assertThat(screen(Screen.IdEntry.class).digits()).endsWith("X");
            model.idKey('5');
            assertThat(screen(Screen.IdEntry.class).digits()).hasSize(18);
            model.idBackspace();
            assertThat(screen(Screen.IdEntry.class).digits()).isEqualTo("11010119491001123");
            model.idClear();
            assertThat(screen(Screen.IdEntry.class).digits()).isEmpty();
        }

        @Test
        void aCardOnTheReaderCountsAsEnteredNumber() {
            connect();
            model.idCardRead(YOUNG_ID);
            assertThat(screen(Screen.Home.class).maskedId()).isEqualTo(IdNumberText.masked(YOUNG_ID));
            model.zoneTapped("natural");
            assertThat(link.last("issue").arg("idCard")).isEqualTo(YOUNG_ID);
        }

        @Test
        void aNumberLeftBehindIsForgottenWhenIdle() {
            connect();
            model.idCardRead(VALID_ID);
            timers.advance(Duration.ofSeconds(45));
            assertThat(screen(Screen.Home.class).maskedId()).isNull();
        }

        @Test
        void theServerRefusingTheNumberIsExplainedToo() {
            connect();
            model.idCardRead(YOUNG_ID);
            model.zoneTapped("legal");
            FakeHallLink.error(link.last("issue"), "BAD_REQUEST", "ID_CHECK", "the ID number's last character...");
            assertThat(zh(screen(Screen.Notice.class).message())).contains("最后一位");
        }
    }

    // readers: the card reader's green channel and faults, the code scanner
    @Nested
    class Readers {
        @Test
        void aCardOfSomeoneOfGreenAgeOffersTheGreenChannelWithItsOneConfirmation() {
            connect();
            model.idCardRead(OLD_ID);
            Screen.Home home = screen(Screen.Home.class);
            assertThat(home.green()).isTrue();
            assertThat(home.maskedId()).isEqualTo(IdNumberText.masked(OLD_ID));
            model.zoneTapped("natural");
            assertThat(screen(Screen.GreenConfirm.class).zone().id()).isEqualTo("natural");
            assertThat(screen(Screen.GreenConfirm.class).byCard()).as("老年人 by the card: not asked").isTrue();
            assertThat(link.sent("issue")).as("nothing before the confirmation").isEmpty();
            model.confirmGreen();
            FakeHallLink.Sent issue = link.last("issue");
            assertThat(issue.arg("idCard")).isEqualTo(OLD_ID);
            assertThat(issue.args().has("greenReason")).as("the server says elderly by the age").isFalse();
            assertThat(issue.args().get("green").asBoolean()).isTrue();
        }

        @Test
        void aYoungerCardIsAnOrdinaryTicket() {
            connect();
            model.idCardRead(YOUNG_ID);
            assertThat(screen(Screen.Home.class).green()).isFalse();
            model.zoneTapped("legal");
            assertThat(link.last("issue").args().get("green").asBoolean()).isFalse();
        }

        @Test
        void theAgeIsTheHallsGreenAge() {
            HallConfig hall80 = new HallConfig(HALL.hall(), new Policy(null, null, null, 80, null, null, null, null, null, null, null, null, null),
                    HALL.zones(), List.of(), List.of(), List.of());
            link.connect(hall80, Map.of());
            model.idCardRead(OLD_ID);
            assertThat(screen(Screen.Home.class).green()).as("72 is under this hall's 80").isFalse();
        }

        @Test
        void forgettingTheCardForgetsTheGreenItBroughtButNotOneTapped() {
            connect();
            model.idCardRead(OLD_ID);
            model.clearId();
            assertThat(screen(Screen.Home.class).green()).isFalse();
            model.greenTapped();
            model.idCardRead(OLD_ID);
            model.clearId();
            assertThat(screen(Screen.Home.class).green()).as("tapped by the citizen").isTrue();
        }

        @Test
        void aCardThatCannotBeReadIsSaidOverTheKeypadWhichStillWorks() {
            connect();
            model.idCardFailed(IdCardFault.EXPIRED);
            Screen.IdEntry entry = screen(Screen.IdEntry.class);
            assertThat(zh(entry.problem())).startsWith("这张身份证已过有效期");
            assertThat(en(entry.problem())).startsWith("This ID card has expired");
            for (char c : YOUNG_ID.toCharArray()) {
                model.idKey(c);
            }
            model.idSubmit();
            assertThat(screen(Screen.Home.class).maskedId()).isEqualTo(IdNumberText.masked(YOUNG_ID));
            model.idCardFailed(IdCardFault.BAD_CHECK);
            assertThat(zh(screen(Screen.IdEntry.class).problem())).startsWith("身份证没能读出来");
            model.idCardFailed(IdCardFault.NO_CARD);
            assertThat(zh(screen(Screen.IdEntry.class).problem())).startsWith("身份证没读完就移开了");
        }

        @Test
        void anUnpluggedReaderIsReportedAndTheScreenStays() {
            connect();
            Screen before = screen();
            model.idCardFailed(IdCardFault.UNPLUGGED);
            assertThat(screen()).isEqualTo(before);
            assertThat(link.last("report").arg("fault")).isEqualTo(KioskModel.READER_FAULT);
        }

        @Test
        void aFaultOnTheTicketScreenLeavesTheTicket() {
            connect();
            Screen.TicketShown shown = takeTicket("legal", ticket("A001", "legal", false, 0, null));
            model.idCardFailed(IdCardFault.GARBAGE);
            assertThat(screen()).isEqualTo(shown);
        }

        @Test
        void aCaseSlipScannedOnTheHomeScreenAsksForItsPickupTicket() {
            connect();
            model.idCardRead(YOUNG_ID);
            model.codeScanned("https://zwfw.example.gov.cn/hallq/c/20261203-A007?k=Qm9va2luZ0tleTAwMDAx");
            FakeHallLink.Sent issue = link.last("issue");
            assertThat(issue.arg("case")).isEqualTo("Qm9va2luZ0tleTAwMDAx");
            assertThat(issue.args().has("zone")).as("the server picks the pickup zone").isFalse();
            assertThat(issue.arg("idCard")).isEqualTo(YOUNG_ID);
            assertThat(screen(Screen.Issuing.class).zone().name().zh()).isEqualTo("领取办件结果");
        }

        @Test
        void aBookingCodeScannedOnTheHomeScreenChecksIn() {
            connect();
            model.codeScanned("20261204");
            FakeHallLink.Sent checkIn = link.last("check-in");
            assertThat(checkIn.arg("code")).isEqualTo("20261204");
            assertThat(checkIn.args().has("idCard")).isFalse();
            assertThat(screen(Screen.Issuing.class).zone().name().zh()).isEqualTo("预约签到");
            FakeHallLink.ok(checkIn, ticket("B007", "natural", false, 2, 600));
            assertThat(screen(Screen.TicketShown.class).ticket().number()).isEqualTo("B007");
        }

        @Test
        void aCheckInRefusedIsSaidInWords() {
            connect();
            model.codeScanned("20261204");
            FakeHallLink.error(link.last("check-in"), "CONFLICT", "TOO_EARLY", "server words nobody shows");
            Msg early = screen(Screen.Notice.class).message();
            assertThat(zh(early)).isEqualTo("还没到签到时间。请在预约时段开始前30分钟内签到。");
            assertThat(en(early)).contains("within 30 minutes");
            model.done();
            model.codeScanned("20261204");
            FakeHallLink.error(link.last("check-in"), "CONFLICT", "TOO_LATE", "server words nobody shows");
            assertThat(zh(screen(Screen.Notice.class).message())).contains("预约时段已过", "普通号");
            model.done();
            model.codeScanned("20261203-A007");
            FakeHallLink.error(link.last("issue"), "CONFLICT", "NOT_READY", "尚未办结，预计 2026-12-10 办结");
            assertThat(zh(screen(Screen.Notice.class).message())).startsWith("您的办件还没有办结");
        }

        @Test
        void otherCodesAreSaidInWords() {
            connect();
            model.codeScanned("http://10.0.0.2:7700/t/2026-11-22/A001?k=abcdefghijklmnop");
            assertThat(zh(screen(Screen.Notice.class).message())).startsWith("这是排队号票上的二维码");
            model.done();
            model.codeScanned("WIFI:S:hall;T:WPA;P:secret;;");
            assertThat(zh(screen(Screen.Notice.class).message())).startsWith("这个二维码不是预约码");
            assertThat(link.sent("issue")).isEmpty();
        }

        @Test
        void aCodeScannedDuringATicketTheKeypadOrAQuestionDoesNotLeakIntoIt() {
            connect();
            Screen.TicketShown shown = takeTicket("legal", ticket("A001", "legal", false, 0, null));
            model.codeScanned("20261203-A007");
            assertThat(screen()).isEqualTo(shown);
            model.done();
            model.idEntryTapped();
            model.idKey('1');
            Screen.IdEntry typing = screen(Screen.IdEntry.class);
            model.codeScanned("110101199003070021");
            assertThat(screen()).isEqualTo(typing);
            model.back();
            model.greenTapped();
            model.zoneTapped("natural");
            Screen.GreenConfirm asking = screen(Screen.GreenConfirm.class);
            model.codeScanned("20261203-A007");
            assertThat(screen()).isEqualTo(asking);
            assertThat(link.sent("issue")).hasSize(1);
        }
    }

    @Nested
    class Refusals {
        Msg refusal(String code, String reason) {
            connect();
            model.zoneTapped("estate");
            FakeHallLink.error(link.last("issue"), code, reason, "server words nobody shows");
            return screen(Screen.Notice.class).message();
        }

        @Test
        void closedHoursSayTheOpeningHours() {
            Msg m = refusal("CLOSED", "HOURS");
            assertThat(zh(m)).isEqualTo("现在不是办公时间，暂停取号。办公时间：08:30-12:00, 14:00-17:30");
            assertThat(en(m)).isEqualTo("The hall is closed now. No tickets are issued. Opening hours: 08:30-12:00, 14:00-17:30");
        }

        @Test
        void dailyCapNamesTheZone() {
            Msg m = refusal("CLOSED", "DAILY_CAP");
            assertThat(zh(m)).isEqualTo("“不动产服务区”今天的号已经取完了，请明天再来。");
            assertThat(en(m)).isEqualTo("All of today's tickets for Real estate have been taken. Please come again tomorrow.");
        }

        @Test
        void perPersonLimitSaysTheLimit() {
            Msg m = refusal("CONFLICT", "PERSON_DAILY_LIMIT");
            assertThat(zh(m)).contains("不动产服务区", "3 次", "上限");
            assertThat(en(m)).contains("3 tickets for Real estate today");
        }

        @Test
        void rateLimitedAndInternalErrorsInPlainWords() {
            assertThat(zh(refusal("RATE_LIMITED", null))).isEqualTo("取号太频繁了，请稍等一会儿再取。");
            start();
            assertThat(zh(refusal("INTERNAL", "STORAGE"))).isEqualTo("系统暂时出了点问题，请稍后再试，或咨询导办人员。");
            start();
            assertThat(en(refusal("INTERNAL", null))).startsWith("Something went wrong");
        }

        @Test
        void aNoticeGoesHomeByItselfOrByBack() {
            refusal("CLOSED", "HOURS");
            timers.advance(Duration.ofSeconds(15));
            assertThat(screen()).isInstanceOf(Screen.Home.class);
            model.zoneTapped("estate");
            FakeHallLink.error(link.last("issue"), "CLOSED", "HOURS", "closed");
            model.done();
            assertThat(screen()).isInstanceOf(Screen.Home.class);
        }
    }

    @Nested
    class ServerUnreachable {
        @Test
        void aLostServerPausesTicketingAndItsReturnResumesIt() {
            connect();
            link.drop("cannot connect: Connection refused");
            Screen.Paused p = screen(Screen.Paused.class);
            assertThat(p.ticketPending()).isFalse();
            assertThat(p.detail()).contains("Connection refused");
            assertThat(zh(Msg.of("paused.title"))).isEqualTo("暂停取号，请稍候");
            model.zoneTapped("legal");
            assertThat(link.sent("issue")).isEmpty();

            link.connect(HALL, Map.of("legal", 9));
            assertThat(screen(Screen.Home.class).zones().get(0).waiting()).isEqualTo(9);
        }

        @Test
        void aTicketAskedForAsTheLinkDropsIsShownAndPrintedWhenTheServerAnswers() {
            connect();
            model.zoneTapped("legal");
            link.drop("closed by the server");
            assertThat(screen(Screen.Paused.class).ticketPending()).isTrue();
            assertThat(zh(Msg.of("paused.pending"))).contains("恢复后会马上出票");

            connect();
            assertThat(screen()).isInstanceOf(Screen.Issuing.class);
            // the link re-sends the same request (same id) by itself; the model asks only once
            FakeHallLink.ok(link.last("issue"), ticket("A007", "legal", false, 2, 300));
            printerThread.runAll();

            assertThat(link.sent("issue")).hasSize(1);
            assertThat(screen(Screen.TicketShown.class).ticket().number()).isEqualTo("A007");
            assertThat(printer.printed).extracting(TicketSlip::number).containsExactly("A007");
        }

        @Test
        void theTicketStaysOnScreenWhenTheLinkDropsThenTheKioskPauses() {
            connect();
            takeTicket("legal", ticket("A001", "legal", false, 0, 0));
            link.drop("dropped");
            assertThat(screen()).isInstanceOf(Screen.TicketShown.class);
            timers.advance(Duration.ofSeconds(12));
            assertThat(screen()).isInstanceOf(Screen.Paused.class);
        }
    }

    @Nested
    class Printer {
        @Test
        void paperOutStillIssuesShowsTheTicketAndReportsTheFault() {
            connect();
            printer.fault = PrinterFault.PAPER_OUT;
            Screen.TicketShown s = takeTicket("legal", ticket("A003", "legal", false, 2, 300));

            assertThat(s.ticket().number()).isEqualTo("A003");
            assertThat(s.print()).isEqualTo(PrintState.FAILED);
            assertThat(zh(s.printNote())).isEqualTo(
                    "打印机缺纸，号票没能打印。请记住您的号码，或用手机扫码。已通知工作人员。");
            assertThat(en(s.printNote())).startsWith("Printer out of paper: no paper ticket.");
            FakeHallLink.Sent report = link.last("report");
            assertThat(report.arg("fault")).isEqualTo("PAPER_OUT");
            assertThat(report.arg("message")).contains("A003", "not printed");
            FakeHallLink.ok(report);
        }

        @Test
        void anUnprintedTicketStaysLongerOnScreen() {
            connect();
            printer.fault = PrinterFault.PAPER_OUT;
            takeTicket("legal", ticket("A003", "legal", false, 2, 300));
            timers.advance(Duration.ofSeconds(39));
            assertThat(screen()).isInstanceOf(Screen.TicketShown.class);
            timers.advance(Duration.ofSeconds(1));
            assertThat(screen()).isInstanceOf(Screen.Home.class);
        }

        @Test
        void theHomeScreenWarnsUntilATicketPrintsAgain() {
            connect();
            printer.fault = PrinterFault.PAPER_OUT;
            takeTicket("legal", ticket("A003", "legal", false, 2, 300));
            model.done();
            Msg fault = screen(Screen.Home.class).printerFault();
            assertThat(fault).isEqualTo(Msg.of("print.fault.PAPER_OUT"));
            assertThat(zh(Msg.of("home.printerDown", fault))).isEqualTo("打印机缺纸，号码将只显示在屏幕上");
            assertThat(en(Msg.of("home.printerDown", fault))).isEqualTo("Printer out of paper: tickets on screen only");

            printer.fault = null;
            takeTicket("legal", ticket("A004", "legal", false, 2, 300));
            model.done();
            assertThat(screen(Screen.Home.class).printerFault()).isNull();
        }

        @Test
        void aPrinterFaultAtStartIsReportedAndShown() {
            FakePrinter broken = new FakePrinter();
            broken.fault = PrinterFault.COVER_OPEN;
            startWith(broken);
            connect();
            assertThat(link.last("report").arg("fault")).isEqualTo("COVER_OPEN");
            assertThat(zh(screen(Screen.Home.class).printerFault())).isEqualTo("打印机盖没有关好");
        }

        @Test
        void everyPrinterFaultHasWordsInBothLanguages() {
            for (PrinterFault f : PrinterFault.values()) {
                Msg m = Msg.of("ticket.print.failed", Msg.of("print.fault." + f.name()));
                assertThat(zh(m)).doesNotContain("??");
                assertThat(en(m)).doesNotContain("??");
            }
        }
    }

    // check-in (issue 17, issue 19's card): the 预约取号 button, its keypad, and a card with a booking waiting
    @Nested
    class CheckIn {
        final HallConfig bookingHall = new HallConfig(HALL.hall(), HALL.policy(),
                List.of(HALL.zones().get(0),
                        new Zone("natural", "自然人服务区", "Personal services", "B", null, null,
                                new hallq.protocol.hall.Booking(List.of("09:00-10:00"), 10, 7, null)),
                        HALL.zones().get(2)),
                List.of(), List.of(), List.of());

        void connectBooking() {
            link.connect(bookingHall, Map.of("legal", 4, "natural", 0, "estate", 12));
        }

        void type(String s) {
            for (char c : s.toCharArray()) {
                model.checkInKey(c);
            }
        }

        @Test
        void theButtonShowsOnlyWhereTheHallTakesBookings() {
            connect();
            assertThat(screen(Screen.Home.class).booking()).isFalse();
            model.checkInTapped();
            assertThat(screen()).isInstanceOf(Screen.Home.class);
            connectBooking();
            assertThat(screen(Screen.Home.class).booking()).isTrue();
        }

        @Test
        void aBookingCodeTypedOnTheKeypadChecksInAndTheTicketShows() {
            connectBooking();
            model.checkInTapped();
            type("2026120");
            assertThat(screen(Screen.CheckInEntry.class).digits()).isEqualTo("2026120");
            model.checkInKey('X'); // X only as an ID number's 18th character
            model.checkInKey('4');
            assertThat(screen(Screen.CheckInEntry.class).problem()).isNull();
            model.checkInSubmit();
            FakeHallLink.Sent checkIn = link.last("check-in");
            assertThat(checkIn.arg("code")).isEqualTo("20261204");
            assertThat(checkIn.args().has("idCard")).isFalse();
            assertThat(screen(Screen.Issuing.class).zone().name().zh()).isEqualTo("预约签到");
            FakeHallLink.ok(checkIn, ticket("B007", "natural", false, 2, 600));
            printerThread.runAll();
            assertThat(screen(Screen.TicketShown.class).ticket().number()).isEqualTo("B007");
            assertThat(printer.printed).hasSize(1);
        }

        @Test
        void anIdNumberTypedChecksInByTheNumber() {
            connectBooking();
            model.checkInTapped();
            type(YOUNG_ID);
            model.checkInSubmit();
            FakeHallLink.Sent checkIn = link.last("check-in");
            assertThat(checkIn.arg("idCard")).isEqualTo(YOUNG_ID);
            assertThat(checkIn.args().has("code")).isFalse();
        }

        @Test
        void aWrongLengthOrAWrongIdNumberIsExplainedAndNothingIsSent() {
            connectBooking();
            model.checkInTapped();
            type("12345");
            model.checkInSubmit();
            Msg problem = screen(Screen.CheckInEntry.class).problem();
            assertThat(zh(problem)).isEqualTo("预约码是8位数字，身份证号码是18位，您输入了5位，请核对。");
            assertThat(en(problem)).contains("You typed 5");
            model.checkInClear();
            type(BAD_CHECK_ID);
            model.checkInSubmit();
            assertThat(zh(screen(Screen.CheckInEntry.class).problem())).contains("最后一位");
            assertThat(link.sent("check-in")).isEmpty();
            model.checkInBackspace();
            assertThat(screen(Screen.CheckInEntry.class).digits()).hasSize(17);
            assertThat(screen(Screen.CheckInEntry.class).problem()).isNull();
        }

        @Test
        void aRefusalIsSaidInCitizenWords() {
            connectBooking();
            model.checkInTapped();
            type("20261204");
            model.checkInSubmit();
            FakeHallLink.error(link.last("check-in"), "NOT_FOUND", "UNKNOWN_CODE", "no booking 20261204 today");
            assertThat(zh(screen(Screen.Notice.class).message())).startsWith("没有找到您今天的有效预约");
            model.done();
            assertThat(screen()).isInstanceOf(Screen.Home.class);
        }

        @Test
        void theKeypadLeftAloneGoesHomeAndForgetsTheDigits() {
            connectBooking();
            model.checkInTapped();
            type("2026");
            timers.advance(Duration.ofSeconds(44));
            model.checkInKey('1'); // a touch restarts the idle time
            timers.advance(Duration.ofSeconds(44));
            assertThat(screen(Screen.CheckInEntry.class).digits()).isEqualTo("20261");
            timers.advance(Duration.ofSeconds(1));
            assertThat(screen()).isInstanceOf(Screen.Home.class);
            model.checkInTapped();
            assertThat(screen(Screen.CheckInEntry.class).digits()).isEmpty();
        }

        @Test
        void backFromTheKeypadIsHome() {
            connectBooking();
            model.checkInTapped();
            model.back();
            assertThat(screen()).isInstanceOf(Screen.Home.class);
        }

        @Test
        void withAnIdNumberGivenAlreadyTheButtonChecksInAtOnce() {
            connectBooking();
            model.idEntryTapped();
            for (char c : YOUNG_ID.toCharArray()) {
                model.idKey(c);
            }
            model.idSubmit();
            model.checkInTapped();
            assertThat(link.last("check-in").arg("idCard")).isEqualTo(YOUNG_ID);
        }

        @Test
        void aCardWithABookingWaitingChecksItIn() {
            connectBooking();
            model.idCardRead(OLD_ID);
            FakeHallLink.Sent checkIn = link.last("check-in");
            assertThat(checkIn.arg("idCard")).isEqualTo(OLD_ID);
            FakeHallLink.ok(checkIn, ticket("B003", "natural", false, 0, 0));
            assertThat(screen(Screen.TicketShown.class).ticket().number()).isEqualTo("B003");
            assertThat(link.sent("issue")).isEmpty();
        }

        @Test
        void aCardWithNoBookingNowIsAsAlwaysTheGreenChannelOfferedAtItsAge() {
            connectBooking();
            model.idCardRead(YOUNG_ID);
            FakeHallLink.error(link.last("check-in"), "CONFLICT", "TOO_EARLY", "too early");
            assertThat(screen(Screen.Home.class).maskedId()).isEqualTo(IdNumberText.masked(YOUNG_ID));
            model.zoneTapped("legal");
            assertThat(link.last("issue").arg("idCard")).isEqualTo(YOUNG_ID);
            FakeHallLink.ok(link.last("issue"), ticket("A005", "legal", false, 4, 600));
            printerThread.runAll();
            model.done();
            model.idCardRead(OLD_ID);
            FakeHallLink.error(link.last("check-in"), "NOT_FOUND", "NO_BOOKING", "no booking today");
            Screen.Home home = screen(Screen.Home.class);
            assertThat(home.green()).isTrue();
            assertThat(home.maskedId()).isEqualTo(IdNumberText.masked(OLD_ID));
        }

        @Test
        void inAHallWithoutBookingsACardIsNeverLookedUp() {
            connect();
            model.idCardRead(YOUNG_ID);
            assertThat(link.sent("check-in")).isEmpty();
            assertThat(screen(Screen.Home.class).maskedId()).isEqualTo(IdNumberText.masked(YOUNG_ID));
        }
    }
}
