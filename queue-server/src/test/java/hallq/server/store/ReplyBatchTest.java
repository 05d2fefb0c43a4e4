package hallq.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyBatchTest {
    private static final Instant AT = Instant.parse("2026-11-23T01:00:00Z");

    private static StoredReply reply(String device, String id, String body) {
        return new StoredReply(device, id, AT, body);
    }

    @Test
    void aReplyIsFoundByDeviceAndRequestIdExactlyAsItWasSent() throws IOException {
        String sent = "{\"re\":\"r-2\",\"ok\":true,\"ticket\":{\"number\":\"A007\",\"zone\":\"legal\",\"note\":\"请\\\"A\\\"\"}}";
        String bodies = ReplyBatch.bodies(List.of(
                reply("kiosk-1", "r-1", "{\"re\":\"r-1\",\"ok\":true,\"ticket\":null}"),
                reply("kiosk-1", "r-2", sent),
                reply("kiosk-2", "r-2", "{\"re\":\"r-2\",\"ok\":false,\"error\":{\"code\":\"CLOSED\"}}")));

        assertThat(ReplyBatch.find(bodies, "kiosk-1", "r-2")).isEqualTo(sent);
        assertThat(ReplyBatch.find(bodies, "kiosk-2", "r-2")).contains("CLOSED");
        assertThat(ReplyBatch.find(bodies, "kiosk-1", "r-3")).isNull();
        assertThat(ReplyBatch.find(bodies, "kiosk-3", "r-1")).isNull();
    }

    @Test
    void aReusedRequestIdInOneBatchAnswersWithTheNewerReply() throws IOException {
        String bodies = ReplyBatch.bodies(List.of(reply("pad-1", "x", "{\"n\":1}"), reply("pad-1", "x", "{\"n\":2}")));

        assertThat(ReplyBatch.find(bodies, "pad-1", "x")).isEqualTo("{\"n\":2}");
    }

    @Test
    void hashesSurviveThePackingInOrder() {
        List<StoredReply> replies = List.of(reply("a", "1", "{}"), reply("b", "2", "{}"), reply("a", "2", "{}"));

        assertThat(ReplyBatch.hashes(ReplyBatch.hashes(replies)))
                .containsExactly(replies.get(0).keyHash(), replies.get(1).keyHash(), replies.get(2).keyHash());
        assertThat(replies.get(0).keyHash()).isNotEqualTo(replies.get(2).keyHash());
    }

    @Test
    void aDamagedRowIsAnErrorNotAMiss() {
        assertThatThrownBy(() -> ReplyBatch.find("{\"not\":\"a batch\"}", "a", "1")).isInstanceOf(IOException.class);
    }
}
