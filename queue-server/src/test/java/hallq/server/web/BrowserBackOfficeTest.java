package hallq.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.net.WsClient;
import hallq.testkit.ManualClock;
import hallq.testkit.Tools;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The back office's page (cases, issue 18) in headless Chromium on the demo hall: its cases by due date with
 * 已超期 and 即将到期 marked, and 办结待取 marking one ready through the API. Screenshot in target/screenshots.
 */
class BrowserBackOfficeTest {
    private final ManualClock clock = ManualClock.shanghai("2026-12-03T09:00:00"); // a Thursday
    private WebHall hall;
    private Chromium browser;
    private WsClient pad;

    @BeforeEach
    void up() throws Exception {
        Tools.require(Chromium.installed(), "/usr/bin/chromium is absent: the back office's page is not tested");
        hall = new WebHall(clock);
        pad = WsClient.hello(hall.port, "pad-1", "demo-pad-1");
        ok(pad.request("login", "clerk", "1001", "pin", "4821"));
    }

    @AfterEach
    void down() throws Exception {
        if (pad != null) {
            pad.close();
        }
        assertThat(Chromium.closeWithHall(browser, hall)).as("Content-Security-Policy violations").isEmpty();
    }

    private static JsonNode ok(JsonNode reply) {
        assertThat(reply.path("ok").asBoolean()).as(reply.toString()).isTrue();
        return reply;
    }

    private String accepted(String due) throws Exception {
        hall.issue("legal", false);
        ok(pad.request("call-next"));
        ok(pad.request("start"));
        return ok(pad.request("finish", "outcome", "accepted", "dueDate", due)).path("case").path("id").asText();
    }

    @Test
    void theListMarksOverdueAndSoonAndReadyTakesACaseOffIt() throws Exception {
        String overdue = accepted("2026-12-03");
        String soon = accepted("2026-12-04");
        String later = accepted("2026-12-21");
        clock.set(ManualClock.shanghai("2026-12-04T09:00:00").instant()); // the first is past its date now

        browser = Chromium.open(hall.url("/backoffice#token=demo-backoffice"), 1280, 720);
        Chromium.Cdp page = browser.page();
        JsonNode rows = page.when("document.querySelectorAll('#cases tbody tr').length === 3",
                "Array.from(document.querySelectorAll('#cases tbody tr'))"
                + ".map(function (r) { return r.cells[0].textContent + '|' + r.cells[3].textContent; })");
        assertThat(rows.toString()).isEqualTo("[\"" + overdue + "|2026-12-03已超期\",\""
                + soon + "|2026-12-04即将到期\",\"" + later + "|2026-12-21\"]");
        assertThat(page.when("true", "location.hash").asText()).as("the token is out of the address").isEmpty();
        page.screenshot(Path.of("target", "screenshots", "backoffice.png"));

        page.run("document.querySelectorAll('#cases tbody tr')[2].cells[5].querySelector('button').click()");
        page.when("document.querySelectorAll('#cases tbody tr').length === 2", "true");
        JsonNode list = Json.mapper().readTree(hall.get("/api/cases?state=ready", "demo-backoffice").body());
        assertThat(list.path("cases").get(0).path("id").asText()).isEqualTo(later);
    }

    @Test
    void theCitizensPageShowsTheStateAndDueDateWithTheKeyAndNothingWithout() throws Exception {
        hall.issue("legal", false);
        ok(pad.request("call-next"));
        ok(pad.request("start"));
        JsonNode c = ok(pad.request("finish", "outcome", "accepted", "dueDate", "2026-12-10")).path("case");
        String id = c.path("id").asText();
        java.net.http.HttpResponse<String> ready = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(hall.url("/api/cases/" + id + "/ready")))
                        .header("Authorization", "Bearer demo-backoffice")
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        browser = Chromium.open(hall.url("/c/" + id + "?k=" + c.path("key").asText()), 412, 860);
        Chromium.Cdp page = browser.page();
        JsonNode shown = page.when("document.getElementById('v-id').textContent === '" + id + "'",
                "document.getElementById('state').textContent + '|' + document.getElementById('v-due').textContent");
        assertThat(shown.asText()).isEqualTo("已办结，请到综合出件窗口领取|2026-12-10");
        page.screenshot(Path.of("target", "screenshots", "case-page.png"));
        page.run("location.href = '/c/" + id + "?k=wrongwrongwrongwrongwr'");
        JsonNode refused = page.when("document.getElementById('state').textContent === '该页面不可用'",
                "document.getElementById('v-id').textContent");
        assertThat(refused.asText()).isEmpty();
    }

    /** Cases2 (issue 18): the page is live: the back office's change shows without a reload (the page no longer polls). */
    @Test
    void theCitizensPageFollowsTheBackOfficeLive() throws Exception {
        hall.issue("legal", false);
        ok(pad.request("call-next"));
        ok(pad.request("start"));
        JsonNode c = ok(pad.request("finish", "outcome", "accepted", "dueDate", "2026-12-10")).path("case");
        String id = c.path("id").asText();
        browser = Chromium.open(hall.url("/c/" + id + "?k=" + c.path("key").asText()), 412, 860);
        Chromium.Cdp page = browser.page();
        page.when("document.getElementById('state').textContent === '审批中'", "true");
        page.run("window.hallqMark = 1; true"); // gone if the page were loaded again
        java.net.http.HttpResponse<String> ready = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(hall.url("/api/cases/" + id + "/returned")))
                        .header("Authorization", "Bearer demo-backoffice")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"reason\":\"材料不符合要求\"}"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        JsonNode shown = page.when("document.getElementById('state').textContent === '已退件'",
                "window.hallqMark + '|' + document.getElementById('v-extra').textContent");
        assertThat(shown.asText()).isEqualTo("1|材料不符合要求");
        page.screenshot(Path.of("target", "screenshots", "case-page-live.png"));
        java.net.http.HttpResponse<String> wrong = hall.get("/c/" + id + "/events?k=wrongwrongwrongwrongwr", null);
        assertThat(wrong.statusCode()).as("a wrong key: nothing of the case").isEqualTo(404);
        assertThat(wrong.body()).doesNotContain(id).contains("NOT_AVAILABLE");
    }
}
