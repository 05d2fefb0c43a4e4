package hallq.server;

import java.nio.file.Path;
import picocli.CommandLine;

/** The queue server's options, as its command line ({@link ServerCommandLine}) gives them. */
record ServerOptions(Path config, Path data, int port, String bind, boolean announce, long keepFreeBytes,
                     int connectionsPerAddress) {

    /** @throws picocli.CommandLine.ParameterException saying what is wrong */
    static ServerOptions parse(String... args) {
        CommandLine line = ServerCommandLine.line();
        line.parseArgs(args);
        return line.<ServerCommandLine>getCommand().call();
    }
}
