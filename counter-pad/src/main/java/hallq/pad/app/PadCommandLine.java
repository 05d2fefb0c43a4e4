package hallq.pad.app;

import hallq.terminal.cli.LanguageOption;
import hallq.terminal.cli.TerminalOptions;
import hallq.terminal.cli.WindowOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The counter pad's command line (picocli); {@link #call} makes its {@link PadOptions}. */
@Command(name = "counter-pad", sortOptions = false, usageHelpWidth = 100,
        customSynopsis = "java -jar counter-pad.jar [--server HOST:PORT | --hall ID] --device ID [--token TOKEN] "
                + "[options]",
        description = "The window's clerk pad and the citizen's rating keys. Options:",
        footer = {"", "Environment:",
                "  " + PadOptions.TOKEN_ENV + "  the token, when neither --token nor --token-file is given",
                "Without --devices the pad has touch only."})
final class PadCommandLine implements Callable<PadOptions> {
    @Spec
    CommandSpec command;

    @Mixin
    TerminalOptions terminal;

    @Option(names = "--token-file", paramLabel = "FILE", description = "the file holding its token, instead of --token")
    Path tokenFile;

    @Mixin
    LanguageOption language;

    @Mixin
    WindowOption window;

    private final String tokenFromEnvironment;

    PadCommandLine(String tokenFromEnvironment) {
        this.tokenFromEnvironment = tokenFromEnvironment;
    }

    @Override
    public PadOptions call() {
        if (tokenFile != null && terminal.tokenGiven()) {
            throw new ParameterException(command.commandLine(), "--token or --token-file, not both");
        }
        String otherToken = tokenFile != null ? readToken(tokenFile) : tokenFromEnvironment;
        TerminalOptions.Values t = terminal.values(otherToken, "--token-file, or " + PadOptions.TOKEN_ENV);
        return new PadOptions(t.server(), t.device(), t.token(), t.devices(), language.language().getLanguage(),
                window.geometry());
    }

    private String readToken(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ParameterException(command.commandLine(),
                    "--token-file: cannot read the token file " + file + ": " + e.getMessage());
        }
    }
}
