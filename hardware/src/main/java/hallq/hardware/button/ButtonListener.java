package hallq.hardware.button;

@FunctionalInterface
public interface ButtonListener {
    void onButton(ButtonEvent event);
}
