package hallq.hardware.idcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hallq.hardware.serial.SerialLink;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The reader over the simulated module's bytes: every look by hand (no thread), but one that runs its own. */
class SerialIdCardReaderTest {
    private static final String NUMBER = SamFrameTest.NUMBER;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T02:00:00Z"), ZoneOffset.UTC);

    private final SimulatedSamModule module = new SimulatedSamModule();
    private final List<Object> heard = new ArrayList<>();
    private final IdCardReader.Listener listener = new IdCardReader.Listener() {
        @Override
        public void card(IdCard card) {
            heard.add(card);
        }

        @Override
        public void fault(IdCardFault fault) {
            heard.add(fault);
        }
    };
    private int opened;
    private final SerialIdCardReader reader = new SerialIdCardReader(() -> {
        opened++;
        return module;
    }, CLOCK, Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofMillis(200));

    {
        module.today(TODAY);
    }

    @Test
    void aCardLaidDownIsToldOnceUntilLiftedAndLaidAgain() {
        reader.look(listener);
        assertEquals(List.of(), heard, "no card, nothing to tell");
        module.layCard(NUMBER);
        reader.look(listener);
        reader.look(listener);
        IdCard card = new IdCard(NUMBER, LocalDate.of(1954, 3, 7));
        assertEquals(List.of(card), heard, "once while it lies there");
        module.liftCard();
        reader.look(listener);
        module.layCard(NUMBER);
        reader.look(listener);
        assertEquals(List.of(card, card), heard);
    }

    @Test
    void eachFaultIsToldOnceAndTheNextGoodCardStillReads() {
        module.lay(NUMBER, SimulatedSamModule.Behaviour.EXPIRED);
        reader.look(listener);
        reader.look(listener);
        module.behave(SimulatedSamModule.Behaviour.BAD_CHECK);
        reader.look(listener);
        module.behave(SimulatedSamModule.Behaviour.GARBAGE);
        reader.look(listener);
        module.layCard(NUMBER);
        reader.look(listener);
        assertEquals(List.of(IdCardFault.EXPIRED, IdCardFault.BAD_CHECK, IdCardFault.GARBAGE,
                new IdCard(NUMBER, LocalDate.of(1954, 3, 7))), heard);
    }

    @Test
    void anUnpluggedReaderIsOpenedAgainAndReadsOnceBack() {
        module.behave(SimulatedSamModule.Behaviour.UNPLUGGED);
        assertEquals(Duration.ofSeconds(2), reader.look(listener), "waits to open it again");
        assertEquals(List.of(IdCardFault.UNPLUGGED), heard);
        module.layCard(NUMBER);
        reader.look(listener);
        assertEquals(2, opened, "the link was opened again");
        assertEquals(2, heard.size());
    }

    @Test
    void aPortThatCannotBeOpenedIsUnplugged() {
        SerialIdCardReader missing = new SerialIdCardReader(() -> {
            throw new IOException("no /dev/ttyUSB9");
        }, CLOCK, Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofMillis(200));
        missing.look(listener);
        missing.look(listener);
        assertEquals(List.of(IdCardFault.UNPLUGGED), heard);
    }

    @Test
    void noiseBeforeTheReplyIsPassedOver() throws Exception {
        SerialLink noisy = new ScriptedLink(new byte[] {0x00, (byte) 0xAA, (byte) 0xAA, 0x13},
                SamFrame.reply(0, 0, SamFrame.NO_CARD, new byte[0]));
        assertEquals(Optional.empty(), new SamSession(noisy, Duration.ofMillis(200)).readCard(TODAY));
    }

    @Test
    void aReaderThatSaysNothingIsUnpluggedAndOneCutOffIsShort() {
        IdCardException silent = assertThrows(IdCardException.class,
                () -> new SamSession(new ScriptedLink(), Duration.ofMillis(50)).readCard(TODAY));
        assertEquals(IdCardFault.UNPLUGGED, silent.fault());
        byte[] reply = SamFrame.reply(0, 0, SamFrame.FOUND, new byte[4]);
        IdCardException cut = assertThrows(IdCardException.class, () -> new SamSession(
                new ScriptedLink(java.util.Arrays.copyOf(reply, 9)), Duration.ofMillis(50)).readCard(TODAY));
        assertEquals(IdCardFault.SHORT_FRAME, cut.fault());
    }

    @Test
    void theReadersOwnThreadTellsTheCard() throws Exception {
        CompletableFuture<IdCard> told = new CompletableFuture<>();
        SerialIdCardReader running = new SerialIdCardReader(() -> module, CLOCK, Duration.ofMillis(20),
                Duration.ofMillis(20), Duration.ofMillis(200));
        running.start(new IdCardReader.Listener() {
            @Override
            public void card(IdCard card) {
                told.complete(card);
            }

            @Override
            public void fault(IdCardFault fault) {
                told.completeExceptionally(new AssertionError(fault));
            }
        });
        try {
            module.layCard(NUMBER);
            assertEquals(LocalDate.of(1954, 3, 7), told.get(5, TimeUnit.SECONDS).birthDate());
        } finally {
            running.close();
        }
    }

    /** A link that answers every write with the next scripted bytes, and then nothing. */
    private static final class ScriptedLink implements SerialLink {
        private final java.util.ArrayDeque<Byte> bytes = new java.util.ArrayDeque<>();

        ScriptedLink(byte[]... chunks) {
            for (byte[] c : chunks) {
                for (byte b : c) {
                    bytes.add(b);
                }
            }
        }

        @Override
        public void write(byte[] data) {
        }

        @Override
        public int read(byte[] buffer, int offset, int length, Duration timeout) {
            int n = 0;
            while (n < length && !bytes.isEmpty()) {
                buffer[offset + n++] = bytes.poll();
            }
            return n;
        }

        @Override
        public void discardInput() {
        }

        @Override
        public String describe() {
            return "scripted";
        }

        @Override
        public void close() {
        }
    }
}
