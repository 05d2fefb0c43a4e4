package hallq.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScannedCodeTest {

    @Test
    void aBookingsEightDigitsAndItsLinks() {
        assertThat(ScannedCode.of("20261204")).isEqualTo(new ScannedCode.Booking("20261204"));
        // phone2: the QR on /book's result is the booking's own link, code and key in the fragment
        assertThat(ScannedCode.of("https://zwfw.example.gov.cn/hallq/book#code=83841839&k=GZ_I_td6eGCzraJt9kgFVg"))
                .isEqualTo(new ScannedCode.Booking("83841839"));
        assertThat(ScannedCode.of("http://127.0.0.1:7700/book#code=8384&k=x")).isEqualTo(new ScannedCode.Unknown());
        assertThat(ScannedCode.of(" 00004711\r")).isEqualTo(new ScannedCode.Booking("00004711"));
        assertThat(ScannedCode.of("https://zwfw.example.gov.cn/hallq/book?code=12345678&k=x"))
                .isEqualTo(new ScannedCode.Booking("12345678"));
        assertThat(ScannedCode.of("http://10.0.0.2:7700/bookings/12345678"))
                .isEqualTo(new ScannedCode.Booking("12345678"));
        assertThat(ScannedCode.of("1234567")).isInstanceOf(ScannedCode.Unknown.class);
    }

    @Test
    void aCaseByItsIdOrItsSlipsLink() {
        assertThat(ScannedCode.of("20261203-A007")).isEqualTo(new ScannedCode.Case("20261203-A007", null));
        ScannedCode.Case c = (ScannedCode.Case) ScannedCode.of(
                "https://zwfw.example.gov.cn/hallq/c/20261203-A007?k=Qm9va2luZ0tleTAwMDAx");
        assertThat(c.id()).isEqualTo("20261203-A007");
        assertThat(c.ref()).as("the key, which shows the slip was in hand").isEqualTo("Qm9va2luZ0tleTAwMDAx");
        ScannedCode.Case noKey = (ScannedCode.Case) ScannedCode.of("http://h/c/20261203-B1000?k=abc");
        assertThat(noKey.ref()).as("a key that is no key is not sent").isEqualTo("20261203-B1000");
    }

    @Test
    void aTicketsOwnQrAndEverythingElse() {
        assertThat(ScannedCode.of("http://10.0.0.2:7700/t/2026-11-22/A001?k=abcdefghijklmnop"))
                .isInstanceOf(ScannedCode.Ticket.class);
        for (String other : new String[] {"", "hello", "110101199003070021", "ftp://h/c/20261203-A007",
                "https://example.com/", "http://h/c/../../etc/passwd", "http://h/c/20261203-A007?k=<script>",
                "2".repeat(201)}) {
            assertThat(ScannedCode.of(other)).as(other).isInstanceOf(ScannedCode.Unknown.class);
        }
        assertThat(ScannedCode.of(null)).isInstanceOf(ScannedCode.Unknown.class);
    }
}
