package hallq.pad.support;

import hallq.pad.app.PadAssembly;
import hallq.pad.clerk.PadModel;
import hallq.pad.i18n.Texts;
import hallq.pad.link.PadLink;
import hallq.testkit.hall.TestHall;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Window 3's whole pad at 1024×600 on a stage, against a real demo-hall server, with a five-key evaluator on mock
 * GPIO (pins 12, 13, 23, 24, 25 for levels 5 to 1): the rating tests' common ground.
 */
public final class RatingKeysPad implements AutoCloseable {
    public static final String FIVE_KEYS = """
            node: test-pad
            gpio: { provider: mock }
            rating:
              keys:
                - { level: 5, button: { pin: 12, activeLow: false, debounceMs: 5 } }
                - { level: 4, button: { pin: 13, activeLow: false, debounceMs: 5 } }
                - { level: 3, button: { pin: 23, activeLow: false, debounceMs: 5 } }
                - { level: 2, button: { pin: 24, activeLow: false, debounceMs: 5 } }
                - { level: 1, button: { pin: 25, activeLow: false, debounceMs: 5 } }
            """;

    public final TestHall hall;
    public final MockGpio gpio;
    public final PadAssembly pad;
    public final PadModel model;
    public final Scene scene;

    private RatingKeysPad(Stage stage) throws Exception {
        hall = new TestHall();
        gpio = new MockGpio(FIVE_KEYS);
        pad = new PadAssembly(PadLink.to(hall.ws(), "pad-3", "demo-pad-3"), gpio.hardware,
                Texts.forLanguage("zh"), Clock.systemUTC(), PadModel.RATING_TIMEOUT);
        model = pad.model();
        scene = new Scene(pad.root(), 1024, 600);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        pad.start();
    }

    /** Shows the pad on {@code stage} (from a TestFX {@code @Start}) and starts it. */
    public static RatingKeysPad show(Stage stage) throws Exception {
        return new RatingKeysPad(stage);
    }

    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(pad::close).get();
        gpio.close();
        hall.close();
    }
}
