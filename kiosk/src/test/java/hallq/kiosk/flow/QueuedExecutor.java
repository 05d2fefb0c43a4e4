package hallq.kiosk.flow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** An executor that runs nothing until the test says so: lets a test look at the screen while printing. */
final class QueuedExecutor implements Executor {
    private final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable r) {
        tasks.add(r);
    }

    void runAll() {
        while (!tasks.isEmpty()) {
            tasks.poll().run();
        }
    }

    int size() {
        return tasks.size();
    }
}
