package hallq.pad.app;

import hallq.pad.clerk.ClerkScreen;
import hallq.pad.clerk.PadModel;
import hallq.pad.clerk.PadState;
import hallq.pad.i18n.Texts;
import hallq.pad.rating.RatingScreen;
import java.time.Clock;
import java.time.Duration;
import hallq.terminal.time.Ticker;
import hallq.terminal.time.Timers;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The whole pad: the clerk's screen, or, after a finish, the citizen's rating screen in its place (the clerk's
 * controls are then hidden, not just covered). Renders every state the model publishes, and once a second the
 * times that run on.
 */
public final class PadScreen {
    private final PadModel model;
    private final Clock clock;
    private final LinkBanner banner;
    private final ClerkScreen clerk;
    private final RatingScreen rating;
    private final BorderPane clerkSide;
    private final FitToScreen root;
    private final Ticker ticker;
    private final Timers.Cancellable ticking;

    public PadScreen(Texts texts, PadModel model, Clock clock, boolean hasRatingKeys) {
        this.model = model;
        this.clock = clock;
        banner = new LinkBanner(texts);
        clerk = new ClerkScreen(texts, model);
        rating = new RatingScreen(texts, hasRatingKeys, model::rate);
        rating.onReasons(model::toggleReason, model::reasonsDone); // rating (issue 20)
        clerkSide = new BorderPane(clerk.node(), banner.node(), null, null, null);
        StackPane screens = new StackPane(clerkSide, rating.node());
        root = new FitToScreen(screens);
        root.getStylesheets().add(PadScreen.class.getResource("pad.css").toExternalForm());
        root.setStyle("-fx-font-family: '" + PadFonts.family() + "';");
        model.addListener(this::render);
        render(model.state());
        // every second on the wall clock's seconds, not a Timeline: that would keep JavaFX pulsing (see Ticker)
        ticker = new Ticker("pad-ticker", Platform::runLater);
        ticking = ticker.every(Duration.ofSeconds(1), this::tick);
    }

    public Parent root() {
        return root;
    }

    private void render(PadState s) {
        banner.render(s);
        clerk.render(s, clock.instant());
        rating.render(s.rating(), clock.instant());
        clerkSide.setVisible(s.rating() == null);
    }

    private void tick() {
        PadState s = model.state();
        clerk.tick(s, clock.instant());
        rating.render(s.rating(), clock.instant());
    }

    public void stop() {
        ticking.cancel();
        ticker.close();
    }
}
