package hallq.server.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.Outcome;
import hallq.protocol.message.Requests;
import hallq.server.queue.HallException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TypedArgumentsTest {
    private static Object read(String json, Class<?> type) throws Exception {
        return TypedArguments.read(Json.readWhole(json), type);
    }

    @Test
    void checkedArgumentsBecomeTheTypedRequest() throws Exception {
        assertThat(read("{\"outcome\":\"accepted\",\"dueDate\":\"2026-12-10\"}", Requests.Finish.class))
                .isEqualTo(new Requests.Finish(Outcome.ACCEPTED, LocalDate.of(2026, 12, 10)));
        assertThat(read("{\"zone\":\"legal\"}", Requests.Issue.class))
                .isEqualTo(new Requests.Issue("legal", null, null, null));
        assertThat(read("{}", OpHandlers.NoArguments.class)).isEqualTo(new OpHandlers.NoArguments());
    }

    @Test
    void whatDoesNotFitIsABadRequestNamingTheField() {
        assertThatThrownBy(() -> read("{\"outcome\":\"maybe\"}", Requests.Finish.class))
                .isInstanceOfSatisfying(HallException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST))
                .hasMessage("'outcome' must be done, accepted, incomplete, rejected, consult");
        assertThatThrownBy(() -> read("{\"outcome\":\"done\",\"dueDate\":\"2026-13-01\"}", Requests.Finish.class))
                .hasMessage("'dueDate' must be a date YYYY-MM-DD");
        assertThatThrownBy(() -> read("{\"ticket\":\"A001\"}", Requests.Rate.class))
                .hasMessage("'level' is missing");
        assertThatThrownBy(() -> TypedArguments.required(null, "zone")).hasMessage("missing 'zone'");
    }
}
