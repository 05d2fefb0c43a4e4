package hallq.hardware.printer.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Puts a serial port into raw mode at the printer's baud rate with {@code stty}, the one place the
 * JDK cannot reach. "min 0 time 1" makes reads return after 0.1 s without data.
 */
public final class SerialPortSetup {

    private SerialPortSetup() {
    }

    public static List<String> sttyCommand(Path device, int baud) {
        return List.of("stty", "-F", device.toString(), Integer.toString(baud),
                "raw", "-echo", "-ixon", "-ixoff", "-crtscts", "cs8", "-cstopb", "-parenb", "min", "0", "time", "1");
    }

    public static void configure(Path device, int baud) throws IOException {
        Process p = new ProcessBuilder(sttyCommand(device, baud)).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("stty on " + device + " did not finish");
            }
            if (p.exitValue() != 0) {
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                throw new IOException("stty on " + device + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting up " + device, e);
        }
    }
}
