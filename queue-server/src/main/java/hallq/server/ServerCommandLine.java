package hallq.server;

import hallq.server.net.NetLimits;
import hallq.server.store.JournaledStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The queue server's command line (protocol section 1), read by picocli; {@link #call} makes its options. */
@Command(name = "queue-server", sortOptions = false, usageHelpWidth = 100,
        customSynopsis = "java -jar queue-server.jar [options]",
        description = "The hall's queue server: HTTP and WebSocket on one port, the hall's database under --data."
                + " Options:")
final class ServerCommandLine implements Callable<ServerOptions> {
    @Spec
    CommandSpec command;

    @Option(names = "--config", paramLabel = "FILE", description = "the hall file (default: the bundled demo hall)")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", description = "the hall's database and journal (default ${DEFAULT-VALUE})")
    Path data = Path.of("data");

    @Option(names = "--port", paramLabel = "N", description = "the port, 0 for any free one (default ${DEFAULT-VALUE})")
    int port = 7700;

    @Option(names = "--bind", paramLabel = "ADDR", description = "the address to listen on (default ${DEFAULT-VALUE})")
    String bind = "0.0.0.0";

    @Option(names = "--announce", paramLabel = "on|off",
            description = "announce the hall by mDNS, for terminals without --server (default ${DEFAULT-VALUE})")
    String announce = "on";

    @Option(names = "--keep-free-mb", paramLabel = "N",
            description = "refuse a change that would leave less free on the data disk (default ${DEFAULT-VALUE})")
    long keepFreeMb = JournaledStore.KEEP_FREE_BYTES >> 20;

    @Option(names = "--max-connections-per-address", paramLabel = "N",
            description = "connections one remote address may hold open at once (default ${DEFAULT-VALUE})")
    int connectionsPerAddress = NetLimits.CONNECTIONS_PER_ADDRESS;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print these options and exit")
    boolean help;

    /** picocli over a new command line; an option given twice counts the last time (deploy/ adds to its own). */
    static CommandLine line() {
        return new CommandLine(new ServerCommandLine()).setOverwrittenOptionsAllowed(true);
    }

    @Override
    public ServerOptions call() {
        if (!announce.equals("on") && !announce.equals("off")) {
            throw wrong("--announce takes on or off");
        }
        if (port < 0 || port > 65535) {
            throw wrong("--port takes 0-65535");
        }
        if (keepFreeMb < 0) {
            throw wrong("--keep-free-mb takes 0 or more");
        }
        if (keepFreeMb > Long.MAX_VALUE >> 20) {
            throw wrong("--keep-free-mb takes at most " + (Long.MAX_VALUE >> 20));
        }
        if (connectionsPerAddress < 1) {
            throw wrong("--max-connections-per-address takes 1 or more");
        }
        return new ServerOptions(config, data, port, bind, announce.equals("on"), keepFreeMb << 20,
                connectionsPerAddress);
    }

    private ParameterException wrong(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
