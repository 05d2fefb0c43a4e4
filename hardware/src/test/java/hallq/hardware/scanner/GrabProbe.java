package hallq.hardware.scanner;

import java.nio.file.Path;

/**
 * The child JVM {@link GrabUnderStraceTest} runs under strace: opens the device named by its argument, grabs it,
 * says so, closes it, says so.
 */
public final class GrabProbe {
    private GrabProbe() {
    }

    public static void main(String[] args) throws Exception {
        EvdevDevice dev = EvdevDevice.open(Path.of(args[0]));
        dev.grab();
        System.out.println("grabbed " + dev.grabbed());
        dev.close();
        System.out.println("closed");
    }
}
