package hallq.server.net;

import hallq.server.engine.HallEngine;
import hallq.server.followup.FollowUpStore;
import hallq.server.store.JournaledStore;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.codec.http.websocketx.extensions.compression.WebSocketServerCompressionHandler;
import io.netty.handler.stream.ChunkedWriteHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** HTTP and the WebSocket {@code /ws} on one port; owns the event loops, and on close stops in order. */
public final class HallServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HallServer.class);
    /** Protocol: frames over 64 KiB close the connection with 1009. */
    public static final int MAX_FRAME = 64 * 1024;
    static final String WS_PATH = "/ws";

    private final HallEngine engine;
    private final JournaledStore store;
    private final EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final EventLoopGroup workers = new MultiThreadIoEventLoopGroup(0, NioIoHandler.newFactory());
    private final Readers readers = new Readers();
    private final ChannelGroup clients = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private Channel serverChannel;
    private final FollowUpStore followUps;
    private boolean closed;

    /** The default per-client budget of unsent bytes (see {@link NetLimits#clientUnsentBytes}). */
    public static final int MAX_UNSENT = NetLimits.CLIENT_UNSENT_BYTES;

    private final NetLimits limits;
    private final SendBudget.Total unsent;
    private ConnectionsPerAddress perAddress;
    private boolean deflate;
    private TicketStreams ticketStreams;
    /** Bookings (contract section 9): "your booking is tomorrow", through the log until a hall has an SMS platform. */
    private hallq.server.booking.BookingReminderTask reminders;
    /** Phone (issue 17): the texts about a ticket's turn, and what sends them. */
    private hallq.server.notify.SmsSender sms;
    private hallq.server.notify.TextMarks textMarks;
    private PhoneTexts phoneTexts;
    private CaseTexts caseTexts; // cases2 (issue 18)
    private CaseStreams caseStreams; // cases2 (issue 18)

    public HallServer(HallEngine engine, JournaledStore store, FollowUpStore followUps) {
        this(engine, store, followUps, NetLimits.defaults());
    }

    /** With the default limits but {@code maxUnsent} bytes unsent per client. */
    public HallServer(HallEngine engine, JournaledStore store, FollowUpStore followUps, int maxUnsent) {
        this(engine, store, followUps, NetLimits.defaults().withClientUnsentBytes(maxUnsent));
    }

    public HallServer(HallEngine engine, JournaledStore store, FollowUpStore followUps, NetLimits limits) {
        this.engine = engine;
        this.store = store;
        this.followUps = followUps;
        this.limits = limits;
        this.unsent = new SendBudget.Total(limits.totalUnsentBytes());
    }

    /**
     * Today's tickets read on the hall thread for the statistics; null (the database is read instead) when the hall
     * does not answer within 5 s or has stopped.
     */
    private StatsService.Today liveDay() {
        try {
            return engine.query(q -> new StatsService.Today(q.day(), q.todayRecords())).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return null;
        }
    }

    public HallEngine engine() {
        return engine;
    }

    /** The store behind the hall (tests compare what it holds with the live hall). */
    JournaledStore store() {
        return store;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** Bytes queued for all clients that their sockets have not taken yet. */
    long unsentBytes() {
        return unsent.unsent();
    }

    /** The most {@link #unsentBytes} has ever been. */
    long unsentPeak() {
        return unsent.peak();
    }

    /** What Netty itself holds queued for all clients now: its own count, to check {@link #unsentBytes} by. */
    long queuedBytes() {
        long n = 0;
        for (Channel c : clients) {
            ChannelOutboundBuffer b = c.unsafe().outboundBuffer();
            n += b == null ? 0 : b.totalPendingWriteBytes();
        }
        return n;
    }

    /** WebSocket connections that have said hello as {@code device}. */
    int sessionsOf(String device) {
        int n = 0;
        for (Channel c : clients) {
            WebSocketSession s = c.pipeline().get(WebSocketSession.class);
            if (c.isActive() && s != null && s.device() != null && s.device().id().equals(device)) {
                n++;
            }
        }
        return n;
    }

    /** The ticket pages' streams the hub holds now. */
    int ticketStreams() {
        return ticketStreams.watching().join();
    }

    /** Connections open from {@code address} now. */
    int openFrom(InetAddress address) {
        return perAddress.open(address);
    }

    /**
     * Before {@link #start}: offers permessage-deflate (RFC 7692) to WebSocket clients that ask for it, so that a test
     * can show every frame, events included, going through Netty's encoder and the extensions in the pipeline. Off as
     * deployed: a hall's events are a few hundred bytes of JSON on a LAN (they deflate about 4:1, which a LAN does not
     * need), while each connection would keep its own compressor, some 260 KiB of zlib state by zlib's own formula
     * (130 MiB for 500 screens, more than the server's heap), and deflate every event once per screen.
     */
    HallServer offerDeflate() {
        deflate = true;
        return this;
    }

    /** Before {@link #start}: texts go through {@code sender} instead of the hall file's choice. */
    public HallServer sms(hallq.server.notify.SmsSender sender) {
        sms = sender;
        return this;
    }

    public InetSocketAddress start(String bind, int port) throws InterruptedException {
        Tokens tokens = new Tokens(engine.hall());
        StatsService stats = new StatsService(engine.hall(), store.database(), readers, engine.clock(), this::liveDay);
        TicketLookup lookup = new TicketLookup(engine, stats);
        // phone: the ticket's page and its live stream (contract section 8)
        ticketStreams = new TicketStreams(engine, workers.next());
        ticketStreams.subscribe();
        if (sms == null) {
            sms = hallq.server.notify.SmsSender.of(engine.hall());
        }
        // phone2: texts marked as sent in the database, so that a restart sends none twice
        try {
            textMarks = new hallq.server.notify.TextMarks(store.database().connection());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the database did not open a connection for the texts' marks", e);
        }
        sms.marks(textMarks);
        phoneTexts = new PhoneTexts(engine, workers.next(), sms);
        phoneTexts.subscribe();
        // cases2 (issue 18): 办结/退件 texts to the citizens of cases with phones
        caseTexts = new CaseTexts(engine, workers.next(), sms);
        caseTexts.subscribe();
        TicketPages ticketPages = new TicketPages(engine.hall(), lookup, ticketStreams,
                new StreamCaps(limits.streamsPerAddress(), limits.streams()), new WebFiles());
        // cases2 (issue 18): the case page's live stream
        caseStreams = new CaseStreams(engine, workers.next());
        caseStreams.subscribe();
        HttpApi http = new HttpApi(engine, tokens, stats,
                new FollowUpApi(stats, followUps, readers, engine.clock(), engine.zoneId()), lookup, ticketPages,
                caseStreams);
        WebSocketServerProtocolConfig ws = WebSocketServerProtocolConfig.newBuilder()
                .websocketPath(WS_PATH)
                .maxFramePayloadLength(MAX_FRAME)
                .handleCloseFrames(true)
                .closeOnProtocolViolation(true)
                .allowExtensions(deflate) // a deflated frame has RSV1 set: a protocol error without the extension
                .build();
        perAddress = new ConnectionsPerAddress(limits.connectionsPerAddress());
        OriginCheck origins = new OriginCheck(WS_PATH, engine.hall().hall().allowedOrigins());
        int perClient = limits.clientUnsentBytes();
        ServerBootstrap b = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                // not writable at half the budget: reading stops and events are no longer queued for it
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK,
                        new WriteBufferWaterMark(perClient / 8, perClient / 2))
                // the kernel's share of a client's backlog is bounded too (autotuning would let it grow to MBs)
                .childOption(ChannelOption.SO_SNDBUF, perClient / 4)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        clients.add(ch);
                        ChannelPipeline p = ch.pipeline();
                        p.addLast(perAddress);
                        p.addLast(new SendBudget(unsent, perClient));
                        p.addLast(new IdleClose(limits.idleMillis()));
                        p.addLast(new Backpressure(limits.noProgressMillis()));
                        p.addLast(new HttpServerCodec(HttpRefusals.decoderConfig()));
                        p.addLast(new ChunkedWriteHandler());
                        p.addLast(new HttpRefusals());
                        p.addLast(new HttpBodyLimit());
                        p.addLast(new OneRequestAtATime());
                        p.addLast(origins);
                        if (deflate) {
                            // inflated messages are bounded like frames: a small deflated frame may inflate a lot
                            p.addLast(new WebSocketServerCompressionHandler(MAX_FRAME));
                        }
                        p.addLast(new WebSocketServerProtocolHandler(ws));
                        p.addLast(new UpgradeCleanup());
                        p.addLast(new HelloDeadline(limits.helloMillis()));
                        p.addLast(new WebSocketFrameAggregator(MAX_FRAME));
                        p.addLast(http);
                        p.addLast(new WebSocketSession(engine, tokens, stats));
                    }
                });
        serverChannel = b.bind(bind, port).sync().channel();
        reminders = new hallq.server.booking.BookingReminderTask(engine, new hallq.server.notify.LoggedSms(),
                textMarks).start();
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** phone2: where sent texts are marked (for a test's own reminder task); null before {@link #start}. */
    public hallq.server.notify.TextMarks textMarks() {
        return textMarks;
    }

    /** Bookings: the reminder task (for a test to run a look at once). */
    public hallq.server.booking.BookingReminderTask reminders() {
        return reminders;
    }

    /**
     * Stops accepting, lets the hall thread finish what it was given, tells clients the server is going away,
     * and closes the database cleanly.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (serverChannel != null) {
                serverChannel.close().syncUninterruptibly();
            }
            if (ticketStreams != null) {
                ticketStreams.close();
            }
            if (reminders != null) {
                reminders.close(); // bookings
            }
            if (caseTexts != null) {
                caseTexts.close(); // cases2
            }
            if (caseStreams != null) {
                caseStreams.close(); // cases2
            }
            if (phoneTexts != null) {
                phoneTexts.close();
            }
            engine.close();
            clients.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE, "server stopping"))
                    .awaitUninterruptibly(2, TimeUnit.SECONDS);
            clients.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            readers.pool().shutdown();
            followUps.close();
            if (sms != null) {
                try {
                    sms.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (textMarks != null) {
                textMarks.close(); // after the sender: its last texts are marked
            }
            workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            store.close();
            log.info("HallQ stopped");
        }
    }
}
