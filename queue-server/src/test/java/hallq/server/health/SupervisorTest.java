package hallq.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SupervisorTest {
    private static int statusAfterDeath(String threadName, Throwable failure) throws Exception {
        CompletableFuture<Integer> ended = new CompletableFuture<>();
        Supervisor s = new Supervisor(ended::complete);
        Thread t = new Thread(() -> {
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) failure;
        }, threadName);
        t.setUncaughtExceptionHandler(s);
        t.start();
        t.join(10_000);
        return ended.isDone() ? ended.get(0, TimeUnit.SECONDS) : -1;
    }

    @Test
    void aVitalThreadDyingOfAnythingEndsTheProcess() throws Exception {
        for (String vital : Supervisor.VITAL) {
            assertThat(statusAfterDeath(vital, new IllegalStateException("bug"))).isEqualTo(Supervisor.EXIT_STATUS);
        }
    }

    @Test
    void anyThreadRunningOutOfMemoryEndsTheProcess() throws Exception {
        assertThat(statusAfterDeath("jmdns-timer", new OutOfMemoryError("Java heap space")))
                .isEqualTo(Supervisor.EXIT_STATUS);
    }

    @Test
    void anOtherThreadDyingOfAnExceptionIsOnlySaid() throws Exception {
        assertThat(statusAfterDeath("jmdns-timer", new IllegalStateException("no network"))).isEqualTo(-1);
    }
}
