package hallq.terminal.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A terminal's command line read by picocli, for a command class whose {@code call()} turns the options into the
 * terminal's immutable values (and throws a {@link ParameterException} for values that do not go together).
 */
public final class CommandLines {
    private CommandLines() {
    }

    /** picocli over the command; an option given twice counts the last time, as before picocli. */
    public static CommandLine of(Callable<?> command) {
        return new CommandLine(command).setOverwrittenOptionsAllowed(true);
    }

    /**
     * A main's first step, picocli's way: {@code --help} prints the options and ends the JVM with 0, a wrong command
     * line prints what is wrong and the usage on standard error and ends it with 2; otherwise the values.
     */
    public static <T> T valuesOrExit(Callable<T> command, String... args) {
        CommandLine line = of(command);
        int status = line.execute(args);
        T values = line.getExecutionResult();
        if (values == null) {
            System.exit(status);
        }
        return values;
    }

    /**
     * The values of a command line, or a {@link ParameterException} saying what is wrong: for a JavaFX application
     * reading again the raw parameters its launcher checked with {@link #valuesOrExit}, and for tests.
     */
    public static <T> T parse(Callable<T> command, List<String> args) {
        CommandLine line = of(command);
        line.parseArgs(args.toArray(String[]::new));
        if (line.isUsageHelpRequested()) {
            throw new ParameterException(line, "--help asks for the options, not for a terminal");
        }
        try {
            return command.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
