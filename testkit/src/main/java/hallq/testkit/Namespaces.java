package hallq.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Whether a test may make Linux namespaces of its own with {@code unshare} (Debian util-linux; root or
 * CAP_SYS_ADMIN): a network namespace, so that mDNS is never multicast on the machine's own network, or a mount
 * namespace, so that a small file system can fill up without touching the machine's disks. Give the answer to
 * {@link Tools#require}.
 */
public final class Namespaces {
    private Namespaces() {
    }

    /** {@code unshare -n} runs here. */
    public static boolean networkAllowed() throws InterruptedException {
        return succeeds("unshare", "-n", "true");
    }

    /** {@code unshare -m} may mount a tmpfs here, tried on the empty directory {@code probe}. */
    public static boolean tmpfsAllowed(Path probe) throws InterruptedException {
        return succeeds("unshare", "-m", "mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", probe.toString());
    }

    private static boolean succeeds(String... command) throws InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException noUnshare) {
            return false;
        }
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
