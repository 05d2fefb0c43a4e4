package hallq.display.app;

/** The screen's orientation and the size the view is designed at (it is scaled to the real screen). */
public enum Layout {
    LANDSCAPE(1920, 1080), PORTRAIT(1080, 1920);

    public final int width;
    public final int height;

    Layout(int width, int height) {
        this.width = width;
        this.height = height;
    }
}
