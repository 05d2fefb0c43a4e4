package hallq.hardware.printer;

/** Thermal paper widths and their printable dots at 203 dpi (8 dots/mm). */
public enum PaperWidth {
    MM_58(384),
    MM_80(576);

    private final int dots;

    PaperWidth(int dots) {
        this.dots = dots;
    }

    public int dots() {
        return dots;
    }

    public static PaperWidth ofMillimetres(int mm) {
        return switch (mm) {
            case 58 -> MM_58;
            case 80 -> MM_80;
            default -> throw new IllegalArgumentException("paper width must be 58 or 80 mm, was " + mm);
        };
    }
}
