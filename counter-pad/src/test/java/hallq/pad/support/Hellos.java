package hallq.pad.support;

import hallq.protocol.ClerkRef;
import hallq.protocol.CounterState;
import hallq.protocol.CounterView;
import hallq.protocol.Snapshot;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import hallq.protocol.ZoneStatus;
import hallq.protocol.event.CounterChanged;
import hallq.protocol.event.Event;
import hallq.protocol.event.EventData;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Role;
import hallq.protocol.message.Replies.Welcome;
import hallq.server.hall.HallFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Hello replies and events as the demo hall's server would send them to pad-3 (window 3: legal, natural; also estate). */
public final class Hellos {
    public static final ClerkRef CLERK = new ClerkRef("1001", "张三");

    private Hellos() {
    }

    public static HallConfig demo() {
        return HallFile.demo();
    }

    /** A one-window hall without clerks (counters act without login). */
    public static HallConfig noClerks() {
        String yaml = """
                hall: { id: tiny, name: 小厅, timezone: Asia/Shanghai }
                zones:
                  - { id: legal, name: 法人服务区, prefix: A }
                counters:
                  - { id: "1", name: 1号窗口, zones: [legal] }
                devices:
                  - { id: pad-1, role: counter, token: "tiny-pad-1", counter: "1" }
                """;
        return HallFile.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "tiny.yaml");
    }

    public static Welcome hello(HallConfig hall, String device, CounterView counter, long seq) {
        List<ZoneStatus> zones = hall.zones().stream()
                .map(z -> new ZoneStatus(z.id(), z.name(), z.nameEn(), z.prefix(), 0, 0, 0)).toList();
        Snapshot snap = new Snapshot(zones, List.of(counter), List.of());
        return new Welcome(Role.COUNTER, hall.device(device).orElseThrow().withoutToken(), hall.withoutSecrets(),
                snap, seq);
    }

    /** pad-3's hello with window 3 in {@code state} (holding {@code ticket} when called or serving). */
    public static Welcome pad3(CounterState state, TicketView ticket) {
        return hello(demo(), "pad-3", counter3(state, ticket), 100);
    }

    public static CounterView counter3(CounterState state, TicketView ticket) {
        ClerkRef clerk = state == CounterState.CLOSED ? null : CLERK;
        return new CounterView("3", "3号窗口", "Window 3", state, ticket, clerk,
                state == CounterState.PAUSED ? "午间休息" : null, 4, 312);
    }

    public static TicketView ticket(String number, String zone, TicketState state) {
        return new TicketView(number, zone, false, state, "2026-11-22", "2026-11-22T09:00:00.000+08:00",
                state == TicketState.WAITING ? null : "2026-11-22T09:12:30.000+08:00", "3", null, null,
                state == TicketState.SERVING || state == TicketState.DONE ? "2026-11-22T09:13:00.000+08:00" : null,
                null, state == TicketState.DONE ? hallq.protocol.Outcome.DONE : null, null, null, 0, null);
    }

    /** An event as the server sends it, at a time of the demo day. */
    public static Event event(long seq, EventData data) {
        return new Event(seq, "2026-11-22T09:30:00.000+08:00", data);
    }

    /** A window's {@code counter} event. */
    public static Event counterEvent(long seq, CounterView counter) {
        return event(seq, new CounterChanged(counter));
    }
}
