package hallq.protocol.hall;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A service zone (法人服务区, 自然人服务区, ...) with its own ticket numbering. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Zone(String id, String name, String nameEn, String prefix, String greenPrefix, Integer dailyCap) {
    public Zone {
        if (greenPrefix == null && prefix != null) {
            greenPrefix = "V" + prefix;
        }
    }
}
