package hallq.pad.support;

import java.util.concurrent.Executor;

/** Runs model-thread work at once on the caller's thread: model tests then need no waiting at all. */
public final class DirectExecutor implements Executor {
    @Override
    public void execute(Runnable command) {
        command.run();
    }
}
