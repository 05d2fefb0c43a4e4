package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import hallq.protocol.ErrorCode;
import hallq.server.queue.HallException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReadersTest {
    @Test
    void readsBeyondTheLineAreRefusedBusyNotQueued() throws Exception {
        Readers readers = new Readers();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(Readers.WAITING + 1);
        try {
            readers.execute(() -> {
                running.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                done.countDown();
            });
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < Readers.WAITING; i++) {
                readers.execute(done::countDown);
            }
            HallException busy = catchThrowableOfType(() -> readers.execute(done::countDown), HallException.class);
            assertThat(busy.code()).isEqualTo(ErrorCode.RATE_LIMITED);
            assertThat(busy.reason()).isEqualTo("BUSY");
            release.countDown();
            assertThat(done.await(10, TimeUnit.SECONDS)).as("every read taken is done").isTrue();
            readers.execute(() -> { }); // room again
        } finally {
            release.countDown();
            readers.pool().shutdown();
        }
    }
}
