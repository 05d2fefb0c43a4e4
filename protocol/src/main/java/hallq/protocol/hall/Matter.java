package hallq.protocol.hall;

import com.fasterxml.jackson.annotation.JsonInclude;
import hallq.protocol.MatterKind;
import java.util.List;

/**
 * One matter (事项) of the hall's catalogue (issue 18, the hall file's {@code matters:}): its {@code code} (the
 * 事项编码 the hall uses), {@code name}, the {@code zone} that accepts it, its {@code kind} (即办 or 承诺),
 * {@code promisedDays} (承诺时限 in working days, for a promised matter) and the {@code materials} the citizen brings
 * (申请材料), in the order the window checks them. {@code initials}: the name's pinyin initials in lower case
 * ({@code 不动产登记} → {@code bdcdj}), computed when the hall file is read unless the file gives them (a name whose
 * characters read differently in it, 银行 as yinhang, say).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Matter(String code, String name, String zone, MatterKind kind, Integer promisedDays,
                     List<String> materials, String initials) {
    public Matter {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    public boolean promised() {
        return kind == MatterKind.PROMISED;
    }

    public Matter withInitials(String initials) {
        return new Matter(code, name, zone, kind, promisedDays, materials, initials);
    }
}
