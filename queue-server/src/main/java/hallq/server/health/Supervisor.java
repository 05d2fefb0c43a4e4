package hallq.server.health;

import java.util.Set;
import java.util.function.IntConsumer;

/**
 * What happens when a thread dies of something nobody caught. A thread the hall cannot run without (the hall, disk
 * and journal applier threads), or any thread dying of the JVM's own failure (out of memory, stack overflow): one line
 * on standard error saying which thread and why, then the process ends with status {@link #EXIT_STATUS}, so that
 * systemd starts a whole hall again in seconds rather than leaving half a hall that still answers. The journal makes
 * the end as safe as a kill -9. The line goes straight to standard error, not through the asynchronous log, which the
 * end would cut short. Any other thread (mDNS, say) dying of an exception is only said: the hall goes on without it.
 */
public final class Supervisor implements Thread.UncaughtExceptionHandler {
    /** EX_SOFTWARE of sysexits.h: an internal failure. */
    public static final int EXIT_STATUS = 70;

    /** The threads the hall cannot run without, by name. */
    public static final Set<String> VITAL = Set.of("hall", "hall-disk", "hall-applier");

    private final IntConsumer end;

    /** {@code end} ends the process with the status given; in production {@code Runtime.getRuntime()::halt}. */
    public Supervisor(IntConsumer end) {
        this.end = end;
    }

    /** Ends the process at once: no shutdown hooks, which could wait on the thread that died. */
    public static Supervisor halting() {
        return new Supervisor(status -> Runtime.getRuntime().halt(status));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        boolean fatal = VITAL.contains(thread.getName()) || failure instanceof VirtualMachineError;
        try {
            System.err.println((fatal ? "HallQ stopping: thread '" : "HallQ goes on without thread '")
                    + thread.getName() + "', which died: " + failure);
            System.err.flush();
        } catch (Throwable ignored) {
            // out of memory even for the line: end all the same
        } finally {
            if (fatal) {
                end.accept(EXIT_STATUS);
            }
        }
    }
}
