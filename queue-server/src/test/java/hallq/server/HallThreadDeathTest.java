package hallq.server;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.server.health.Supervisor;
import hallq.testkit.ChildServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hall thread dying of an OutOfMemoryError in a child JVM ends the process at once with one line and status 70,
 * so systemd (Restart=on-failure) starts it again: the hall is back, with every acknowledged ticket.
 */
class HallThreadDeathTest {
    private static final Duration START = Duration.ofSeconds(30);
    @TempDir
    Path dir;

    @Test
    void aDeadHallThreadEndsTheProcessAndTheHallComesBack() throws Exception {
        Path hall = ChildHall.hallFile(dir);
        String[] args = {"--config", hall.toString(), "--data", dir.resolve("data").toString()};
        long diedAfterNanos;
        try (ChildServer dying = ChildHall.server(dir, DyingHallMain.class, args)) {
            int port = dying.awaitPort(START);
            assertThat(ChildHall.issue(port).statusCode()).isEqualTo(201);
            long t0 = System.nanoTime();
            dying.jvm().stdin().write("die\n".getBytes(StandardCharsets.UTF_8));
            dying.jvm().stdin().flush();
            assertThat(dying.jvm().awaitExit(Duration.ofSeconds(20))).isEqualTo(Supervisor.EXIT_STATUS);
            diedAfterNanos = System.nanoTime() - t0;
            assertThat(dying.jvm().stderr()).anyMatch(l -> l.startsWith("HallQ stopping: thread 'hall'")
                    && l.contains("OutOfMemoryError"));
        }
        // what systemd does next: start it again on the same data
        try (ChildServer again = ChildHall.server(dir, args)) {
            int port = again.awaitPort(START);
            long backAfterNanos = again.startNanos();
            HttpResponse<String> next = ChildHall.issue(port);
            assertThat(next.statusCode()).isEqualTo(201);
            assertThat(next.body()).as("the acknowledged A001 survived").contains("\"number\":\"A002\"");
            System.out.printf("HallThreadDeathTest: process ended %d ms after the hall thread's death, "
                    + "listening again %d ms after the restart%n", diedAfterNanos / 1_000_000,
                    backAfterNanos / 1_000_000);
        }
    }
}
