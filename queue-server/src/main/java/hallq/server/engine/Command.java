package hallq.server.engine;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.hall.Device;
import hallq.server.queue.HallQueue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** What the network side asks of the hall thread. */
public sealed interface Command {

    /**
     * An operation of protocol section 4, from a WebSocket client or from HTTP ({@code http} set), that the network
     * side has checked already: a known op the device's role may send, {@code args} its checked arguments only.
     */
    record Op(Client client, HttpReply http, Device device, String requestId, hallq.protocol.Op op, JsonNode args)
            implements Command {
    }

    /**
     * A hello that passed its token check: answer with the snapshot, then send the client events, of the kinds
     * in {@code events} only when it names some (an addition to the contract: a kiosk needs only {@code queue}),
     * and a zone's {@code queue} events at most every {@code queueEveryMs} when that is above 0 (another one).
     */
    record Hello(Client client, Device device, String requestId, Set<String> events, long queueEveryMs)
            implements Command {
    }

    /**
     * The server's own news for the managers, as a {@code device} event from device "server": a journal record set
     * aside (contract section 7), for instance. {@code rebuild}: the database dropped a change the live hall holds, so
     * the hall is rebuilt from the database before the news goes out.
     */
    record ServerReport(String fault, String message, boolean rebuild) implements Command {
    }

    /** The client's connection closed: send it nothing more. */
    record Leave(Client client) implements Command {
    }

    /** A read of the live hall, answered after the batch it ran in is on disk. */
    record Query<T>(Function<HallQueue, T> read, CompletableFuture<T> result) implements Command {
    }

    /**
     * From the disk ({@link GroupCommitter}): the batches numbered {@code flights}, in order, are on disk, their kept
     * replies under {@code replyBatches}; or, when {@code failure} is set, none of them is.
     */
    record Written(long[] flights, long[] replyBatches, String failure) implements Command {
    }
}
