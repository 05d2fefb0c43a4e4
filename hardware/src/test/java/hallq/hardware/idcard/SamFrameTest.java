package hallq.hardware.idcard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The SAM protocol's frames built by hand, byte by byte as GA 467 lays them out, decoded field by field. The
 * made-up person: 王秀英, born 1954-03-07, ID number 110101195403070020 (its check character 0 computed by
 * hand: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 over 11010119540307002 make 144, 144 mod 11 = 1 -> "0").
 */
class SamFrameTest {
    static final String NUMBER = "110101195403070020";
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    @Test
    void commandsAreTheThreeFramesEveryReaderTakes() {
        assertEquals("aa aa aa 96 69 00 03 20 01 22", HEX.formatHex(SamFrame.command(SamFrame.FIND)));
        assertEquals("aa aa aa 96 69 00 03 20 02 21", HEX.formatHex(SamFrame.command(SamFrame.SELECT)));
        assertEquals("aa aa aa 96 69 00 03 30 01 32", HEX.formatHex(SamFrame.command(SamFrame.READ_BASE)));
    }

    @Test
    void findCardRepliesFoundAndNoCard() throws Exception {
        SamFrame.Reply found = SamFrame.decodeReply(HEX.parseHex("aa aa aa 96 69 00 08 00 00 9f 00 00 00 00 97"));
        assertEquals(0x9F, found.sw3());
        assertArrayEquals(new byte[4], found.data());
        SamFrame.Reply none = SamFrame.decodeReply(HEX.parseHex("aa aa aa 96 69 00 04 00 00 80 84"));
        assertEquals(0x80, none.sw3());
        assertEquals(0, none.data().length);
        SamFrame.Reply selected = SamFrame.decodeReply(
                HEX.parseHex("aa aa aa 96 69 00 0c 00 00 90 00 00 00 00 00 00 00 00 9c"));
        assertEquals(0x90, selected.sw3());
        assertEquals(8, selected.data().length);
    }

    @Test
    void aWrongCheckByteIsBadCheck() {
        IdCardException e = assertThrows(IdCardException.class,
                () -> SamFrame.decodeReply(HEX.parseHex("aa aa aa 96 69 00 08 00 00 9f 00 00 00 00 96")));
        assertEquals(IdCardFault.BAD_CHECK, e.fault());
    }

    @Test
    void aFrameCutShortIsShortFrame() {
        byte[] whole = HEX.parseHex("aa aa aa 96 69 00 08 00 00 9f 00 00 00 00 97");
        for (int cut : new int[] {3, 6, 9, whole.length - 1}) {
            IdCardException e = assertThrows(IdCardException.class,
                    () -> SamFrame.decodeReply(Arrays.copyOf(whole, cut)), "cut at " + cut);
            assertEquals(IdCardFault.SHORT_FRAME, e.fault(), "cut at " + cut);
        }
    }

    @Test
    void bytesThatAreNoFrameAreGarbage() {
        for (String junk : new String[] {"00 11 22 33 44 55 66 77", "aa aa 55 96 69 00 04 00 00 80 84",
                "aa aa aa 96 69 ff ff 00 00 90", "aa aa aa 96 69 00 02 00 00"}) {
            IdCardException e = assertThrows(IdCardException.class, () -> SamFrame.decodeReply(HEX.parseHex(junk)),
                    junk);
            assertEquals(IdCardFault.GARBAGE, e.fault(), junk);
        }
    }

    /** The text block as a card holds it: each field UCS-2 little endian, padded with spaces to its width. */
    static byte[] textBlock(String number, String validTo) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        String[][] fields = {{"王秀英", "30"}, {"2", "2"}, {"01", "4"}, {number.substring(6, 14), "16"},
                {"北京市东城区景山前街4号", "70"}, {number, "36"}, {"北京市公安局东城分局", "30"},
                {"20200115", "16"}, {validTo, "16"}, {"", "36"}};
        for (String[] f : fields) {
            byte[] text = f[0].getBytes(StandardCharsets.UTF_16LE);
            b.writeBytes(text);
            for (int i = text.length; i < Integer.parseInt(f[1]); i += 2) {
                b.write(0x20);
                b.write(0x00);
            }
        }
        return b.toByteArray();
    }

    /** A whole base-information reply: SW 00 00 90, text length 0100, photo length 0400, text, photo, check. */
    static byte[] baseReply(byte[] text) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int len = 3 + 4 + text.length + 1024 + 1;
        b.writeBytes(new byte[] {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69, (byte) (len >> 8),
                (byte) len, 0, 0, (byte) 0x90, 0x01, 0x00, 0x04, 0x00});
        b.writeBytes(text);
        byte[] photo = new byte[1024];
        Arrays.fill(photo, (byte) 0x77);
        b.writeBytes(photo);
        byte[] f = b.toByteArray();
        byte x = 0;
        for (int i = 5; i < f.length; i++) {
            x ^= f[i];
        }
        byte[] out = Arrays.copyOf(f, f.length + 1);
        out[f.length] = x;
        return out;
    }

    @Test
    void theBaseInformationReplyDecodedFieldByField() throws Exception {
        byte[] frame = baseReply(textBlock(NUMBER, "20400115"));
        assertEquals(1295, frame.length, "the size every reader's text+photo reply has");
        SamFrame.Reply r = SamFrame.decodeReply(frame);
        CardText t = CardText.decode(SamSession.textBlock(r.data()));
        assertEquals("王秀英", t.name());
        assertEquals("2", t.sex());
        assertEquals("01", t.nation());
        assertEquals(LocalDate.of(1954, 3, 7), t.birth());
        assertEquals("北京市东城区景山前街4号", t.address());
        assertEquals(NUMBER, t.number());
        assertEquals("北京市公安局东城分局", t.authority());
        assertEquals(LocalDate.of(2020, 1, 15), t.validFrom());
        assertEquals(Optional.of(LocalDate.of(2040, 1, 15)), t.validTo());
        assertFalse(t.expiredOn(LocalDate.of(2040, 1, 15)), "valid through its last day");
        assertTrue(t.expiredOn(LocalDate.of(2040, 1, 16)));
        assertEquals(new IdCard(NUMBER, LocalDate.of(1954, 3, 7)), t.card());
    }

    @Test
    void aCardForLifeNeverExpires() throws Exception {
        CardText t = CardText.decode(textBlock(NUMBER, "长期"));
        assertEquals(Optional.empty(), t.validTo());
        assertFalse(t.expiredOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void nothingOfTheHolderInAnyToString() throws Exception {
        CardText t = CardText.decode(textBlock(NUMBER, "20400115"));
        SamFrame.Reply r = SamFrame.decodeReply(baseReply(textBlock(NUMBER, "20400115")));
        for (String s : new String[] {t.toString(), t.card().toString(), r.toString()}) {
            assertFalse(s.contains("王秀英") || s.contains("东城区") || s.contains(NUMBER) || s.contains("19540307"), s);
        }
    }

    @Test
    void aTextBlockWithoutAnIdNumberIsGarbage() {
        IdCardException e = assertThrows(IdCardException.class,
                () -> CardText.decode(textBlock("11010119540307002?", "20400115")));
        assertEquals(IdCardFault.GARBAGE, e.fault());
        byte[] text = textBlock(NUMBER, "20400115");
        IdCardException photoLengthWrong = assertThrows(IdCardException.class,
                () -> SamSession.textBlock(Arrays.copyOf(SamFrame.decodeReply(baseReply(text)).data(), 1000)));
        assertEquals(IdCardFault.GARBAGE, photoLengthWrong.fault());
    }

    @Test
    void theSimulatorsTextIsTheRealLayout() throws Exception {
        SimulatedSamModule m = new SimulatedSamModule();
        m.today(LocalDate.of(2026, 12, 4));
        CardText t = CardText.decode(SamSession.textBlock(m.baseInformation(NUMBER, false)));
        assertEquals(NUMBER, t.number());
        assertEquals(LocalDate.of(1954, 3, 7), t.birth());
        assertFalse(t.expiredOn(LocalDate.of(2026, 12, 4)));
        assertTrue(CardText.decode(SamSession.textBlock(m.baseInformation(NUMBER, true)))
                .expiredOn(LocalDate.of(2026, 12, 4)));
    }
}
