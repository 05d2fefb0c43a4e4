package hallq.protocol.sign;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.protocol.CounterState;
import hallq.protocol.CounterView;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import org.junit.jupiter.api.Test;

/** What a window's sign says in each state of the window, on a Chinese (16-dot) and a Latin (8-dot) sign. */
class WindowSignTest {
    private static TicketView ticket(String number, TicketState state, int recalls) {
        return new TicketView(number, "legal", false, state, "2026-11-22", null, null, "3", null, null, null, null,
                null, null, null, recalls, null);
    }

    private static CounterView window(CounterState state, TicketView ticket) {
        return new CounterView("3", "3号窗口", "Window 3", state, ticket, null, null, 0, null);
    }

    @Test
    void aSixteenDotSignSaysItInChinese() {
        WindowSign sign = WindowSign.forHeight(16);
        assertThat(sign.text(window(CounterState.CALLED, ticket("A007", TicketState.CALLED, 0)))).isEqualTo("请A007");
        assertThat(sign.text(window(CounterState.CALLED, ticket("A007", TicketState.CALLED, 2)))).isEqualTo("重呼A007");
        assertThat(sign.text(window(CounterState.SERVING, ticket("A007", TicketState.SERVING, 1)))).isEqualTo("A007");
        assertThat(sign.text(window(CounterState.PAUSED, null))).isEqualTo("暂停服务");
        assertThat(sign.text(window(CounterState.IDLE, null))).isEmpty();
        assertThat(sign.text(window(CounterState.CLOSED, null))).isEmpty();
    }

    @Test
    void anEightDotSignSaysItInLatinLetters() {
        WindowSign sign = WindowSign.forHeight(8);
        assertThat(sign.text(window(CounterState.CALLED, ticket("VA012", TicketState.CALLED, 0)))).isEqualTo("VA012");
        assertThat(sign.text(window(CounterState.CALLED, ticket("VA012", TicketState.CALLED, 1)))).isEqualTo("!VA012!");
        assertThat(sign.text(window(CounterState.SERVING, ticket("VA012", TicketState.SERVING, 0)))).isEqualTo("VA012");
        assertThat(sign.text(window(CounterState.PAUSED, null))).isEqualTo("--");
        assertThat(sign.text(window(CounterState.IDLE, null))).isEmpty();
    }

    @Test
    void aWindowNotHeardOfOrWithoutItsTicketIsDark() {
        WindowSign sign = WindowSign.forHeight(16);
        assertThat(sign.text(null)).isEmpty();
        assertThat(sign.text(window(null, null))).isEmpty();
        assertThat(sign.text(window(CounterState.CALLED, null))).isEmpty();
    }
}
