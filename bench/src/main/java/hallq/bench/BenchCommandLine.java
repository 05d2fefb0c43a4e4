package hallq.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The bench's command line (picocli); {@link #call} gives the server jar to measure. */
@Command(name = "bench", sortOptions = false, usageHelpWidth = 100,
        customSynopsis = "java [-Dbench.<setting>=<value> ...] -jar bench.jar --server-jar FILE",
        description = "The queue server's benchmark, as bench/run.sh runs it. Options:",
        footer = {"", "Settings are system properties -Dbench.<setting>=<value> (bench/README.md, Settings);",
                "bench/run.sh passes them from BENCH_OPTS."})
final class BenchCommandLine implements Callable<Path> {
    @Spec
    CommandSpec command;

    @Option(names = "--server-jar", paramLabel = "FILE", required = true,
            description = "the built queue server, queue-server/target/queue-server.jar")
    Path serverJar;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print these options and exit")
    boolean help;

    /** picocli over a new command line; an option given twice counts the last time. */
    static CommandLine line() {
        return new CommandLine(new BenchCommandLine()).setOverwrittenOptionsAllowed(true);
    }

    @Override
    public Path call() {
        if (!Files.isRegularFile(serverJar)) {
            throw new ParameterException(command.commandLine(),
                    "--server-jar must name the built queue-server.jar (got " + serverJar + ")");
        }
        return serverJar;
    }
}
