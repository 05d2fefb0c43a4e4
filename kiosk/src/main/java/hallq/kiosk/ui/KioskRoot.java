package hallq.kiosk.ui;

import hallq.kiosk.flow.KioskModel;
import hallq.kiosk.flow.Screen;
import hallq.kiosk.green.GreenConfirmPane;
import hallq.kiosk.home.HomePane;
import hallq.kiosk.i18n.Texts;
import hallq.kiosk.idcard.KeypadPane;
import hallq.kiosk.notice.IssuingPane;
import hallq.kiosk.notice.NoticePane;
import hallq.kiosk.notice.PausePane;
import hallq.kiosk.ticket.TicketPane;
import java.util.Locale;
import javafx.scene.layout.StackPane;

/**
 * The window's content: draws whatever screen the model shows, sized to the window. The root font size
 * follows the window (32 px at 800x480, up to 56 px), and kiosk.css sizes everything in em of it.
 */
public final class KioskRoot extends StackPane implements KioskModel.View {
    /** Body text at the smallest supported screen, 800x480 (or 480x800). */
    public static final double BASE_FONT_PX = 32;
    private static final double MAX_SCALE = 1.75;
    /** Windows less than this many root em tall (800x480 is 15) are compact. */
    private static final double COMPACT_BELOW_EM = 17;

    private final KioskModel model;
    private final boolean readerPresent;
    private Screen screen;
    private Locale language = Texts.CHINESE;
    private ScreenPane pane;
    private boolean portrait;
    private double fontPx = BASE_FONT_PX;

    /** @param readerPresent an ID card reader is attached (the keypad screen then mentions it) */
    public KioskRoot(KioskModel model, boolean readerPresent) {
        this.model = model;
        this.readerPresent = readerPresent;
        getStyleClass().add("kiosk");
        getStylesheets().add(KioskRoot.class.getResource("/hallq/kiosk/ui/kiosk.css").toExternalForm());
        applyFont();
        widthProperty().addListener((o, a, b) -> resized());
        heightProperty().addListener((o, a, b) -> resized());
    }

    /** The root font size in pixels for a window of this size. */
    public static double fontPx(double width, double height) {
        boolean portrait = height > width;
        double scale = Math.min(width / (portrait ? 480 : 800), height / (portrait ? 800 : 480));
        return BASE_FONT_PX * Math.max(1, Math.min(MAX_SCALE, scale));
    }

    private void resized() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double px = Math.floor(fontPx(getWidth(), getHeight()));
        boolean p = getHeight() > getWidth();
        if (px != fontPx || p != portrait) {
            fontPx = px;
            portrait = p;
            applyFont();
            rebuild();
        }
    }

    private void applyFont() {
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.0fpx; -fx-font-family: \"%s\";", fontPx,
                KioskFonts.family()));
    }

    @Override
    public void show(Screen next, Locale lang) {
        boolean sameLanguage = lang.equals(language);
        screen = next;
        language = lang;
        if (sameLanguage && pane != null && pane.update(next, Texts.of(lang))) {
            return;
        }
        rebuild();
    }

    private void rebuild() {
        if (screen == null) {
            return;
        }
        Texts t = Texts.of(language);
        pane = build(screen, t);
        getChildren().setAll(pane.node());
    }

    private ScreenPane build(Screen s, Texts t) {
        // Java 17: no pattern matching in switch yet
        if (s instanceof Screen.Home h) {
            return new HomePane(h, t, model, portrait, compact());
        } else if (s instanceof Screen.GreenConfirm g) {
            return new GreenConfirmPane(g, t, model);
        } else if (s instanceof Screen.IdEntry i) {
            return new KeypadPane(i, t, model, portrait, readerPresent);
        } else if (s instanceof Screen.CheckInEntry c) {
            return KeypadPane.checkIn(c, t, model, portrait, readerPresent);
        } else if (s instanceof Screen.Issuing i) {
            return new IssuingPane(i, t);
        } else if (s instanceof Screen.TicketShown k) {
            return new TicketPane(k, t, model, portrait, compact(), fontPx);
        } else if (s instanceof Screen.Notice n) {
            return new NoticePane(n, t, model);
        } else {
            return new PausePane((Screen.Paused) s, t);
        }
    }

    /** Fewer than 17 root em of height (800x480 has 15): screens leave out what they can spare. */
    private boolean compact() {
        return getHeight() > 0 && getHeight() / fontPx < COMPACT_BELOW_EM;
    }

    public Screen screen() {
        return screen;
    }

    public double rootFontPx() {
        return fontPx;
    }
}
