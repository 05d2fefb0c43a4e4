package hallq.pad.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.pad.link.ServerLink;
import hallq.protocol.Json;
import hallq.protocol.client.HallClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A scripted server: the test says hello, pushes events and answers each request by hand. */
public final class FakeLink implements ServerLink {
    /** One request the pad sent, with the future its reply completes. */
    public record Sent(String op, ObjectNode args, CompletableFuture<JsonNode> reply) {
        public void ok(Object... kv) {
            ObjectNode r = HallClient.args(kv);
            r.put("ok", true);
            reply.complete(r);
        }

        public void error(String code, String reason, String message) {
            ObjectNode r = Json.mapper().createObjectNode();
            r.put("ok", false);
            ObjectNode e = r.putObject("error");
            e.put("code", code);
            e.put("reason", reason);
            e.put("message", message);
            reply.complete(r);
        }
    }

    private HallClient.Listener listener;
    private final BlockingQueue<Sent> sent = new LinkedBlockingQueue<>();
    private boolean closed;

    @Override
    public void open(HallClient.Listener l) {
        this.listener = l;
    }

    @Override
    public CompletableFuture<JsonNode> request(String op, ObjectNode args) {
        Sent s = new Sent(op, args, new CompletableFuture<>());
        sent.add(s);
        return s.reply;
    }

    public HallClient.Listener server() {
        return listener;
    }

    /** The oldest request not yet taken; fails if there is none. */
    public Sent next() {
        Sent s = sent.poll();
        if (s == null) {
            throw new AssertionError("the pad sent nothing");
        }
        return s;
    }

    /** The next request of this op, skipping (and answering as failed) background requests of other ops. */
    public Sent next(String op) {
        Sent s = next();
        if (!s.op.equals(op)) {
            throw new AssertionError("expected " + op + " but the pad sent " + s.op + " " + s.args);
        }
        return s;
    }

    /** Waits for a request sent from another thread (the hardware's), at most a few seconds. */
    public Sent await(String op) throws InterruptedException {
        while (true) {
            Sent s = sent.poll(5, TimeUnit.SECONDS);
            if (s == null) {
                throw new AssertionError("the pad sent no " + op + " within 5 s");
            }
            if (s.op.equals(op)) {
                return s;
            }
        }
    }

    /** Requests not yet taken. */
    public List<Sent> unanswered() {
        return new ArrayList<>(sent);
    }

    public void drain() {
        sent.clear();
    }

    @Override
    public void close() {
        closed = true;
    }

    public boolean isClosed() {
        return closed;
    }
}
