package hallq.server;

import hallq.server.net.NetLimits;
import hallq.server.store.JournaledStore;
import java.nio.file.Path;

/** The command line of protocol section 1; a bad one is an IllegalArgumentException saying what is wrong. */
record ServerOptions(Path config, Path data, int port, String bind, boolean announce, long keepFreeBytes,
                     int connectionsPerAddress) {
    static ServerOptions parse(String[] args) {
        Path config = null;
        Path data = Path.of("data");
        int port = 7700;
        String bind = "0.0.0.0";
        boolean announce = true;
        long keepFree = JournaledStore.KEEP_FREE_BYTES;
        int perAddress = NetLimits.CONNECTIONS_PER_ADDRESS;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(usage("'" + a + "' needs a value"));
            }
            String v = args[++i];
            switch (a) {
                case "--config" -> config = Path.of(v);
                case "--data" -> data = Path.of(v);
                case "--bind" -> bind = v;
                case "--announce" -> {
                    if (!v.equals("on") && !v.equals("off")) {
                        throw new IllegalArgumentException(usage("--announce takes on or off"));
                    }
                    announce = v.equals("on");
                }
                case "--port" -> {
                    try {
                        port = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(usage("--port takes a number"));
                    }
                    if (port < 0 || port > 65535) {
                        throw new IllegalArgumentException(usage("--port takes 0-65535"));
                    }
                }
                case "--keep-free-mb" -> {
                    try {
                        keepFree = Long.parseLong(v) << 20;
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(usage("--keep-free-mb takes a number"));
                    }
                    if (keepFree < 0) {
                        throw new IllegalArgumentException(usage("--keep-free-mb takes 0 or more"));
                    }
                }
                case "--max-connections-per-address" -> {
                    try {
                        perAddress = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(usage("--max-connections-per-address takes a number"));
                    }
                    if (perAddress < 1) {
                        throw new IllegalArgumentException(usage("--max-connections-per-address takes 1 or more"));
                    }
                }
                default -> throw new IllegalArgumentException(usage("unknown option '" + a + "'"));
            }
        }
        return new ServerOptions(config, data, port, bind, announce, keepFree, perAddress);
    }

    private static String usage(String problem) {
        return problem + " (usage: [--config FILE] [--data DIR] [--port N] [--bind ADDR] [--announce on|off]"
                + " [--keep-free-mb N] [--max-connections-per-address N])";
    }
}
