package hallq.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.net.WsClient;
import hallq.testkit.Tools;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ticket's page (/t/{day}/{number}?k=) in headless Chromium at a phone's 360x640 against a real demo hall: the
 * waiting ticket's place, the page following the ticket through called, in English too, and finished without a
 * reload, the phone vibrating once at the call; a wrong key shows only "page not available". Screenshots land in
 * target/screenshots/ticket-*.png.
 */
class BrowserTicketPageTest {
    private WebHall hall;
    private Chromium browser;

    @BeforeEach
    void up() throws Exception {
        Tools.require(Chromium.installed(),
                "/usr/bin/chromium (Debian chromium) is absent: the browser ticket page test is not run");
        hall = new WebHall(Clock.systemUTC());
    }

    @AfterEach
    void down() throws Exception {
        assertThat(Chromium.closeWithHall(browser, hall)).as("the page's Content-Security-Policy violations")
                .isEmpty();
    }

    /** {number, day, key} of a ticket from the demo kiosk. */
    private String[] issue(String zone) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(hall.url("/api/tickets")))
                .header("Authorization", "Bearer " + WebHall.KIOSK)
                .POST(HttpRequest.BodyPublishers.ofString("{\"zone\":\"" + zone + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode n = Json.mapper().readTree(r.body());
        return new String[] {n.path("ticket").path("number").asText(), n.path("ticket").path("day").asText(),
                n.path("key").asText()};
    }

    private static String text(String id) {
        return "document.getElementById('" + id + "').textContent";
    }

    private static final String SHOWN = "{state: " + text("state") + ", number: " + text("number") + ", zone: "
            + text("zone") + ", ahead: " + text("ahead") + ", wait: " + text("wait") + ", call: " + text("call")
            + ", outcome: " + text("outcome") + ", marker: window.sameDocument === 1, vibrated: window.vibrated || 0,"
            + " wide: document.documentElement.scrollWidth, callBottom: document.getElementById('call')"
            + ".getBoundingClientRect().bottom}";

    @Test
    void thePageFollowsTheTicketFromWaitingToCalledToDoneWithoutAReload() throws Exception {
        String[] first = issue("legal");
        String[] mine = issue("legal");
        browser = Chromium.open(hall.url("/t/" + mine[1] + "/" + mine[0] + "?k=" + mine[2]), 360, 640);
        Chromium.Cdp page = browser.page();
        WsClient pad3 = WsClient.hello(hall.port, "pad-3", "demo-pad-3");
        try {
            JsonNode waiting = page.when(text("ahead") + " === '前面还有 1 人'", SHOWN);
            assertThat(waiting.path("number").asText()).isEqualTo(mine[0]);
            assertThat(waiting.path("zone").asText()).isEqualTo("法人服务区");
            assertThat(waiting.path("state").asText()).isEqualTo("等候中");
            assertThat(waiting.path("wait").asText()).startsWith("预计");
            assertThat(waiting.path("wide").asInt()).as("nothing to scroll sideways on a phone").isLessThanOrEqualTo(360);
            // a mark in this document, and the vibration recorded: the page must follow without being reloaded
            page.run("window.sameDocument = 1; navigator.vibrate = p => { window.vibrated = (window.vibrated || 0) + 1;"
                    + " return true; }; 1");
            page.screenshot(Path.of("target", "screenshots", "ticket-waiting.png"));

            assertThat(pad3.request("login", "clerk", "1001", "pin", "4821").path("ok").asBoolean()).isTrue();
            assertThat(pad3.request("call-next").path("ticket").path("number").asText()).isEqualTo(first[0]);
            page.when(text("ahead") + " === '下一位就是您'", "true");
            pad3.request("finish", "outcome", "done");
            assertThat(pad3.request("call-next").path("ticket").path("number").asText()).isEqualTo(mine[0]);
            JsonNode called = page.when(text("state") + " === '请您前往窗口'", SHOWN);
            assertThat(called.path("call").asText()).isEqualTo("请" + mine[0] + "号到3号窗口办理");
            assertThat(called.path("marker").asBoolean()).as("not reloaded").isTrue();
            assertThat(called.path("vibrated").asInt()).as("the phone vibrates once at the call").isEqualTo(1);
            assertThat(called.path("ahead").asText()).isEmpty();
            assertThat(called.path("callBottom").asDouble()).as("the window in sight at 640").isLessThanOrEqualTo(640);
            page.screenshot(Path.of("target", "screenshots", "ticket-called.png"));

            page.run("document.getElementById('lang').click(); 1");
            JsonNode english = page.when(text("state") + " === 'Please go to the window'", SHOWN);
            assertThat(english.path("call").asText()).isEqualTo("Number " + mine[0] + ", please go to Window 3");
            assertThat(english.path("zone").asText()).isEqualTo("Business services");
            page.screenshot(Path.of("target", "screenshots", "ticket-called-en.png"));
            page.run("document.getElementById('lang').click(); 1");

            pad3.request("start");
            pad3.request("finish", "outcome", "accepted", "dueDate", "2026-12-31");
            JsonNode done = page.when(text("state") + " === '已办结'", SHOWN);
            assertThat(done.path("outcome").asText()).contains("已受理", "承诺办结日期：2026-12-31");
            assertThat(done.path("call").asText()).isEmpty();
            assertThat(done.path("marker").asBoolean()).isTrue();
            assertThat(done.path("vibrated").asInt()).isEqualTo(1);
            page.screenshot(Path.of("target", "screenshots", "ticket-done.png"));
        } finally {
            page.close();
            pad3.close();
        }
    }

    @Test
    void aWrongKeyShowsOnlyThatThePageIsNotAvailable() throws Exception {
        String[] t = issue("natural");
        browser = Chromium.open(hall.url("/t/" + t[1] + "/" + t[0] + "?k=" + "x".repeat(22)), 360, 640);
        Chromium.Cdp page = browser.page();
        JsonNode shown = page.when("document.readyState === 'complete'", "document.body.innerText");
        assertThat(shown.asText()).contains("页面不可用", "This page is not available").doesNotContain(t[0], "自然人");
        page.screenshot(Path.of("target", "screenshots", "ticket-unavailable.png"));
        page.close();
    }
}
