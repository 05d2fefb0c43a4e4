package hallq.testkit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A test's outside tool (a program, a kernel permission). Where it is missing the test skips on a developer's
 * machine, but fails under {@code CI=true}: CI installs every tool (.ci/run), so a skip there means a test that
 * never ran, and CI must not pass by skipping.
 */
public final class Tools {
    private Tools() {
    }

    /** @param what the tool, its Debian package and what goes untested without it */
    public static void require(boolean available, String what) {
        if (!available && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and a tool the test needs is missing: " + what);
        }
        assumeTrue(available, what);
    }
}
