package hallq.display.app;

import hallq.display.model.Call;
import hallq.display.model.DisplayModel;
import hallq.display.model.DisplayState;
import hallq.display.model.ZoneLine;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import hallq.terminal.time.Ticker;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

/**
 * The big screen. Laid out at the {@link Layout}'s design size (1920x1080 or 1080x1920) and scaled to fit
 * the window. Chinese first, English beside or under it. The newest call is the biggest thing on the screen
 * and blinks for {@link #BLINK} after it arrives; recalls are marked 重呼.
 */
public final class DisplayView {
    public static final Duration BLINK = Duration.seconds(6);
    private static final String CALL_BOX = "-fx-background-color:#0f3878;-fx-background-radius:24;"
            + "-fx-border-color:#ffd23f;-fx-border-width:4;-fx-border-radius:24;";
    /** The bright half of a blink: a lighter ground and a white frame, the number's colour unchanged. */
    private static final String CALL_BOX_LIT = "-fx-background-color:#2a5db0;-fx-background-radius:24;"
            + "-fx-border-color:#ffffff;-fx-border-width:8;-fx-border-radius:24;";
    /** The link banner's texts (both languages in each, as everything on this screen). */
    private static final ResourceBundle BANNER = ResourceBundle.getBundle("hallq.display.i18n.messages", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE",
            java.util.Locale.CHINA);

    private final Layout layout;
    private final Clock clock;
    private final ZoneId zone;
    private final String font;
    private final StackPane root = new StackPane();
    private final Pane design = new Pane();
    private final Label hallName = label("", 52, "#ffffff", true);
    private final Label hallNameEn = label("", 26, "#c9d6ea", false);
    private final Label time = label("", 56, "#ffffff", true);
    private final Label date = label("", 24, "#c9d6ea", false);
    private final Label number = label("", 0, "#ffd23f", true);
    private final Label window = label("", 0, "#ffffff", true);
    private final Label callLine = label("", 0, "#ffffff", false);
    private final Label callLineEn = label("", 0, "#c9d6ea", false);
    private final Label recall = label("重呼  Recall", 36, "#ffffff", true);
    private final Label banner = label(BANNER.getString("link.lost"), 36, "#ffffff", true);
    private final Label idle = label("请留意叫号  Please wait for your number", 54, "#c9d6ea", true);
    private final VBox recent = new VBox();
    private final GridPane zones = new GridPane();
    private final VBox callBox;
    private final Timeline blink;
    private long shownCalls = -1;

    public DisplayView(DisplayModel model, Layout layout, Clock clock, ZoneId zone) {
        this.layout = layout;
        this.clock = clock;
        this.zone = zone;
        this.font = DisplayFonts.family();
        boolean land = layout == Layout.LANDSCAPE;
        restyle(number, 160, true);
        restyle(window, 84, true);
        restyle(callLine, 44, false);
        restyle(callLineEn, 34, false);
        number.setId("newest-number");
        window.setId("newest-window");
        callLine.setId("newest-zh");
        callLineEn.setId("newest-en");
        recall.setId("recall-badge");
        recall.setStyle(recall.getStyle() + "-fx-background-color:#d62828;-fx-background-radius:12;"
                + "-fx-padding:6 26 6 26;");
        banner.setId("link-banner");
        banner.setStyle(banner.getStyle() + "-fx-background-color:#d62828;-fx-padding:10 30 10 30;");
        banner.setMaxWidth(Double.MAX_VALUE);
        time.setId("clock");
        hallName.setId("hall-name");
        recent.setId("recent-list");
        zones.setId("zones");

        design.setPrefSize(layout.width, layout.height);
        design.setMinSize(layout.width, layout.height);
        design.setMaxSize(layout.width, layout.height);
        design.setStyle("-fx-background-color: linear-gradient(to bottom, #0b2a5b, #06183a);");

        VBox titles = new VBox(4, hallName, hallNameEn);
        VBox clockBox = new VBox(0, time, date);
        clockBox.setAlignment(Pos.CENTER_RIGHT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(titles, grow, clockBox);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(18, 40, 18, 40));
        top.setStyle("-fx-background-color:#082049;-fx-border-color:#ffd23f;-fx-border-width:0 0 4 0;");

        number.setMinWidth(Region.USE_PREF_SIZE);
        window.setMinWidth(Region.USE_PREF_SIZE);
        // number → window, big; the sentences under them are the event's (announce), the ones the voice says
        HBox windowLine = new HBox(30, label("→", 84, "#ffd23f", true), window);
        windowLine.setAlignment(Pos.CENTER);
        callBox = new VBox(2, recall, number, windowLine, callLine, callLineEn, idle);
        callBox.setId("newest");
        callBox.setAlignment(Pos.CENTER);
        callBox.setPadding(new Insets(14, 20, 14, 20));
        callBox.setStyle(CALL_BOX);

        VBox recentBox = new VBox(10, heading("最近叫号", "Recent calls"), recent);
        recentBox.setPadding(new Insets(20, 24, 20, 24));
        recentBox.setStyle("-fx-background-color:#0a2752;-fx-background-radius:20;");
        recent.setSpacing(6);

        VBox zoneBox = new VBox(10, heading("等候人数", "Waiting"), zones);
        zoneBox.setPadding(new Insets(16, 24, 16, 24));
        zoneBox.setStyle("-fx-background-color:#0a2752;-fx-background-radius:20;");
        zones.setHgap(16);
        zones.setVgap(12);
        int cols = land ? 5 : 2;
        for (int i = 0; i < cols; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / cols);
            zones.getColumnConstraints().add(c);
        }

        BorderPane page = new BorderPane();
        page.setTop(new VBox(top, banner));
        if (land) {
            callBox.setPrefWidth(1160);
            recentBox.setPrefWidth(680);
            HBox middle = new HBox(24, callBox, recentBox);
            HBox.setHgrow(callBox, Priority.ALWAYS);
            middle.setPadding(new Insets(24, 32, 16, 32));
            page.setCenter(middle);
            BorderPane.setMargin(zoneBox, new Insets(0, 32, 24, 32));
            page.setBottom(zoneBox);
        } else {
            callBox.setPrefHeight(600);
            VBox middle = new VBox(24, callBox, recentBox, zoneBox);
            VBox.setVgrow(recentBox, Priority.ALWAYS);
            middle.setPadding(new Insets(24, 32, 24, 32));
            page.setCenter(middle);
        }
        page.setPrefSize(layout.width, layout.height);
        page.resize(layout.width, layout.height);
        design.getChildren().add(page);

        Scale scale = new Scale(1, 1, 0, 0);
        design.getTransforms().add(scale);
        Pane holder = new Pane(design);
        root.getChildren().add(holder);
        root.setStyle("-fx-background-color:#06183a;");
        root.layoutBoundsProperty().addListener((o, a, b) -> {
            double s = Math.min(b.getWidth() / layout.width, b.getHeight() / layout.height);
            if (s > 0) {
                scale.setX(s);
                scale.setY(s);
                design.setLayoutX((b.getWidth() - layout.width * s) / 2);
                design.setLayoutY((b.getHeight() - layout.height * s) / 2);
            }
        });

        // the call's frame and background blink, never the number: a citizen glancing up must always read it
        blink = new Timeline(new KeyFrame(Duration.millis(500), e -> light(!lit())));
        blink.setCycleCount((int) (BLINK.toMillis() / 500));
        blink.setOnFinished(e -> light(false));

        // the clock on the wall clock's seconds, not a Timeline: that would keep JavaFX pulsing (see Ticker)
        new Ticker("display-clock", Platform::runLater).every(java.time.Duration.ofSeconds(1), this::tick);
        tick();
        render(model.state());
        model.onChange(s -> Platform.runLater(() -> render(model.state())));
    }

    public Parent root() {
        return root;
    }

    public Layout layout() {
        return layout;
    }

    /** Whether the newest number is blinking now. */
    public boolean blinking() {
        return blink.getStatus() == Animation.Status.RUNNING;
    }

    /** Stops a blink at once, the number shown (for a still picture). */
    public void stopBlinking() {
        blink.stop();
        light(false);
    }

    /** Whether the call's frame is lit now (the bright half of a blink). */
    public boolean lit() {
        return CALL_BOX_LIT.equals(callBox.getStyle());
    }

    private void light(boolean on) {
        callBox.setStyle(on ? CALL_BOX_LIT : CALL_BOX);
    }

    private void tick() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        time.setText(TIME.format(now));
        date.setText(DATE.format(now));
    }

    private void render(DisplayState s) {
        hallName.setText(s.hallName());
        hallNameEn.setText(s.hallNameEn());
        banner.setText(BANNER.getString(s.searching() ? "link.searching" : "link.lost"));
        banner.setVisible(!s.connected() && (s.searching() || !s.hallName().isEmpty()));
        banner.setManaged(banner.isVisible());
        Call c = s.newest();
        idle.setVisible(c == null);
        idle.setManaged(c == null);
        for (Node n : new Node[] {number, window.getParent(), callLine, callLineEn}) {
            n.setVisible(c != null);
            n.setManaged(c != null); // else the hidden call lines and the idle line together overflow the page
        }
        recall.setVisible(c != null && c.recall());
        if (c != null) {
            number.setText(c.number());
            window.setText(c.counterName());
            callLine.setText(c.zh()); // the server's sentences, the ones the voice says
            callLineEn.setText(c.en());
        }
        if (shownCalls >= 0 && s.callCount() != shownCalls) {
            blink.playFromStart();
        }
        shownCalls = s.callCount();

        recent.getChildren().clear();
        int max = layout == Layout.LANDSCAPE ? 6 : 5;
        for (int i = 1; i < s.calls().size() && i <= max; i++) { // the first one is the big one
            recent.getChildren().add(recentRow(s.calls().get(i)));
        }
        zones.getChildren().clear();
        int cols = zones.getColumnConstraints().size();
        for (int i = 0; i < s.zones().size(); i++) {
            zones.add(zoneTile(s.zones().get(i)), i % cols, i / cols);
        }
    }

    private Node recentRow(Call c) {
        Label n = label(c.number(), 52, c.green() ? "#7cf29c" : "#ffd23f", true);
        n.setMinWidth(230);
        Label w = label(c.counterName(), 44, "#ffffff", true);
        Label we = label(c.counterNameEn(), 26, "#c9d6ea", false);
        HBox win = new HBox(14, w, we);
        win.setAlignment(Pos.BASELINE_LEFT);
        HBox row = new HBox(20, n, win);
        row.setAlignment(Pos.CENTER_LEFT);
        if (c.recall()) {
            Label r = label("重呼", 30, "#ffffff", true);
            r.setStyle(r.getStyle() + "-fx-background-color:#d62828;-fx-background-radius:8;-fx-padding:2 12 2 12;");
            row.getChildren().add(r);
        }
        row.getStyleClass().add("recent-call");
        row.setId("recent-" + c.number());
        row.setStyle("-fx-border-color:transparent transparent #1f4a8a transparent;-fx-padding:4 0 4 0;");
        return row;
    }

    private Node zoneTile(ZoneLine z) {
        Label name = label(z.name(), 30, "#ffffff", true);
        Label en = label(z.nameEn(), 19, "#c9d6ea", false);
        VBox names = new VBox(0, name, en);
        if (z.greenWaiting() > 0) {
            Label g = label("绿色通道 " + z.greenWaiting() + " Priority", 19, "#06183a", true);
            g.setId("zone-" + z.id() + "-green");
            g.setStyle(g.getStyle() + "-fx-background-color:#2fbf71;-fx-background-radius:8;-fx-padding:0 8 0 8;");
            names.getChildren().add(g);
        }
        Label waiting = label(String.valueOf(z.waiting()), 56, "#ffd23f", true);
        waiting.setId("zone-" + z.id() + "-waiting");
        waiting.setMinWidth(Region.USE_PREF_SIZE);
        Label unit = label("人\nwaiting", 17, "#c9d6ea", false);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox tile = new HBox(8, names, grow, waiting, unit);
        tile.setAlignment(Pos.CENTER_LEFT);
        tile.setPadding(new Insets(6, 14, 6, 14));
        tile.setStyle("-fx-background-color:#123e80;-fx-background-radius:14;");
        return tile;
    }

    private Node heading(String zh, String en) {
        Label a = label(zh, 38, "#ffd23f", true);
        Label b = label(en, 24, "#c9d6ea", false);
        HBox h = new HBox(16, a, b);
        h.setAlignment(Pos.BASELINE_LEFT);
        return h;
    }

    private Label label(String text, double size, String color, boolean bold) {
        Label l = new Label(text);
        l.setUserData(new Object[] {color, bold});
        l.setStyle(style(size, color, bold));
        return l;
    }

    private void restyle(Label l, double size, boolean bold) {
        Object[] d = (Object[]) l.getUserData();
        l.setStyle(style(size, (String) d[0], bold));
    }

    private String style(double size, String color, boolean bold) {
        String f = font == null ? DisplayFonts.family() : font;
        return "-fx-font-family:'" + f + "';-fx-font-size:" + (size > 0 ? size : 12) + "px;-fx-text-fill:" + color
                + ";" + (bold ? "-fx-font-weight:bold;" : "");
    }
}
