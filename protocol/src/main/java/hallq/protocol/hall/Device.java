package hallq.protocol.hall;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A terminal allowed to connect: its role, its secret, and for pads and zone displays what it is bound to. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Device(String id, Role role, String token, String counter, List<String> zones) {
    public Device {
        zones = zones == null ? List.of() : List.copyOf(zones);
    }

    public Device withoutToken() {
        return new Device(id, role, null, counter, zones);
    }
}
