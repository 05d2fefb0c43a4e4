package hallq.terminal.cli;

import hallq.protocol.terminal.WindowGeometry;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --window WxH[+X+Y]}: a window instead of full screen, a picocli mixin of the kiosk and the pad (the
 * caller display's {@code --window} may go without a size, so it has its own).
 */
public final class WindowOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--window", paramLabel = "WxH[+X+Y]",
            description = "a window of that size (at that place) instead of full screen (trials, screenshots)")
    String window;

    /** {@code {w, h}} or {@code {w, h, x, y}}; null: full screen. */
    public int[] geometry() {
        if (window == null) {
            return null;
        }
        try {
            return WindowGeometry.parse("--window", window);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage()); // it names the option
        }
    }
}
