package hallq.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.protocol.Op;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.HallConfig;
import hallq.server.queue.HallQueue;
import hallq.server.queue.Halls;
import hallq.testkit.ManualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hall thread's batching, durability and delivery, over storage in memory. */
class HallEngineTest {
    private final HallConfig config = Halls.test();
    private final ManualClock clock = ManualClock.shanghai("2026-11-23T09:00:00");
    private final MemoryStorage storage = new MemoryStorage();
    private final List<HallEngine> engines = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (HallEngine e : engines) {
            e.close();
        }
    }

    private HallEngine engine() throws Exception {
        HallEngine e = new HallEngine(config, storage, clock);
        engines.add(e);
        return e;
    }

    private Device device(String id) {
        return config.device(id).orElseThrow();
    }

    private static Command.Op op(RecordingClient c, String id, String op, String... kv) {
        return op(c, id, Op.fromWire(op).orElseThrow(), kv);
    }

    private static Command.Op op(RecordingClient c, String id, Op op, String... kv) {
        var args = Json.mapper().createObjectNode();
        for (int i = 0; i < kv.length; i += 2) {
            args.put(kv[i], kv[i + 1]);
        }
        return new Command.Op(c, null, c.device(), id, op, args);
    }

    @Test
    void aWholeBatchIsCommittedOnceAndAnsweredInOrder() throws Exception {
        HallEngine engine = engine(); // not started: everything below lands in one batch
        RecordingClient kiosk = new RecordingClient(device("kiosk-1"));
        for (int i = 1; i <= 5; i++) {
            engine.submit(op(kiosk, "r" + i, "issue", "zone", "legal"));
        }
        engine.start();
        for (int i = 1; i <= 5; i++) {
            JsonNode r = kiosk.next();
            assertThat(r.path("re").asText()).isEqualTo("r" + i);
            assertThat(r.path("ticket").path("number").asText()).isEqualTo(String.format("A%03d", i));
        }
        assertThat(storage.commits).isEqualTo(1);
        assertThat(storage.tickets).hasSize(5);
    }

    @Test
    void theSameIdTwiceInOneBatchActsOnce() throws Exception {
        HallEngine engine = engine();
        RecordingClient kiosk = new RecordingClient(device("kiosk-1"));
        engine.submit(op(kiosk, "same", "issue", "zone", "legal"));
        engine.submit(op(kiosk, "same", "issue", "zone", "legal"));
        engine.start();
        assertThat(kiosk.next()).isEqualTo(kiosk.next());
        assertThat(storage.tickets).hasSize(1);
    }

    @Test
    void aBatchTheDiskRefusesIsAnsweredInternalAndLeavesNoTrace() throws Exception {
        HallEngine engine = engine().start();
        RecordingClient display = new RecordingClient(device("board-1"));
        engine.submit(new Command.Hello(display, display.device(), "h", null, 0));
        assertThat(display.next().path("ok").asBoolean()).isTrue();
        RecordingClient kiosk = new RecordingClient(device("kiosk-1"));
        engine.submit(op(kiosk, "a", "issue", "zone", "legal"));
        assertThat(kiosk.next().path("ticket").path("number").asText()).isEqualTo("A001");
        display.next();
        display.next(); // ticket and queue events of A001

        storage.full = true;
        engine.submit(op(kiosk, "b", "issue", "zone", "legal"));
        JsonNode refused = kiosk.next();
        assertThat(refused.path("ok").asBoolean()).isFalse();
        assertThat(refused.path("error").path("code").asText()).isEqualTo("INTERNAL");
        assertThat(refused.path("error").path("reason").asText()).isEqualTo("STORAGE");

        storage.full = false;
        JsonNode retried;
        engine.submit(op(kiosk, "b", "issue", "zone", "legal"));
        retried = kiosk.next();
        assertThat(retried.path("ok").asBoolean()).as("the failed reply was not kept").isTrue();
        assertThat(retried.path("ticket").path("number").asText()).as("the failed issue took no number")
                .isEqualTo("A002");
        JsonNode event = display.next();
        assertThat(event.path("event").asText()).as("no event of the failed batch reached the display")
                .isEqualTo("ticket");
        assertThat(event.path("ticket").path("number").asText()).isEqualTo("A002");
        assertThat(storage.tickets).hasSize(2);
    }

    /** Holds the disk at the next commit and returns once the commit waits there. */
    private CountDownLatch holdTheDisk() {
        CountDownLatch disk = new CountDownLatch(1);
        storage.hold = disk;
        return disk;
    }

    /** Issues r1 and, while the disk holds r1's write, r2; returns what lets the disk go on. */
    private CountDownLatch issueTwoWhileTheFirstIsWritten(HallEngine engine, RecordingClient kiosk)
            throws InterruptedException {
        CountDownLatch disk = holdTheDisk();
        engine.submit(op(kiosk, "r1", "issue", "zone", "legal"));
        awaitTrue(storage.entered.tryAcquire(10, TimeUnit.SECONDS), "r1 is being written");
        engine.submit(op(kiosk, "r2", "issue", "zone", "legal"));
        return disk;
    }

    private static void awaitTrue(boolean done, String what) {
        assertThat(done).as(what).isTrue();
    }

    /** A read on the hall thread, which runs (and counts down) once every command before it is applied. */
    private static CountDownLatch readAfter(HallEngine engine) {
        CountDownLatch read = new CountDownLatch(1);
        engine.query(q -> {
            read.countDown();
            return null;
        });
        return read;
    }

    @Test
    void theHallGoesOnWhileTheDiskWritesAndAnswersOnlyWhatIsWritten() throws Exception {
        HallEngine engine = engine().start();
        RecordingClient kiosk = new RecordingClient(device("kiosk-1"));
        CountDownLatch disk = issueTwoWhileTheFirstIsWritten(engine, kiosk);
        CompletableFuture<Long> seq = engine.query(HallQueue::seq);
        awaitTrue(readAfter(engine).await(10, TimeUnit.SECONDS), "the hall thread is not held up by the disk");
        assertThat(kiosk.received).as("nothing is answered before it is on disk").isEmpty();
        assertThat(seq).as("nor is a read of what is not on disk").isNotDone();
        storage.hold = null;
        disk.countDown();
        assertThat(kiosk.next().path("ticket").path("number").asText()).isEqualTo("A001");
        assertThat(kiosk.next().path("ticket").path("number").asText()).isEqualTo("A002");
        assertThat(seq.get(10, TimeUnit.SECONDS)).isPositive();
        assertThat(storage.tickets).hasSize(2);
    }

    @Test
    void whenTheDiskFailsEveryBatchMadeOnTopOfTheLostOneIsUndoneToo() throws Exception {
        HallEngine engine = engine().start();
        RecordingClient kiosk = new RecordingClient(device("kiosk-1"));
        CountDownLatch disk = issueTwoWhileTheFirstIsWritten(engine, kiosk);
        awaitTrue(readAfter(engine).await(10, TimeUnit.SECONDS), "r2 is made, on top of r1");
        storage.full = true;
        storage.hold = null;
        disk.countDown();
        for (String id : new String[] {"r1", "r2"}) {
            JsonNode r = kiosk.next();
            assertThat(r.path("re").asText()).isEqualTo(id);
            assertThat(r.path("error").path("code").asText()).isEqualTo("INTERNAL");
        }
        storage.full = false;
        engine.submit(op(kiosk, "r2", "issue", "zone", "legal"));
        assertThat(kiosk.next().path("ticket").path("number").asText())
                .as("the retry acts, on the hall as it was before r1").isEqualTo("A001");
        assertThat(storage.tickets).hasSize(1);
    }

    @Test
    void aClientWhoseNetworkThreadHasStoppedHoldsUpNoOneElse() throws Exception {
        HallEngine engine = engine().start();
        RecordingClient kiosk = new RecordingClient(device("kiosk-1"));
        Device goneDevice = device("kiosk-1"); // the same kiosk on a connection whose network thread is gone
        Client gone = new Client() {
            @Override
            public Device device() {
                return goneDevice;
            }

            @Override
            public boolean open() {
                return true;
            }

            @Override
            public java.util.concurrent.Executor writer() {
                return task -> {
                    throw new java.util.concurrent.RejectedExecutionException("event loop shut down");
                };
            }

            @Override
            public void deliver(List<Object> outgoing) {
            }
        };
        CountDownLatch disk = holdTheDisk();
        engine.submit(op(kiosk, "r0", "issue", "zone", "legal"));
        awaitTrue(storage.entered.tryAcquire(10, TimeUnit.SECONDS), "r0 is being written");
        engine.submit(new Command.Op(gone, null, goneDevice, "g1", Op.ISSUE, Json.mapper().createObjectNode()
                .put("zone", "legal")));
        engine.submit(op(kiosk, "r1", "issue", "zone", "legal"));
        awaitTrue(readAfter(engine).await(10, TimeUnit.SECONDS), "both made");
        awaitTrue(readAfter(engine).await(10, TimeUnit.SECONDS), "and handed to the disk, to be written together");
        storage.hold = null;
        disk.countDown();
        assertThat(kiosk.next().path("re").asText()).isEqualTo("r0");
        assertThat(kiosk.next().path("ticket").path("number").asText()).as("answered behind the lost client")
                .isEqualTo("A003");
    }

    @Test
    void aHelloSeesTheSnapshotThenOnlyLaterEvents() throws Exception {
        HallEngine engine = engine();
        RecordingClient kiosk = new RecordingClient(device("kiosk-1"));
        RecordingClient display = new RecordingClient(device("board-1"));
        engine.submit(op(kiosk, "1", "issue", "zone", "legal"));
        engine.submit(new Command.Hello(display, display.device(), "h", null, 0));
        engine.submit(op(kiosk, "2", "issue", "zone", "legal"));
        engine.start();
        JsonNode hello = display.next();
        assertThat(hello.path("snapshot").path("zones").get(0).path("waiting").asInt()).isEqualTo(1);
        JsonNode first = display.next();
        assertThat(first.path("seq").asLong()).isGreaterThan(hello.path("seq").asLong());
        assertThat(first.path("ticket").path("number").asText()).isEqualTo("A002");
    }

    @Test
    void aKioskBeyondItsRateIsRefusedAndTheRefusalIssuesNothing() throws Exception {
        HallConfig slow = Halls.test("kioskRate: 1000", "kioskRate: 2");
        HallEngine engine = new HallEngine(slow, storage, clock);
        engines.add(engine);
        engine.start();
        RecordingClient kiosk = new RecordingClient(slow.device("kiosk-1").orElseThrow());
        for (int i = 0; i < 3; i++) {
            engine.submit(op(kiosk, "r" + i, "issue", "zone", "legal"));
        }
        assertThat(kiosk.next().path("ok").asBoolean()).isTrue();
        assertThat(kiosk.next().path("ok").asBoolean()).isTrue();
        assertThat(kiosk.next().path("error").path("code").asText()).isEqualTo("RATE_LIMITED");
        clock.advanceSeconds(30); // one more a half minute at 2 a minute
        engine.submit(op(kiosk, "r9", "issue", "zone", "legal"));
        assertThat(kiosk.next().path("ticket").path("number").asText()).isEqualTo("A003");
    }

    @Test
    void theDayRollsOverWithoutAnyRequest() throws Exception {
        HallEngine engine = engine().start();
        RecordingClient display = new RecordingClient(device("board-1"));
        RecordingClient kiosk = new RecordingClient(device("kiosk-1"));
        engine.submit(new Command.Hello(display, display.device(), "h", null, 0));
        display.next();
        engine.submit(op(kiosk, "1", "issue", "zone", "legal"));
        kiosk.next();
        display.next();
        display.next();
        clock.set(ManualClock.shanghai("2026-11-24T00:00:01").instant());
        JsonNode cancelled = display.next(); // from the hall thread's idle tick, within about a second
        assertThat(cancelled.path("change").asText()).isEqualTo("cancelled");
        assertThat(storage.tickets.values()).allMatch(t -> t.state().wire().equals("cancelled"));
    }

    private static JsonNode queueOf(RecordingClient c) throws InterruptedException {
        JsonNode e = c.next();
        assertThat(e.path("event").asText()).isEqualTo("queue");
        return e;
    }

    @Test
    void aClientThatAsksForQueueEventsAtMostEverySoOftenGetsTheNewestOfEachZoneWhenTheTimeIsUp() throws Exception {
        HallEngine engine = engine().start();
        RecordingClient watcher = new RecordingClient(device("board-1"));
        engine.submit(new Command.Hello(watcher, watcher.device(), "h", java.util.Set.of("queue"), 500));
        watcher.next();
        RecordingClient kiosk = new RecordingClient(device("kiosk-1"));
        engine.submit(op(kiosk, "1", "issue", "zone", "legal"));
        kiosk.next();
        assertThat(queueOf(watcher).path("waiting").asInt()).as("the first one goes at once").isEqualTo(1);
        String[] zones = {"legal", "natural", "legal"};
        for (int i = 0; i < zones.length; i++) {
            engine.submit(op(kiosk, "i" + i, "issue", "zone", zones[i]));
            kiosk.next(); // each in a batch of its own: without holding, three queue events would follow
        }
        clock.advance(java.time.Duration.ofMillis(500));
        JsonNode natural = queueOf(watcher);
        JsonNode legal = queueOf(watcher);
        assertThat(natural.path("zone").asText()).as("held ones in seq order").isEqualTo("natural");
        assertThat(natural.path("waiting").asInt()).isEqualTo(1);
        assertThat(legal.path("zone").asText()).isEqualTo("legal");
        assertThat(legal.path("waiting").asInt()).as("only the newest of a zone").isEqualTo(3);
        assertThat(legal.path("seq").asLong()).isGreaterThan(natural.path("seq").asLong());
        assertThat(watcher.received).as("nothing more").isEmpty();
    }

    @Test
    void heldQueueEventsGoOutBeforeAnyOtherEventSoSeqNeverGoesBack() throws Exception {
        HallEngine engine = engine().start();
        RecordingClient watcher = new RecordingClient(device("board-1"));
        engine.submit(new Command.Hello(watcher, watcher.device(), "h", null, 60_000));
        watcher.next();
        RecordingClient kiosk = new RecordingClient(device("kiosk-1"));
        engine.submit(op(kiosk, "1", "issue", "zone", "legal"));
        kiosk.next();
        engine.submit(op(kiosk, "2", "issue", "zone", "legal"));
        kiosk.next();
        List<JsonNode> seen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            seen.add(watcher.next()); // ticket A001, queue (at once), ticket A002; its queue event is held
        }
        engine.submit(op(kiosk, "3", "issue", "zone", "natural"));
        kiosk.next();
        seen.add(watcher.next()); // the held one goes out before the ticket event of B001
        seen.add(watcher.next());
        assertThat(seen).extracting(e -> e.path("event").asText())
                .containsExactly("ticket", "queue", "ticket", "queue", "ticket");
        assertThat(seen.get(3).path("waiting").asInt()).isEqualTo(2);
        assertThat(seen).extracting(e -> e.path("seq").asLong()).isSorted().doesNotHaveDuplicates();
    }
    @Test
    void aRefusalIsNotKeptForARetryNorWritten() throws Exception {
        HallEngine engine = engine().start();
        RecordingClient kiosk = new RecordingClient(device("kiosk-1"));
        engine.submit(op(kiosk, "r1", "issue", "zone", "moon"));
        assertThat(kiosk.next().path("error").path("code").asText()).isEqualTo("NOT_FOUND");
        engine.submit(op(kiosk, "r2", "issue", "zone", "legal"));
        assertThat(kiosk.next().path("ok").asBoolean()).isTrue();
        synchronized (storage) {
            assertThat(storage.replies.values().stream().flatMap(List::stream).map(r -> r.requestId()))
                    .containsExactly("r2");
        }
    }

    @Test
    void theInboxIsBoundedAndAClientLeavingIsAlwaysTaken() throws Exception {
        HallEngine engine = engine(); // not started: nothing is taken from the inbox
        RecordingClient kiosk = new RecordingClient(device("kiosk-1"));
        for (int i = 0; i < HallEngine.MAX_WAITING; i++) {
            engine.submit(op(kiosk, "r" + i, Op.SNAPSHOT));
        }
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> engine.submit(op(kiosk, "one-more", Op.SNAPSHOT)), hallq.server.queue.HallException.class);
        assertThat(refused.code()).isEqualTo(hallq.protocol.ErrorCode.RATE_LIMITED);
        assertThat(refused.reason()).isEqualTo("BUSY");
        engine.submit(new Command.Leave(new RecordingClient(device("board-1"))));
        engine.start();
        for (int i = 0; i < HallEngine.MAX_WAITING; i++) {
            assertThat(kiosk.next().path("re").asText()).isEqualTo("r" + i);
        }
        engine.submit(op(kiosk, "after", Op.SNAPSHOT));
        assertThat(kiosk.next().path("re").asText()).as("room again once taken").isEqualTo("after");
    }

    @Test
    void theHallThreadDyingIsToldAndTheHallStopsLookingHealthy() throws Exception {
        CompletableFuture<Thread> died = new CompletableFuture<>();
        HallEngine engine = new HallEngine(config, storage, clock, (t, e) -> died.complete(t)).start();
        engines.add(engine);
        assertThat(engine.healthy()).isTrue();
        engine.query(q -> {
            throw new OutOfMemoryError("simulated: the heap is full");
        });
        assertThat(died.get(10, TimeUnit.SECONDS).getName()).isEqualTo("hall");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (engine.healthy() && System.nanoTime() < until) {
            Thread.sleep(100); // polling: the heartbeat's 5 s must pass, and a dead thread sends nothing to wait on
        }
        assertThat(engine.healthy()).as("no turn for 5 s: /healthz says 503").isFalse();
    }
    @Test
    void aJournalRecordSetAsideIsToldToTheManagersAsADeviceEvent() throws Exception {
        HallEngine engine = engine().start();
        RecordingClient manager = new RecordingClient(device("office"));
        RecordingClient display = new RecordingClient(device("board-1"));
        engine.submit(new Command.Hello(manager, manager.device(), "m", null, 0));
        engine.submit(new Command.Hello(display, display.device(), "d", null, 0));
        manager.next();
        display.next();
        storage.setAsideListener.accept(new hallq.server.store.SetAside(7, clock.instant(),
                "data exception: string data, right truncation", java.nio.file.Path.of("set-aside/record-7.json")));
        JsonNode told = manager.next();
        assertThat(told.path("event").asText()).isEqualTo("device");
        assertThat(told.path("fault").asText()).isEqualTo("JOURNAL_SET_ASIDE");
        assertThat(told.path("message").asText()).contains("journal record 7").contains("right truncation");
        engine.submit(op(display, "p", Op.SNAPSHOT));
        assertThat(display.next().path("re").asText()).as("managers only: the display gets its reply next")
                .isEqualTo("p");
    }
    @Test
    void aRetryAnsweredFromABatchNotOnDiskYetFailsWithThatBatch() throws Exception {
        HallEngine engine = engine().start();
        RecordingClient kiosk = new RecordingClient(device("kiosk-1"));
        CountDownLatch disk = holdTheDisk();
        engine.submit(op(kiosk, "r1", "issue", "zone", "legal"));
        awaitTrue(storage.entered.tryAcquire(10, TimeUnit.SECONDS), "r1 is being written");
        engine.submit(op(kiosk, "r1", "issue", "zone", "legal")); // the kiosk retries before the first is answered
        awaitTrue(readAfter(engine).await(10, TimeUnit.SECONDS), "the retry is made, from r1's reply");
        storage.full = true;
        storage.hold = null;
        disk.countDown();
        for (int i = 0; i < 2; i++) {
            JsonNode r = kiosk.next();
            assertThat(r.path("re").asText()).isEqualTo("r1");
            assertThat(r.path("error").path("code").asText()).as("no ok for a ticket that is not on disk")
                    .isEqualTo("INTERNAL");
        }
        assertThat(storage.tickets).isEmpty();
    }

    @Test
    void aClientThatLeftBeforeItsHelloWasAnsweredGetsNoEvents() throws Exception {
        HallEngine engine = engine().start();
        RecordingClient display = new RecordingClient(device("board-1"));
        RecordingClient kiosk = new RecordingClient(device("kiosk-1"));
        CountDownLatch disk = holdTheDisk();
        engine.submit(op(kiosk, "r1", "issue", "zone", "legal"));
        awaitTrue(storage.entered.tryAcquire(10, TimeUnit.SECONDS), "r1 is being written");
        engine.submit(new Command.Hello(display, display.device(), "h", null, 0)); // waits behind r1
        display.open = false;
        engine.submit(new Command.Leave(display)); // its connection closes meanwhile
        awaitTrue(readAfter(engine).await(10, TimeUnit.SECONDS), "hello and leave applied");
        storage.hold = null;
        disk.countDown();
        assertThat(kiosk.next().path("ok").asBoolean()).isTrue();
        engine.submit(op(kiosk, "r2", "issue", "zone", "legal"));
        assertThat(kiosk.next().path("ok").asBoolean()).isTrue();
        awaitTrue(readAfter(engine).await(10, TimeUnit.SECONDS), "r2's events went out");
        assertThat(display.received).as("only its hello reply, then nothing").hasSize(1);
    }
    @Test
    void aRecordSetAsideAsTheHallRunsRebuildsTheHallFromWhatTheDatabaseHolds() throws Exception {
        HallEngine engine = engine().start();
        RecordingClient kiosk = new RecordingClient(device("kiosk-1"));
        engine.submit(op(kiosk, "r1", "issue", "zone", "legal"));
        assertThat(kiosk.next().path("ok").asBoolean()).isTrue();
        synchronized (storage) {
            storage.tickets.clear(); // as if A001's record was set aside: the database does not have it
        }
        storage.setAsideListener.accept(new hallq.server.store.SetAside(1, clock.instant(), "data exception",
                java.nio.file.Path.of("set-aside/record-1.json")));
        engine.submit(op(kiosk, "r2", "issue", "zone", "legal"));
        assertThat(kiosk.next().path("ticket").path("number").asText())
                .as("the live hall is the database's again: A001 is not there").isEqualTo("A001");
    }
}
