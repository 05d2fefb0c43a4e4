package hallq.server.net;

import hallq.protocol.ErrorCode;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * The request body, whole, up to {@link #MAX_BODY}. A larger one is answered 413 and the connection closed (Netty's
 * own answer keeps a keep-alive connection open and reads the body it refused to the end).
 */
final class HttpBodyLimit extends HttpObjectAggregator {
    /** No request of the API carries more than a follow-up note of 1000 characters. */
    static final int MAX_BODY = 64 * 1024;

    HttpBodyLimit() {
        super(MAX_BODY);
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        HttpRefusals.refuse(ctx, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, ErrorCode.BAD_REQUEST,
                "the body is over " + MAX_BODY / 1024 + " KiB");
    }
}
