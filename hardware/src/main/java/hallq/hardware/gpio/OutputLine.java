package hallq.hardware.gpio;

/** One digital output as the devices see it: "active" already accounts for active-low wiring. */
public interface OutputLine extends AutoCloseable {

    String name();

    void set(boolean active);

    boolean isActive();

    @Override
    void close();
}
