package hallq.server.net;

import hallq.server.log.RefusalLog;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.ipfilter.AbstractRemoteAddressFilter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most {@code max} connections open at once from one remote address; one more is closed as it is accepted,
 * before anything is read from it. Refusals are logged at most once a second per address, with a count.
 */
@ChannelHandler.Sharable
final class ConnectionsPerAddress extends AbstractRemoteAddressFilter<InetSocketAddress> {
    private static final Logger log = LoggerFactory.getLogger(ConnectionsPerAddress.class);

    private static final class Open {
        int count;
        final RefusalLog refusals = new RefusalLog();
    }

    private final int max;
    private final ConcurrentHashMap<InetAddress, Open> open = new ConcurrentHashMap<>();

    ConnectionsPerAddress(int max) {
        this.max = max;
    }

    @Override
    protected boolean accept(ChannelHandlerContext ctx, InetSocketAddress remote) {
        InetAddress from = remote.getAddress();
        boolean[] admitted = new boolean[1];
        Open o = open.compute(from, (k, v) -> {
            Open n = v == null ? new Open() : v;
            if (n.count < max) {
                n.count++;
                admitted[0] = true;
            }
            return n;
        });
        if (!admitted[0]) {
            int held = o.refusals.admit();
            if (held >= 0) {
                log.warn("refused a connection from {}: {} open already{}", from.getHostAddress(), max,
                        RefusalLog.andMore(held));
            }
            return false;
        }
        ctx.channel().closeFuture().addListener(f -> open.computeIfPresent(from, (k, v) -> --v.count == 0 ? null : v));
        return true;
    }

    /** Connections open from {@code address} (for tests). */
    int open(InetAddress address) {
        Open o = open.get(address);
        return o == null ? 0 : o.count;
    }
}
