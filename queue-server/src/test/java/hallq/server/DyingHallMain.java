package hallq.server;

import hallq.server.health.Supervisor;
import hallq.server.net.HallServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The server as {@link Main} runs it, whose hall thread dies of an OutOfMemoryError when a line arrives on standard
 * input: for {@link HallThreadDeathTest}, in a child JVM. Arguments: {@code --announce off --config F --data D}.
 */
final class DyingHallMain {
    private DyingHallMain() {
    }

    public static void main(String[] args) throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(Supervisor.halting()); // as Main does
        ServerOptions o = ServerOptions.parse(args);
        HallServer server = Main.start(hallq.server.hall.HallFile.load(o.config()), o.data(), "127.0.0.1", 0,
                Clock.systemUTC());
        System.out.println("HallQ listening on 127.0.0.1:" + server.address().getPort());
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        server.engine().query(q -> {
            throw new OutOfMemoryError("simulated in the hall thread");
        });
        Thread.sleep(60_000); // the supervisor ends the process long before
        System.exit(3);
    }

}
