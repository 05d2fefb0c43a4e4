package hallq.protocol.hall;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Clerk(String id, String name, String pin) {
    public Clerk withoutPin() {
        return new Clerk(id, name, null);
    }
}
