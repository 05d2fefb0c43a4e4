package hallq.hardware.led;

/** The window's LED sign ("请 A007 到 5 号窗口"). Calls return at once; scrolling runs in the background. */
public interface LedStrip extends AutoCloseable {

    /** Shows the text still if it fits, scrolling otherwise. */
    void show(String text);

    /** Shows the text still, centred if it fits, else its start. */
    void showStatic(String text);

    /** Scrolls the text right to left, over and over, until other text is shown. */
    void scroll(String text);

    void clear();

    /** Shows the text as {@link #show} does, or clears the sign for "", unless that is already on it. */
    default void update(String text) {
        if (text.equals(text())) {
            return;
        }
        if (text.isEmpty()) {
            clear();
        } else {
            show(text);
        }
    }

    /** 0..15. */
    void brightness(int level);

    int widthPixels();

    int heightPixels();

    /** True while the current text scrolls. */
    boolean isScrolling();

    /** The text being shown, "" when clear. */
    String text();

    @Override
    void close();
}
