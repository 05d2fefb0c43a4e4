package hallq.protocol;

/** A window as named in a {@code called} event. */
public record CounterRef(String id, String name, String nameEn) {
}
