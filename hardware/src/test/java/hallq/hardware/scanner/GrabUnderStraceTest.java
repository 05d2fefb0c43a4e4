package hallq.hardware.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.testkit.ChildJvm;
import hallq.testkit.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the kernel is asked, seen by strace in a child JVM: EVIOCGRAB 1 on the device's fd when it is grabbed and
 * EVIOCGRAB 0 on the same fd before it is closed. No input device here, so strace answers every ioctl with 0
 * itself ({@code inject=ioctl:retval=0}), as a real device would answer the grab; the request and its argument
 * are still decoded from what the JVM passed.
 */
class GrabUnderStraceTest {
    private static final Pattern GRAB = Pattern.compile("ioctl\\((\\d+), EVIOCGRAB, ([01])\\)");

    private static boolean straceRuns() {
        try {
            Process p = new ProcessBuilder("strace", "-f", "-o", "/dev/null", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void grabOnOpenAndLetGoOnClose(@TempDir Path dir) throws Exception {
        Tools.require(straceRuns(), "strace (Debian package strace, and ptrace allowed): without it the EVIOCGRAB"
                + " ioctls the scanner makes on open and close go unchecked");
        Path device = dir.resolve("usb-scanner-event-kbd");
        Files.write(device, new byte[0]);
        Path trace = dir.resolve("strace.txt");
        List<String> cmd = new ArrayList<>(List.of("strace", "-f", "-qq", "-o", trace.toString(),
                "-e", "trace=ioctl", "-e", "inject=ioctl:retval=0"));
        cmd.addAll(ChildJvm.Command.classPath(GrabProbe.class).jvm("-Xmx64m").args(device.toString()).argv());
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe under strace did not end within 60 s");
        String said = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), said);
        assertTrue(said.contains("grabbed true") && said.contains("closed"), said);

        List<String[]> grabs = new ArrayList<>(); // fd, argument, in the order made
        for (String line : Files.readAllLines(trace, StandardCharsets.UTF_8)) {
            Matcher m = GRAB.matcher(line);
            if (m.find()) {
                grabs.add(new String[] {m.group(1), m.group(2)});
            }
        }
        assertEquals(2, grabs.size(), "EVIOCGRAB calls in the trace: " + grabs.size());
        assertEquals("1", grabs.get(0)[1], "grab first");
        assertEquals("0", grabs.get(1)[1], "then let go");
        assertEquals(grabs.get(0)[0], grabs.get(1)[0], "both on the device's fd");
    }
}
