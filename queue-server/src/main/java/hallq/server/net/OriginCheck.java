package hallq.server.net;

import hallq.protocol.ErrorCode;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.ReferenceCountUtil;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Before the WebSocket upgrade: a browser page may open {@code /ws} only from the server's own origin or from one
 * the hall file lists in {@code allowedOrigins} (protocol section 7); any other is refused 403, never upgraded.
 * Otherwise any web page a hall PC opens could say hello with a token it has learnt. Terminal apps send no Origin.
 */
@ChannelHandler.Sharable
final class OriginCheck extends ChannelInboundHandlerAdapter {
    private final String path;
    private final Set<String> allowed;

    OriginCheck(String path, Collection<String> allowedOrigins) {
        this.path = path;
        this.allowed = allowedOrigins.stream().map(OriginCheck::normal).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest req && isUpgradePath(req.uri())) {
            String origin = req.headers().get(HttpHeaderNames.ORIGIN);
            if (origin != null && !allows(origin, req.headers().get(HttpHeaderNames.HOST))) {
                ReferenceCountUtil.release(msg);
                HttpRefusals.refuse(ctx, HttpResponseStatus.FORBIDDEN, ErrorCode.FORBIDDEN,
                        "a page from this origin may not open " + path);
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    private boolean isUpgradePath(String uri) {
        return uri.equals(path) || uri.startsWith(path + "?");
    }

    /** The page's own origin is the server the browser asked for, by the name it used (Host). */
    boolean allows(String origin, String host) {
        String o = normal(origin);
        if (host != null) {
            String h = host.toLowerCase(Locale.ROOT);
            if (o.equals("http://" + h) || o.equals("https://" + h)) {
                return true;
            }
        }
        return allowed.contains(o);
    }

    private static String normal(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
