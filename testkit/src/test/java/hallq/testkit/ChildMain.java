package hallq.testkit;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/** Run by {@link ChildJvmTest} in a child JVM: says its args, then does what each line of stdin says, and runs until it is told to exit or is killed. */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("ready " + String.join(" ", args));
        System.err.println("a line on stderr");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("exit ")) {
                System.exit(Integer.parseInt(line.substring(5)));
            }
            System.out.println("echo " + line);
        }
        // stdin ends when the parent kills it too (Process.destroy closes the pipes): to be ended by the signal
        new CountDownLatch(1).await();
    }
}
