package hallq.kiosk.flow;

import hallq.hardware.idcard.IdCardFault;
import hallq.hardware.printer.PrinterException;
import hallq.hardware.printer.PrinterFault;
import hallq.hardware.printer.PrinterStatus;
import hallq.hardware.printer.TicketPrinter;
import hallq.hardware.printer.TicketSlip;
import hallq.hardware.printer.TicketStatusUrl;
import hallq.kiosk.i18n.Bilingual;
import hallq.kiosk.i18n.Msg;
import hallq.kiosk.i18n.Texts;
import hallq.kiosk.idcard.IdNumberText;
import hallq.kiosk.scan.ScannedCode;
import hallq.protocol.IdNumber;
import hallq.protocol.TicketView;
import hallq.protocol.ZoneStatus;
import hallq.protocol.client.HallClient;
import hallq.protocol.client.ServerAddress;
import hallq.protocol.event.Event;
import hallq.protocol.event.QueueChanged;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Zone;
import hallq.protocol.message.Refused;
import hallq.protocol.message.Replies.Issued;
import hallq.protocol.message.Replies.Welcome;
import hallq.protocol.message.Requests;
import hallq.terminal.link.HallLink;
import hallq.terminal.time.Timers;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the kiosk does, without JavaFX: which screen shows, what is sent to the server, when the printer runs
 * and when a screen goes back home. Every method runs on one thread (the JavaFX thread in the app, the test's
 * thread in tests); replies and printer results are handed back to it through {@code modelThread}.
 *
 * <p>Nothing asked for is lost: a ticket asked for while the link drops is shown and printed when the server
 * answers the re-sent request (same id, so it is issued once); a ticket the printer cannot print is still
 * shown, and the fault is reported to the server with op {@code report}.
 */
public final class KioskModel implements HallClient.HallListener {
    private static final Logger log = LoggerFactory.getLogger(KioskModel.class);

    /** Where screens go. */
    @FunctionalInterface
    public interface View {
        void show(Screen screen, Locale language);
    }

    private enum Phase { HOME, GREEN_CONFIRM, ID_ENTRY, ISSUING, TICKET, NOTICE, CHECK_IN }

    private final HallLink link;
    private final TicketPrinter printer;
    private final Executor printerThread;
    private final Executor modelThread;
    private final Timers timers;
    private final Clock clock;
    private final KioskSettings settings;
    private View view = (s, l) -> { };

    // the hall, as the last hello described it
    private HallConfig hall;
    private ZoneId hallZone = ZoneId.of("Asia/Shanghai");
    private final Map<String, Integer> waiting = new HashMap<>();
    private boolean connected;
    private String linkProblem;
    private boolean searching;

    // this citizen's session
    private Phase phase = Phase.HOME;
    private Locale language;
    private boolean green;
    /** The green channel came from the card's age, not a tap: forgetting the card forgets it too. */
    private boolean greenByCard;
    private String idNumber;
    private final StringBuilder idDigits = new StringBuilder();
    private Msg idProblem;
    private ZoneTile chosen;
    private boolean issueGreen;
    private boolean issueSlow;
    private long issueAttempt;
    private IssuedTicket ticket;
    private PrintState print;
    private Msg printNote;
    private Msg notice;
    // check-in (issue 17): what is typed on the 预约取号 keypad, and a card's number tried against today's bookings
    private final StringBuilder checkInDigits = new StringBuilder();
    private Msg checkInProblem;
    /** A card's number whose check-in is asked: a refusal means no booking waits, and the card counts as today. */
    private String cardLookup;

    // the printer, across sessions: a fault stays on the home screen until a ticket prints again
    private PrinterFault printerFault;

    private Timers.Cancellable screenTimer;
    private Timers.Cancellable slowTimer;
    private Screen shown;
    private Locale shownLanguage;

    /**
     * @param printer       null when the kiosk has no printer
     * @param printerThread where printing blocks (never the UI thread)
     * @param modelThread   where replies and print results come back to (the UI thread in the app)
     */
    public KioskModel(HallLink link, TicketPrinter printer, Executor printerThread, Executor modelThread,
                      Timers timers, Clock clock, KioskSettings settings) {
        this.link = link;
        this.printer = printer;
        this.printerThread = printerThread;
        this.modelThread = modelThread;
        this.timers = timers;
        this.clock = clock;
        this.settings = settings;
        this.language = settings.language();
    }

    /** Shows the first screen, starts the link and asks the printer how it is. */
    public void start(View view) {
        this.view = view;
        publish();
        link.start(this);
        if (printer != null) {
            printerThread.execute(this::checkPrinter);
        }
    }

    // ---- the server ------------------------------------------------------------------------------------------

    @Override
    public void connected(Welcome welcome) {
        Optional<ZoneId> zone = hallZone(welcome.hall());
        if (zone.isEmpty()) {
            return;
        }
        hall = welcome.hall();
        hallZone = zone.get();
        waiting.clear();
        if (welcome.snapshot().zones() != null) {
            for (ZoneStatus z : welcome.snapshot().zones()) {
                waiting.put(z.id(), z.waiting());
            }
        }
        connected = true;
        linkProblem = null;
        searching = false;
        log.info("connected to hall '{}' with {} zones", hall.hall().name(), hall.zones().size());
        publish();
    }

    /** A kiosk hears {@code queue} events only; any other kind is passed over. */
    @Override
    public void event(Event event) {
        if (event.data() instanceof QueueChanged q) {
            waiting.put(q.zone(), q.waiting());
            publish();
        }
    }

    /** The hall's time zone (its business day, the ticket's time), or empty when the hall file gives none usable. */
    private static Optional<ZoneId> hallZone(HallConfig hall) {
        String tz = hall.hall() == null ? null : hall.hall().timezone();
        if (tz == null) {
            log.error("hello reply without the hall's time zone");
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(tz));
        } catch (DateTimeException e) {
            log.error("hello reply with an unusable hall time zone '{}': {}", tz, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void disconnected(String why) {
        connected = false;
        linkProblem = why;
        log.warn("no server: {}", why);
        publish();
    }

    @Override
    public void searching(String hallId) {
        searching = true;
        log.info("looking for the hall {} on the network", hallId == null ? "(any)" : hallId);
        publish();
    }

    // ---- the citizen -----------------------------------------------------------------------------------------

    /** A zone button: a ticket at once, or in green-channel mode the one confirmation first. */
    public void zoneTapped(String zoneId) {
        if (!ready() || phase != Phase.HOME) {
            return;
        }
        Optional<ZoneTile> zone = tiles().stream().filter(t -> t.id().equals(zoneId)).findFirst();
        if (zone.isEmpty()) {
            return;
        }
        if (green) {
            chosen = zone.get();
            go(Phase.GREEN_CONFIRM);
        } else {
            issue(zone.get(), false);
        }
    }

    /** The 绿色通道 button on screen, or the physical green-channel key. */
    public void greenTapped() {
        if (phase != Phase.HOME) {
            return;
        }
        green = true;
        go(Phase.HOME);
    }

    public void confirmGreen() {
        if (phase == Phase.GREEN_CONFIRM && ready()) {
            issue(chosen, true);
        }
    }

    /**
     * Rating (issue 20): the confirmation's one tap that says why the ticket is green (老年人, 残疾人, 孕妇, 其他) and
     * takes it; the server keeps the reason for the statistics.
     */
    public void confirmGreen(hallq.protocol.GreenReason reason) {
        if (phase == Phase.GREEN_CONFIRM && ready()) {
            greenReason = reason;
            issue(chosen, true);
        }
    }

    /** Why the ticket being issued is green, said at the confirmation; null when not said (the card's age). */
    private hallq.protocol.GreenReason greenReason;

    /** Back one step: out of the confirmation, the keypad, the green channel, a notice. */
    public void back() {
        switch (phase) {
            case GREEN_CONFIRM, ID_ENTRY, CHECK_IN -> go(Phase.HOME);
            case HOME -> {
                if (green) {
                    green = false;
                    greenByCard = false;
                    go(Phase.HOME);
                }
            }
            case NOTICE -> afterNotice();
            case TICKET -> endSession();
            default -> { }
        }
    }

    /** "完成": the ticket screen (or a notice) is done with. */
    public void done() {
        if (phase == Phase.TICKET) {
            endSession();
        } else if (phase == Phase.NOTICE) {
            afterNotice();
        }
    }

    public void toggleLanguage() {
        if (phase == Phase.ISSUING) {
            return;
        }
        language = Texts.other(language);
        touched();
        publish();
    }

    // ---- the ID number ---------------------------------------------------------------------------------------

    public void idEntryTapped() {
        if (phase != Phase.HOME) {
            return;
        }
        idDigits.setLength(0);
        idProblem = null;
        go(Phase.ID_ENTRY);
    }

    /** A keypad key: a digit, or X (only as the 18th character, where the check character may be X). */
    public void idKey(char c) {
        if (phase != Phase.ID_ENTRY || idDigits.length() >= IdNumber.LENGTH) {
            return;
        }
        char k = Character.toUpperCase(c);
        boolean digit = k >= '0' && k <= '9';
        boolean x = k == 'X' && idDigits.length() == IdNumber.LENGTH - 1;
        if (!digit && !x) {
            return;
        }
        idDigits.append(k);
        // Judge the number the moment it is complete: the citizen still has the card in hand.
        idProblem = idDigits.length() == IdNumber.LENGTH
                ? IdNumberText.problem(idDigits.toString(), today()).orElse(null) : null;
        touched();
        publish();
    }

    public void idBackspace() {
        if (phase == Phase.ID_ENTRY && idDigits.length() > 0) {
            idDigits.setLength(idDigits.length() - 1);
            idProblem = null;
            touched();
            publish();
        }
    }

    public void idClear() {
        if (phase == Phase.ID_ENTRY) {
            idDigits.setLength(0);
            idProblem = null;
            touched();
            publish();
        }
    }

    /** "确定" on the keypad. */
    public void idSubmit() {
        if (phase != Phase.ID_ENTRY) {
            return;
        }
        Optional<Msg> problem = IdNumberText.problem(idDigits.toString(), today());
        if (problem.isPresent()) {
            idProblem = problem.get();
            touched();
            publish();
            return;
        }
        idNumber = idDigits.toString();
        idDigits.setLength(0);
        go(Phase.HOME);
    }

    /** Forget the ID number entered for this citizen. */
    public void clearId() {
        if (phase == Phase.HOME && idNumber != null) {
            idNumber = null;
            if (greenByCard) {
                green = false;
                greenByCard = false;
            }
            go(Phase.HOME);
        }
    }

    /** A card on the reader: its number is used for this citizen, as if typed and confirmed. */
    public void idCardRead(String number) {
        if (phase == Phase.ISSUING) {
            return;
        }
        if (phase == Phase.TICKET || phase == Phase.NOTICE) {
            endSession(); // the next citizen has put their card down
        }
        String n = IdNumber.normalized(number);
        Optional<Msg> problem = IdNumberText.problem(n, today());
        if (problem.isPresent()) {
            idDigits.setLength(0);
            idDigits.append(n, 0, Math.min(n.length(), IdNumber.LENGTH));
            idProblem = problem.get();
            go(Phase.ID_ENTRY);
            return;
        }
        if (!green && takesBookings()) {
            // a booking waiting today (in its check-in window) is checked in instead of a walk-in ticket (issue 19)
            cardLookup = n;
            checkIn(null, n);
            return;
        }
        cardAsToday(n);
    }

    /** The card's number goes into the next ticket, the green channel offered at the hall's green age. */
    private void cardAsToday(String n) {
        idNumber = n;
        if (!green && oldEnoughForGreen(n)) {
            // the hall's green-channel age (policy greenAge, the server's own rule): offered, still confirmed once
            green = true;
            greenByCard = true;
        }
        go(Phase.HOME);
    }

    private boolean oldEnoughForGreen(String number) {
        return hall != null && hall.policy() != null
                && IdNumber.parse(number, today()).ageOn(today()) >= hall.policy().greenAge();
    }

    // ---- readers: what the card reader could not read, and the code scanner --------------------------------

    /**
     * A card the reader could not read: said in plain words over the keypad, which still takes the number. A
     * reader that is gone is the staff's business: reported to the server, the citizen's screen unchanged.
     */
    public void idCardFailed(IdCardFault fault) {
        if (fault == IdCardFault.UNPLUGGED) {
            report(READER_FAULT, "the ID card reader is unplugged or does not answer: ID numbers by keypad only");
            return;
        }
        if (phase != Phase.HOME && phase != Phase.ID_ENTRY) {
            return; // a ticket, a question or a notice on screen stays as it is
        }
        idDigits.setLength(0);
        idProblem = Msg.of(switch (fault) {
            case EXPIRED -> "card.expired";
            case NO_CARD -> "card.moved";
            default -> "card.unreadable";
        });
        go(Phase.ID_ENTRY);
    }

    /** The fault a kiosk reports when its card reader is gone (op {@code report}). */
    public static final String READER_FAULT = "ID_CARD_READER";

    /**
     * A code held under the scanner. Taken on the home screen only: on any other (a ticket, a question, the
     * keypad) it is passed over, so that it never turns into something on that screen.
     */
    public void codeScanned(String raw) {
        if (phase != Phase.HOME || !ready()) {
            log.info("a scanned code passed over on the {} screen", phase); // never the code: it may be a key
            return;
        }
        ScannedCode code = ScannedCode.of(raw);
        if (code instanceof ScannedCode.Case c) {
            pickup(c);
        } else if (code instanceof ScannedCode.Booking b) {
            checkIn(b);
        } else if (code instanceof ScannedCode.Ticket) {
            showNotice(Msg.of("scan.ticket"));
        } else {
            showNotice(Msg.of("scan.unknown"));
        }
    }

    /** A case slip's code: a ticket of the hall's pickup zone for it (contract section 10; the server picks the zone). */
    private void pickup(ScannedCode.Case c) {
        Texts zh = Texts.of(Texts.CHINESE);
        Texts en = Texts.of(Texts.ENGLISH);
        ZoneTile pickup = new ZoneTile("", new Bilingual(zh.text("scan.pickup"), en.text("scan.pickup")), 0);
        send(new Requests.Issue(null, Boolean.FALSE, idNumber, c.ref()), pickup, false);
    }

    /** A booking's code: the booked citizen's check-in (contract section 9), a ticket of the booked zone. */
    private void checkIn(ScannedCode.Booking b) {
        checkIn(b.code(), null);
    }

    /** Op {@code check-in} by the booking's code or by the ID number (one of the two). */
    private void checkIn(String code, String idCard) {
        Texts zh = Texts.of(Texts.CHINESE);
        Texts en = Texts.of(Texts.ENGLISH);
        ZoneTile booked = new ZoneTile("", new Bilingual(zh.text("scan.checkIn"), en.text("scan.checkIn")), 0);
        send(new Requests.CheckIn(code, idCard), booked, false);
    }

    private boolean takesBookings() {
        return hall != null && hall.zones().stream().anyMatch(Zone::takesBookings);
    }

    // ---- the 预约取号 keypad (issue 17): the booking's 8-digit code or the 18-character ID number -----------

    /**
     * The 预约取号 button: with an ID number already given (typed or a card), checked in at once; else the keypad.
     */
    public void checkInTapped() {
        if (!ready() || phase != Phase.HOME || !takesBookings()) {
            return;
        }
        if (idNumber != null) {
            checkIn(null, idNumber);
            return;
        }
        checkInDigits.setLength(0);
        checkInProblem = null;
        go(Phase.CHECK_IN);
    }

    /** A key: a digit, or X as the 18th character of an ID number. */
    public void checkInKey(char c) {
        if (phase != Phase.CHECK_IN || checkInDigits.length() >= IdNumber.LENGTH) {
            return;
        }
        char k = Character.toUpperCase(c);
        boolean digit = k >= '0' && k <= '9';
        boolean x = k == 'X' && checkInDigits.length() == IdNumber.LENGTH - 1;
        if (!digit && !x) {
            return;
        }
        checkInDigits.append(k);
        checkInProblem = null;
        touched();
        publish();
    }

    public void checkInBackspace() {
        if (phase == Phase.CHECK_IN && checkInDigits.length() > 0) {
            checkInDigits.setLength(checkInDigits.length() - 1);
            checkInProblem = null;
            touched();
            publish();
        }
    }

    public void checkInClear() {
        if (phase == Phase.CHECK_IN) {
            checkInDigits.setLength(0);
            checkInProblem = null;
            touched();
            publish();
        }
    }

    /** "确定": a code or an ID number is sent; anything else is explained and nothing is sent. */
    public void checkInSubmit() {
        if (phase != Phase.CHECK_IN || !ready()) {
            return;
        }
        String typed = checkInDigits.toString();
        Optional<Msg> problem = CheckInTyped.problem(typed, today());
        if (problem.isPresent()) {
            checkInProblem = problem.get();
            touched();
            publish();
            return;
        }
        checkInDigits.setLength(0);
        if (CheckInTyped.isCode(typed)) {
            checkIn(typed, null);
        } else {
            checkIn(null, typed);
        }
    }

    // ---- issuing ---------------------------------------------------------------------------------------------

    private void issue(ZoneTile zone, boolean asGreen) {
        // green said either way (false too), as the kiosk always has
        send(new Requests.Issue(zone.id(), Boolean.valueOf(asGreen), idNumber, null,
                asGreen && greenReason != null ? greenReason.wire() : null), zone, asGreen);
        greenReason = null;
    }

    private void send(hallq.protocol.message.Request<Issued> request, ZoneTile zone, boolean asGreen) {
        chosen = zone;
        issueGreen = asGreen;
        issueSlow = false;
        long attempt = ++issueAttempt;
        go(Phase.ISSUING);
        slowTimer = timers.after(settings.slowIssue(), () -> {
            if (phase == Phase.ISSUING && attempt == issueAttempt) {
                issueSlow = true;
                publish();
            }
        });
        link.call(request).whenCompleteAsync((reply, failure) -> issued(attempt, reply, failure), modelThread);
    }

    private void issued(long attempt, Issued reply, Throwable failure) {
        Throwable why = cause(failure);
        if (phase != Phase.ISSUING || attempt != issueAttempt) {
            log.warn("a late issue reply nobody waits for: {}", why != null ? why.toString() : reply);
            return;
        }
        cancel(slowTimer);
        String card = cardLookup;
        cardLookup = null;
        if (card != null && why != null) {
            // no booking of this card's holder to check in now (or no answer): the card counts as it always has
            log.info("a card laid with no booking to check in: {}", why instanceof Refused r ? r.reason() : why.toString());
            cardAsToday(card);
            return;
        }
        if (why instanceof Refused refused) {
            log.info("issue refused: {}", refused.toString());
            showNotice(IssueRefusal.message(refused, hall, chosen));
            return;
        }
        if (why != null) {
            // a timeout, an overflow, a reply not the contract's shape: nothing the citizen can act on
            log.error("issue failed: {}", why.toString());
            showNotice(Msg.of("notice.internal"));
            return;
        }
        ticket = issuedTicket(reply.ticket(), reply.key());
        log.info("issued {} in {}{}", ticket.number(), ticket.zoneId(), ticket.green() ? " (green channel)" : "");
        if (printer == null) {
            print = PrintState.NO_PRINTER;
            printNote = Msg.of("ticket.print.none");
        } else {
            print = PrintState.PRINTING;
            printNote = Msg.of("ticket.print.printing");
            TicketSlip slip = slip(ticket);
            IssuedTicket printing = ticket;
            printerThread.execute(() -> {
                try {
                    printer.print(slip);
                    modelThread.execute(() -> printed(printing, null));
                } catch (PrinterException e) {
                    modelThread.execute(() -> printed(printing, e));
                } catch (RuntimeException e) {
                    modelThread.execute(() -> printed(printing,
                            new PrinterException(PrinterFault.PRINTER_ERROR, e.toString(), e)));
                }
            });
        }
        go(Phase.TICKET);
    }

    private IssuedTicket issuedTicket(TicketView t, String key) {
        Bilingual zoneName = hall.zone(t.zone()).map(z -> new Bilingual(z.name(), z.nameEn()))
                .orElse(chosen == null ? new Bilingual(t.zone(), null) : chosen.name());
        LocalDate day = t.day() != null ? LocalDate.parse(t.day()) : today();
        ZonedDateTime at = t.issuedAt() != null ? OffsetDateTime.parse(t.issuedAt()).atZoneSameInstant(hallZone)
                : ZonedDateTime.now(clock.withZone(hallZone));
        return new IssuedTicket(t.number(), t.zone(), zoneName, t.green(), day, at,
                t.ahead() == null ? 0 : t.ahead(), t.estimatedWaitSec(),
                TicketStatusUrl.of(statusBase(), t.number(), day, key));
    }

    /**
     * The QR code's base: the kiosk's own option, else the hall file's {@code hall.publicUrl} (where phones reach the
     * server through the hall's reverse proxy; contract section 8), else the server's own address (found by mDNS).
     */
    private String statusBase() {
        if (settings.statusBase() != null) {
            return settings.statusBase();
        }
        if (hall != null && hall.hall() != null && hall.hall().publicUrl() != null) {
            return hall.hall().publicUrl();
        }
        String base = link.serverBase(); // known: a ticket is only issued over a live link
        return base != null ? base : "http://127.0.0.1:" + ServerAddress.DEFAULT_PORT;
    }

    private TicketSlip slip(IssuedTicket t) {
        Texts zh = Texts.of(Texts.CHINESE);
        Texts en = Texts.of(Texts.ENGLISH);
        return TicketSlip.builder()
                .hallName(hall.hall().name())
                .number(t.number())
                .zone(t.zoneId(), t.zoneName().zh(), t.zoneName().en())
                .green(t.green())
                .day(t.day())
                .issuedAt(t.issuedAt())
                .ahead(t.ahead())
                .estimatedWaitSec(t.estimatedWaitSec() == null ? 0 : t.estimatedWaitSec())
                .statusUrl(t.statusUrl())
                .notice(zh.text("slip.notice") + " " + en.text("slip.notice"))
                .build();
    }

    private void printed(IssuedTicket which, PrinterException failure) {
        if (failure == null) {
            if (printerFault != null) {
                log.info("printer works again");
            }
            printerFault = null;
        } else {
            printerFault = failure.fault() == null ? PrinterFault.PRINTER_ERROR : failure.fault();
            log.error("ticket {} not printed: {}", which.number(), failure.getMessage());
            report(printerFault, "ticket " + which.number() + " (" + which.zoneId()
                    + ") issued and shown on screen but not printed: " + failure.getMessage());
        }
        if (phase != Phase.TICKET || ticket != which) {
            publish(); // the citizen has gone on; the home screen's printer notice may change
            return;
        }
        if (failure == null) {
            print = PrintState.PRINTED;
            printNote = Msg.of("ticket.print.done");
        } else {
            print = PrintState.FAILED;
            printNote = Msg.of("ticket.print.failed", faultText(printerFault));
            // longer on screen: this citizen has to note the number instead of taking the paper
            armScreenTimer(settings.ticketShownNoPaper(), this::endSession);
        }
        publish();
    }

    private void checkPrinter() {
        PrinterFault fault;
        String detail;
        try {
            PrinterStatus s = printer.status();
            fault = s.isReady() ? null : s.mainFault();
            detail = "printer reports " + s.faults() + " at kiosk start";
        } catch (PrinterException e) {
            fault = e.fault();
            detail = e.getMessage();
        } catch (RuntimeException e) {
            fault = PrinterFault.PRINTER_ERROR;
            detail = e.toString();
        }
        if (fault != null) {
            PrinterFault f = fault;
            String d = detail;
            modelThread.execute(() -> {
                printerFault = f;
                report(f, d);
                publish();
            });
        }
    }

    private void report(PrinterFault fault, String message) {
        report(fault.name(), message);
    }

    private void report(String fault, String message) {
        link.call(new Requests.Report(fault, message)).whenComplete((done, e) -> {
            if (e != null) {
                log.warn("the server did not take the {} report: {}", fault, cause(e).toString());
            }
        });
    }

    /** The failure itself: a future built on the link's call hands it over wrapped. */
    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static Msg faultText(PrinterFault fault) {
        return Msg.of("print.fault." + fault.name());
    }

    // ---- screens and timers ----------------------------------------------------------------------------------

    private void showNotice(Msg msg) {
        notice = msg;
        go(Phase.NOTICE);
    }

    private void afterNotice() {
        // a refused ticket ends the green channel and the ID number; the language stays for the retry
        green = false;
        greenByCard = false;
        idNumber = null;
        go(Phase.HOME);
    }

    /** Back to a fresh home screen for the next citizen: no green channel, no ID number, the default language. */
    private void endSession() {
        green = false;
        greenByCard = false;
        idNumber = null;
        idDigits.setLength(0);
        idProblem = null;
        checkInDigits.setLength(0);
        checkInProblem = null;
        ticket = null;
        notice = null;
        language = settings.language();
        go(Phase.HOME);
    }

    private void go(Phase next) {
        phase = next;
        switch (next) {
            case HOME -> {
                if (sessionStarted()) {
                    armScreenTimer(settings.idle(), this::endSession);
                } else {
                    cancel(screenTimer);
                }
            }
            case GREEN_CONFIRM, ID_ENTRY, CHECK_IN -> armScreenTimer(settings.idle(), this::endSession);
            case ISSUING -> cancel(screenTimer);
            case TICKET -> armScreenTimer(settings.ticketShown(), this::endSession);
            case NOTICE -> armScreenTimer(settings.noticeShown(), this::afterNotice);
        }
        publish();
    }

    /** A touch on a screen that waits for the citizen restarts its idle time. */
    private void touched() {
        if (phase == Phase.HOME || phase == Phase.GREEN_CONFIRM || phase == Phase.ID_ENTRY || phase == Phase.CHECK_IN) {
            go(phase);
        }
    }

    private boolean sessionStarted() {
        return green || idNumber != null || !language.equals(settings.language());
    }

    private void armScreenTimer(java.time.Duration d, Runnable then) {
        cancel(screenTimer);
        Phase armedIn = phase;
        Timers.Cancellable[] self = new Timers.Cancellable[1];
        self[0] = timers.after(d, () -> {
            if (screenTimer == self[0] && phase == armedIn) {
                screenTimer = null;
                then.run();
            }
        });
        screenTimer = self[0];
    }

    private static void cancel(Timers.Cancellable c) {
        if (c != null) {
            c.cancel();
        }
    }

    private boolean ready() {
        return connected && hall != null;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(hallZone));
    }

    private List<ZoneTile> tiles() {
        List<ZoneTile> out = new ArrayList<>();
        if (hall != null) {
            for (Zone z : hall.zones()) {
                out.add(new ZoneTile(z.id(), new Bilingual(z.name(), z.nameEn()), waiting.getOrDefault(z.id(), 0)));
            }
        }
        return out;
    }

    /** The screen for the present state: the ticket stays up when the link drops, everything else pauses. */
    public Screen screen() {
        if (phase == Phase.TICKET) {
            return new Screen.TicketShown(ticket, print, printNote);
        }
        if (!ready()) {
            return new Screen.Paused(phase == Phase.ISSUING, linkProblem, searching && !connected);
        }
        return switch (phase) {
            case HOME -> new Screen.Home(tiles(), green, idNumber == null ? null : IdNumberText.masked(idNumber),
                    printerFault == null ? null : faultText(printerFault), takesBookings());
            case CHECK_IN -> new Screen.CheckInEntry(checkInDigits.toString(), checkInProblem);
            case GREEN_CONFIRM -> new Screen.GreenConfirm(chosen, greenByCard);
            case ID_ENTRY -> new Screen.IdEntry(idDigits.toString(), idProblem);
            case ISSUING -> new Screen.Issuing(chosen, issueGreen, issueSlow);
            case NOTICE -> new Screen.Notice(notice);
            case TICKET -> throw new IllegalStateException();
        };
    }

    public Locale language() {
        return language;
    }

    /** The hall of the last hello, or null before the first. */
    public HallConfig hall() {
        return hall;
    }

    private void publish() {
        Screen s = screen();
        // unchanged screens are not redrawn: a finger on a button must not lose its button to a queue event
        if (s.equals(shown) && language.equals(shownLanguage)) {
            return;
        }
        shown = s;
        shownLanguage = language;
        view.show(s, language);
    }
}
