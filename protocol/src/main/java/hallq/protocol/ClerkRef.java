package hallq.protocol;

public record ClerkRef(String id, String name) {
}
