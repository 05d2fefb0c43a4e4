package hallq.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.IdNumber;
import hallq.protocol.Json;
import hallq.server.hall.HallFile;
import hallq.testkit.ManualClock;
import hallq.testkit.Tools;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /book in headless Chromium at 360x640 against a real demo hall: zone, day, slot, a mistyped ID number explained
 * in plain words, the booking's code, its own link, cancelling it, and the English toggle. Screenshots in
 * target/screenshots/book-*.png. Skipped without Chromium (failed under CI=true, see {@link Tools}).
 */
class BrowserBookTest {
    private WebHall hall;
    private Chromium browser;

    @BeforeEach
    void up() throws Exception {
        Tools.require(Chromium.installed(), "/usr/bin/chromium (Debian chromium) is absent: the booking page test is not run");
        hall = new WebHall(HallFile.demo(), ManualClock.shanghai("2026-11-23T08:00:00"));
    }

    @AfterEach
    void down() throws Exception {
        assertThat(Chromium.closeWithHall(browser, hall)).as("the page's Content-Security-Policy violations")
                .isEmpty();
    }

    private static String click(String selector, int i) {
        return "document.querySelectorAll('" + selector + "')[" + i + "].click()";
    }

    @Test
    void aCitizenBooksSeesTheCodeAndCancelsInChineseAndEnglish() throws Exception {
        browser = Chromium.open(hall.url("/book"), 360, 640);
        Chromium.Cdp page = browser.page();
        JsonNode zones = page.when("document.querySelectorAll('#zones button').length === 2",
                "Array.from(document.querySelectorAll('#zones button')).map(b => b.textContent)");
        assertThat(zones.toString()).contains("自然人服务区", "不动产服务区");
        page.run(click("#zones button", 0));
        page.when("document.querySelectorAll('#days button').length === 8", "true");
        page.run(click("#days button", 1)); // tomorrow
        JsonNode slots = page.when("document.querySelectorAll('#slots button').length === 8",
                "Array.from(document.querySelectorAll('#slots button')).map(b => b.textContent)");
        assertThat(slots.get(0).asText()).isEqualTo("09:00-10:00剩余 10 个");
        assertThat(slots.get(7).asText()).contains("12:00-13:00", "延时");
        page.run(click("#slots button", 0));
        String first17 = "11010519800101001";
        String id = first17 + IdNumber.checkCharacter(first17);
        char wrong = id.charAt(17) == '1' ? '2' : '1';
        page.run("document.getElementById('idCard').value = '" + first17 + wrong + "'");
        page.run(click("#bookBtn", 0));
        JsonNode problem = page.when("document.getElementById('problem').textContent.length > 0",
                "document.getElementById('problem').textContent");
        assertThat(problem.asText()).isEqualTo("身份证号码最后一位不对，请核对后重新输入。");
        page.screenshot(Path.of("target", "screenshots", "book-wrong-id.png"));

        page.run("document.getElementById('idCard').value = '" + id + "'");
        page.run(click("#bookBtn", 0));
        JsonNode code = page.when("!document.getElementById('done').hidden && "
                + "/^[0-9]{8}$/.test(document.getElementById('code').textContent)",
                "document.getElementById('code').textContent");
        JsonNode link = page.run("location.hash");
        assertThat(link.asText()).startsWith("#code=" + code.asText() + "&k=");
        assertThat(page.run("document.getElementById('summary').textContent").asText())
                .isEqualTo("自然人服务区 · 11/24 周二 (2026-11-24) · 09:00-10:00");
        // phone2: the booking's link as a QR code, drawn by the server and shown under the code
        JsonNode qr = page.when("document.getElementById('qr').complete"
                        + " && document.getElementById('qr').naturalWidth > 0 && !document.getElementById('qr').hidden",
                "{w: document.getElementById('qr').naturalWidth, note: document.getElementById('qrNote').textContent,"
                        + " shown: document.getElementById('qr').getBoundingClientRect().width}");
        assertThat(qr.path("w").asInt()).isGreaterThan(100);
        assertThat(qr.path("shown").asInt()).isEqualTo(200);
        assertThat(qr.path("note").asText()).isEqualTo("到大厅后，可在取号机扫描此码签到");
        page.screenshot(Path.of("target", "screenshots", "book-done.png"));
        String key = link.asText().substring(link.asText().indexOf("&k=") + 3);
        JsonNode stored = Json.mapper().readTree(hall.get("/api/bookings/" + code.asText() + "?k=" + key, null).body());
        assertThat(stored.path("booking").path("state").asText()).isEqualTo("booked");

        // the booking's own link, opened again: seen, then cancelled
        page.run("location.reload()");
        page.when("document.getElementById('code').textContent === '" + code.asText() + "'", "true");
        page.run(click("#cancelBtn", 0));
        page.when("document.getElementById('doneTitle').textContent.indexOf('已取消') >= 0", "true");
        assertThat(Json.mapper().readTree(hall.get("/api/bookings/" + code.asText() + "?k=" + key, null).body())
                .path("booking").path("state").asText()).isEqualTo("cancelled");
        page.run(click("#lang", 0));
        JsonNode en = page.when("document.getElementById('doneTitle').textContent.indexOf('cancelled') >= 0",
                "document.body.innerText");
        assertThat(en.asText()).contains("Your booking", "Personal services");
        page.screenshot(Path.of("target", "screenshots", "book-cancelled-en.png"));
    }
}
