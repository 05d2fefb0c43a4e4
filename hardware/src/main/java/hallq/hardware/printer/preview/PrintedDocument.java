package hallq.hardware.printer.preview;

import java.util.List;
import java.util.stream.Collectors;

/** What an ESC/POS byte stream asks the printer to put on paper, element by element. */
public record PrintedDocument(List<Element> elements) {

    public PrintedDocument {
        elements = List.copyOf(elements);
    }

    public enum Align { LEFT, CENTER, RIGHT }

    public sealed interface Element permits TextLine, QrCode, RasterImage, Feed, Cut {
    }

    /** One printed line; runs differ in style. An empty line has no runs. */
    public record TextLine(Align align, List<TextRun> runs) implements Element {
        public TextLine {
            runs = List.copyOf(runs);
        }

        public String text() {
            return runs.stream().map(TextRun::text).collect(Collectors.joining());
        }
    }

    public record TextRun(String text, int widthMultiple, int heightMultiple, boolean bold, boolean reverse) {
    }

    /** The printer's own QR code (GS ( k). */
    public record QrCode(String payload, int moduleSize, char errorCorrection, Align align) implements Element {
    }

    /** A raster bit image (GS v 0): rows packed MSB first, 1 = black. */
    public record RasterImage(int widthDots, int heightDots, byte[] rows, Align align) implements Element {
        public boolean isBlack(int x, int y) {
            int bytesPerRow = (widthDots + 7) / 8;
            return (rows[y * bytesPerRow + x / 8] & (0x80 >> (x % 8))) != 0;
        }
    }

    public record Feed(int lines) implements Element {
    }

    public record Cut(boolean partial) implements Element {
    }

    public List<TextLine> textLines() {
        return elements.stream().filter(TextLine.class::isInstance).map(TextLine.class::cast).toList();
    }

    /** Plain text of every line, in order. */
    public List<String> lines() {
        return textLines().stream().map(TextLine::text).toList();
    }

    public List<QrCode> qrCodes() {
        return elements.stream().filter(QrCode.class::isInstance).map(QrCode.class::cast).toList();
    }

    public List<RasterImage> rasterImages() {
        return elements.stream().filter(RasterImage.class::isInstance).map(RasterImage.class::cast).toList();
    }

    /** True if the last element is a cut, i.e. the ticket comes off the printer. */
    public boolean endsWithCut() {
        return !elements.isEmpty() && elements.get(elements.size() - 1) instanceof Cut;
    }
}
