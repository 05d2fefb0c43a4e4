package hallq.server.engine;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.protocol.hall.Device;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client that keeps what the engine delivers to it, in order. */
final class RecordingClient implements Client {
    private final Device device;
    final LinkedBlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    /** The events as delivered, not parsed: which encoding each one is. */
    final LinkedBlockingQueue<EncodedEvent> events = new LinkedBlockingQueue<>();

    RecordingClient(Device device) {
        this.device = device;
    }

    /** Set false to play a client whose connection closed. */
    volatile boolean open = true;

    @Override
    public Device device() {
        return device;
    }

    @Override
    public boolean open() {
        return open;
    }

    @Override
    public java.util.concurrent.Executor writer() {
        return Runnable::run;
    }

    @Override
    public void deliver(List<Object> outgoing) {
        for (Object o : outgoing) {
            if (o instanceof EncodedEvent e) {
                events.add(e);
            }
            String text = o instanceof EncodedEvent e ? e.text() : (String) o;
            try {
                received.add(Json.mapper().readTree(text));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    JsonNode next() throws InterruptedException {
        JsonNode n = received.poll(10, TimeUnit.SECONDS);
        if (n == null) {
            throw new AssertionError("nothing delivered");
        }
        return n;
    }
}
