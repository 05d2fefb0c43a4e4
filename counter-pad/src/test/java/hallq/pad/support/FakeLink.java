package hallq.pad.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.TicketView;
import hallq.protocol.client.HallClient;
import hallq.protocol.message.Refused;
import hallq.protocol.message.Replies.Done;
import hallq.protocol.message.Replies.TicketReply;
import hallq.protocol.message.Request;
import hallq.terminal.link.HallLink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A scripted server: the test says hello, pushes events and answers each request by hand, with protocol's records. */
public final class FakeLink implements HallLink {
    /** One request the pad sent, with the future its reply completes. */
    public record Sent(Request<?> request, CompletableFuture<?> reply) {
        /** The op's wire name ({@code call-next}). */
        public String op() {
            return request.op().wire();
        }

        /** The request's arguments as they go on the wire. */
        public ObjectNode args() {
            return Json.mapper().valueToTree(request);
        }

        /** Answers with {@code r}, which must be the reply this request's op has. */
        @SuppressWarnings("unchecked")
        public void ok(Object r) {
            if (!request.replyType().isInstance(r)) {
                throw new AssertionError(op() + " is answered with a " + request.replyType().getSimpleName()
                        + ", not " + r);
            }
            ((CompletableFuture<Object>) reply).complete(r);
        }

        /** Answers a request whose reply carries nothing. */
        public void ok() {
            ok(new Done());
        }

        /** Answers a window op with its ticket (null: nobody waiting). */
        public void okTicket(TicketView ticket) {
            ok(new TicketReply(ticket));
        }

        public void error(ErrorCode code, String reason, String message) {
            reply.completeExceptionally(new Refused(code, reason, message));
        }
    }

    private HallClient.HallListener listener;
    private final BlockingQueue<Sent> sent = new LinkedBlockingQueue<>();
    private boolean closed;

    @Override
    public void start(HallClient.HallListener l) {
        this.listener = l;
    }

    @Override
    public <R> CompletableFuture<R> call(Request<R> request) {
        CompletableFuture<R> reply = new CompletableFuture<>();
        sent.add(new Sent(request, reply));
        return reply;
    }

    public HallClient.HallListener server() {
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

    /** The next request, which must be of this op. */
    public Sent next(String op) {
        Sent s = next();
        if (!s.op().equals(op)) {
            throw new AssertionError("expected " + op + " but the pad sent " + s.op() + " " + s.args());
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
            if (s.op().equals(op)) {
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
