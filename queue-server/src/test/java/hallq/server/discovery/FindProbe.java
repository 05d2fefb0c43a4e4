package hallq.server.discovery;

import hallq.protocol.discovery.HallFinder;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Run inside the test's network namespace: finds a hall by mDNS with no address given, then says hello to it.
 * Prints {@code FOUND <hall> <uri> <hello reply>}.
 */
public final class FindProbe {
    private FindProbe() {
    }

    public static void main(String[] args) throws Exception {
        String hall = args.length > 0 && !args[0].equals("-") ? args[0] : null;
        HallFinder.Found found = HallFinder.find(InetAddress.getByName("127.0.0.1"), hall, Duration.ofSeconds(30));
        CompletableFuture<String> reply = new CompletableFuture<>();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(found.uri(), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                reply.complete(data.toString());
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        ws.sendText("{\"id\":\"1\",\"op\":\"hello\",\"device\":\"kiosk-1\",\"token\":\"k1-secret\"}", true);
        String hello = reply.get(10, TimeUnit.SECONDS);
        System.out.println("FOUND " + found.hallId() + " " + found.uri() + " " + hello.substring(0, Math.min(80, hello.length())));
        System.exit(0);
    }
}
