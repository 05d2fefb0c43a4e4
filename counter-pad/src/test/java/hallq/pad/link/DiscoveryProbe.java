package hallq.pad.link;

import hallq.pad.app.PadOptions;
import hallq.protocol.client.HallClient;
import hallq.protocol.event.Event;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.message.Replies.Welcome;
import hallq.server.Main;
import hallq.server.discovery.HallAnnouncer;
import hallq.server.hall.HallFile;
import hallq.server.net.HallServer;
import hallq.terminal.link.HallClientLink;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Run by {@link PadFindsItsHallTest} inside a network namespace of its own: the demo hall's server announces
 * itself on loopback, a decoy hall (another id, a port where nothing listens) is announced first, and a pad started
 * with the command line {@code --hall demo --device pad-3 --token ...} (no {@code --server}) must find the demo
 * hall through its own link and say hello to it. Prints {@code SEARCHING <hall>} and then
 * {@code CONNECTED <hall id> <counter>}, or {@code NOT FOUND}; exits 0 only when connected.
 */
public final class DiscoveryProbe {
    private DiscoveryProbe() {
    }

    public static void main(String[] args) {
        int exit = 1;
        try {
            exit = run(args.length > 0 ? args[0] : "demo");
        } catch (Throwable t) {
            t.printStackTrace(System.out);
        }
        System.out.flush();
        Runtime.getRuntime().halt(exit); // JmDNS's goodbye threads take seconds; the test waits for nothing else
    }

    private static int run(String hallId) throws Exception {
        InetAddress lo = InetAddress.getByName("127.0.0.1");
        HallConfig demo = HallFile.demo();
        String yaml;
        try (var in = HallFile.class.getResourceAsStream(HallFile.DEMO)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HallConfig decoy = HallFile.parse(new ByteArrayInputStream(yaml.replace("id: demo", "id: decoy")
                .replace("name: 示范区政务服务大厅", "name: 另一个大厅").getBytes(StandardCharsets.UTF_8)), "decoy");
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, lo)) {
            deadPort = s.getLocalPort();
        }
        HallAnnouncer decoyAnnouncer = HallAnnouncer.start(decoy, lo, deadPort);
        HallServer server = Main.start(demo, Files.createTempDirectory("hallq-probe"), "127.0.0.1", 0,
                Clock.systemUTC());
        HallAnnouncer announcer = HallAnnouncer.start(demo, lo, server.address().getPort());

        PadOptions o = PadOptions.parse(List.of("--hall", hallId, "--device", "pad-3",
                "--token", "demo-pad-3"));
        CompletableFuture<Welcome> hello = new CompletableFuture<>();
        HallClientLink link = PadLink.to(o.server(), o.device(), o.token());
        link.start(new HallClient.HallListener() {
            @Override
            public void connected(Welcome welcome) {
                hello.complete(welcome);
            }

            @Override
            public void event(Event event) {
            }

            @Override
            public void disconnected(String why) {
                System.out.println("DISCONNECTED " + why);
            }

            @Override
            public void searching(String hallId) {
                System.out.println("SEARCHING " + hallId);
            }
        });
        int exit = 1;
        try {
            Welcome w = hello.get(60, TimeUnit.SECONDS);
            System.out.println("CONNECTED " + w.hall().hall().id() + " " + w.device().counter());
            exit = 0;
        } catch (java.util.concurrent.TimeoutException e) {
            System.out.println("NOT FOUND");
        }
        link.close();
        announcer.close();
        decoyAnnouncer.close();
        server.close();
        return exit;
    }
}
