package hallq.hardware.printer.preview;

import hallq.hardware.printer.escpos.EscPos;
import hallq.hardware.printer.escpos.EscPosWriter;
import hallq.hardware.printer.escpos.QrRaster;
import hallq.hardware.text.CjkFont;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link PrintedDocument} the way a 203 dpi thermal printer would: one image pixel per dot,
 * fixed 12×24 / 24×24 character cells scaled by the size multiples, wrapping at the paper edge.
 */
public final class PrintPreviewRenderer {

    /** Default ESC/POS line spacing: 30 dots for a 24-dot character. */
    private static final int LINE_GAP = 6;
    private static final int LINE_FEED = EscPos.FONT_A_HEIGHT + LINE_GAP;
    private static final int MARGIN = 16;
    /** Font size that makes a Chinese glyph fill (not overflow) a 24-dot cell. */
    private static final float BASE_FONT_SIZE = 23f;

    private final int paperDots;

    public PrintPreviewRenderer(int paperDots) {
        this.paperDots = paperDots;
    }

    public BufferedImage render(PrintedDocument document) {
        List<Block> blocks = layout(document);
        int height = MARGIN * 2 + blocks.stream().mapToInt(Block::height).sum();
        BufferedImage image = new BufferedImage(paperDots, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, paperDots, height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int y = MARGIN;
            for (Block block : blocks) {
                block.draw(g, y);
                y += block.height();
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private interface Block {
        int height();

        void draw(Graphics2D g, int top);
    }

    private List<Block> layout(PrintedDocument document) {
        List<Block> blocks = new ArrayList<>();
        for (PrintedDocument.Element e : document.elements()) {
            if (e instanceof PrintedDocument.TextLine line) {
                blocks.addAll(wrap(line));
            } else if (e instanceof PrintedDocument.QrCode qr) {
                blocks.add(qrBlock(qr));
            } else if (e instanceof PrintedDocument.RasterImage img) {
                blocks.add(rasterBlock(img));
            } else if (e instanceof PrintedDocument.Feed feed) {
                blocks.add(blank(feed.lines() * LINE_FEED));
            } else if (e instanceof PrintedDocument.Cut) {
                blocks.add(cutBlock());
            }
        }
        return blocks;
    }

    /** A glyph in its cell, with the style of its run. */
    private record Cell(int codePoint, PrintedDocument.TextRun run) {
        int width() {
            return (codePoint < 0x80 ? EscPos.FONT_A_WIDTH : 2 * EscPos.FONT_A_WIDTH) * run.widthMultiple();
        }
    }

    private List<Block> wrap(PrintedDocument.TextLine line) {
        List<Block> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        int width = 0;
        for (PrintedDocument.TextRun run : line.runs()) {
            for (int cp : run.text().codePoints().toArray()) {
                Cell cell = new Cell(cp, run);
                if (width + cell.width() > paperDots && !row.isEmpty()) {
                    rows.add(textRow(line.align(), row, width));
                    row = new ArrayList<>();
                    width = 0;
                }
                row.add(cell);
                width += cell.width();
            }
        }
        rows.add(textRow(line.align(), row, width));
        return rows;
    }

    private Block textRow(PrintedDocument.Align align, List<Cell> cells, int width) {
        int tallest = cells.stream().mapToInt(c -> c.run().heightMultiple()).max().orElse(1);
        int rowHeight = tallest * EscPos.FONT_A_HEIGHT + LINE_GAP;
        int left = offset(align, width);
        return new Block() {
            public int height() {
                return rowHeight;
            }

            public void draw(Graphics2D g, int top) {
                int x = left;
                int baselineRow = top + tallest * EscPos.FONT_A_HEIGHT; // characters sit on a shared bottom line
                for (Cell c : cells) {
                    PrintedDocument.TextRun r = c.run();
                    int cellHeight = r.heightMultiple() * EscPos.FONT_A_HEIGHT;
                    int cellTop = baselineRow - cellHeight;
                    if (r.reverse()) {
                        g.setColor(Color.BLACK);
                        g.fillRect(x, cellTop, c.width(), cellHeight);
                    }
                    g.setColor(r.reverse() ? Color.WHITE : Color.BLACK);
                    drawGlyph(g, c, x, cellTop);
                    x += c.width();
                }
            }
        };
    }

    private void drawGlyph(Graphics2D g, Cell c, int x, int cellTop) {
        PrintedDocument.TextRun r = c.run();
        Font base = r.bold() ? CjkFont.bold(BASE_FONT_SIZE) : CjkFont.plain(BASE_FONT_SIZE);
        Font font = base.deriveFont(AffineTransform.getScaleInstance(r.widthMultiple(), r.heightMultiple()));
        String glyph = new String(Character.toChars(c.codePoint()));
        g.setFont(font);
        int advance = g.getFontMetrics().stringWidth(glyph);
        int gx = x + (c.width() - advance) / 2;
        // Ideographs sit about 0.88 em above the baseline in CJK fonts.
        int baseline = cellTop + Math.round(0.88f * BASE_FONT_SIZE * r.heightMultiple());
        g.drawString(glyph, gx, baseline);
    }

    private Block qrBlock(PrintedDocument.QrCode qr) {
        boolean[][] modules = QrRaster.modules(qr.payload(),
                EscPosWriter.QrErrorCorrection.valueOf(String.valueOf(qr.errorCorrection())));
        int size = modules.length * qr.moduleSize();
        int quiet = 2 * qr.moduleSize();
        int left = offset(qr.align(), size);
        return new Block() {
            public int height() {
                return size + 2 * quiet;
            }

            public void draw(Graphics2D g, int top) {
                g.setColor(Color.BLACK);
                for (int y = 0; y < modules.length; y++) {
                    for (int x = 0; x < modules.length; x++) {
                        if (modules[y][x]) {
                            g.fillRect(left + x * qr.moduleSize(), top + quiet + y * qr.moduleSize(),
                                    qr.moduleSize(), qr.moduleSize());
                        }
                    }
                }
            }
        };
    }

    private Block rasterBlock(PrintedDocument.RasterImage img) {
        int left = offset(img.align(), img.widthDots());
        return new Block() {
            public int height() {
                return img.heightDots();
            }

            public void draw(Graphics2D g, int top) {
                g.setColor(Color.BLACK);
                for (int y = 0; y < img.heightDots(); y++) {
                    for (int x = 0; x < img.widthDots(); x++) {
                        if (img.isBlack(x, y)) {
                            g.fillRect(left + x, top + y, 1, 1);
                        }
                    }
                }
            }
        };
    }

    private Block blank(int height) {
        return new Block() {
            public int height() {
                return height;
            }

            public void draw(Graphics2D g, int top) {
            }
        };
    }

    /** A dashed line where the cutter would cut. */
    private Block cutBlock() {
        return new Block() {
            public int height() {
                return 24;
            }

            public void draw(Graphics2D g, int top) {
                g.setColor(Color.GRAY);
                g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[]{6f, 6f}, 0f));
                g.drawLine(0, top + 20, paperDots, top + 20);
            }
        };
    }

    private int offset(PrintedDocument.Align align, int width) {
        return switch (align) {
            case LEFT -> 0;
            case CENTER -> Math.max(0, (paperDots - width) / 2);
            case RIGHT -> Math.max(0, paperDots - width);
        };
    }
}
