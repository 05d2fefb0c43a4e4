package hallq.protocol.message;

import com.fasterxml.jackson.annotation.JsonIgnore;
import hallq.protocol.Op;

/**
 * A request of the contract, typed: the record's fields are the op's arguments (a null one is left out), and
 * {@code R} is what an {@code ok} reply carries. {@link hallq.protocol.client.HallClient#call} sends one and
 * completes with an {@code R}, or fails with {@link Refused}. The pairs are listed in {@link Requests}.
 */
public interface Request<R> {
    @JsonIgnore
    Op op();

    @JsonIgnore
    Class<R> replyType();
}
