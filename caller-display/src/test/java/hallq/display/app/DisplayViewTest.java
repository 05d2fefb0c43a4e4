package hallq.display.app;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.display.model.DisplayModel;
import hallq.protocol.Json;
import hallq.protocol.event.Event;
import hallq.protocol.message.Replies.Welcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The newest call on the screen from hand-made events: its lines are the event's {@code announce.zh} and
 * {@code announce.en}.
 */
@ExtendWith(ApplicationExtension.class)
class DisplayViewTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T02:18:12Z"), ZoneOffset.UTC);
    private final DisplayModel model = new DisplayModel();

    @Start
    void start(Stage stage) {
        DisplayView view = new DisplayView(model, Layout.LANDSCAPE, NOW, ZoneId.of("Asia/Shanghai"));
        stage.setScene(new Scene(view.root(), 960, 540));
        stage.show();
    }

    private static String called(long seq, String en) {
        return ("{'event':'called','seq':" + seq + ",'at':'2026-11-22T10:18:02.113+08:00','ticket':{'number':'F003',"
                + "'zone':'pickup','green':false,'state':'called','recalls':0},'counter':{'id':'12','name':'综合出件窗口',"
                + "'nameEn':'Window 12'},'recall':false,'announce':{'zh':'请F003号到综合出件窗口办理','en':'" + en
                + "'}}").replace('\'', '"');
    }

    /** A server message read as the client reads it. */
    private static <T> T read(String json, Class<T> type) throws Exception {
        return Json.strict(Json.mapper().readTree(json), type);
    }

    @Test
    void theEnglishLineIsTheEventsSentence(FxRobot robot) throws Exception {
        model.connected(read(("{'re':'1','ok':true,'role':'display','seq':10,'hall':{'hall':{'name':'大厅'}},"
                + "'snapshot':{'zones':[],'counters':[],'recentCalls':[" + called(9, "Number F003, please go to "
                + "Certificate pick-up") + "]}}").replace('\'', '"'), Welcome.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#newest-en").queryAs(Label.class).getText())
                .isEqualTo("Number F003, please go to Certificate pick-up");
        assertThat(robot.lookup("#newest-window").queryAs(Label.class).getText()).isEqualTo("综合出件窗口");
        assertThat(robot.lookup("#newest-zh").queryAs(Label.class).getText()).isEqualTo("请F003号到综合出件窗口办理");

        model.event(read(called(11, "Number F003, please go to the pick-up desk"), Event.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#newest-en").queryAs(Label.class).getText())
                .isEqualTo("Number F003, please go to the pick-up desk");
    }
}
