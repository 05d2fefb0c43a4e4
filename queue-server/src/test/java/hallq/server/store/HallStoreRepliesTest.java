package hallq.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.server.queue.Effects;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept replies on disk: found by batch, indexed again after a restart, gone once pruned. */
class HallStoreRepliesTest {
    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    @TempDir
    Path data;

    private static StoredReply reply(String id, Instant at) {
        return new StoredReply("kiosk-1", id, at, "{\"re\":\"" + id + "\",\"ok\":true}");
    }

    @Test
    void repliesSurviveARestartAndArePrunedWithTheirKeys() throws Exception {
        long first;
        long second;
        try (HallStore store = HallStore.open(data)) {
            first = store.commit(new Effects(), List.of(reply("a", T0), reply("b", T0)), 1, null);
            assertThat(store.commit(new Effects(), List.of(), 2, null)).as("no replies, no batch").isEqualTo(-1);
            second = store.commit(new Effects(), List.of(reply("c", T0.plusSeconds(600))), 3, null);
        }
        assertThat(second).isGreaterThan(first);
        try (HallStore store = HallStore.open(data)) {
            List<KeptBatch> kept = store.keptSince(T0.minusSeconds(1));
            assertThat(kept).extracting(KeptBatch::id).containsExactly(first, second);
            assertThat(kept.get(0).keyHashes()).containsExactly(StoredReply.keyHash("kiosk-1", "a"),
                    StoredReply.keyHash("kiosk-1", "b"));
            assertThat(store.reply(first, "kiosk-1", "b")).isEqualTo("{\"re\":\"b\",\"ok\":true}");
            assertThat(store.reply(first, "kiosk-1", "c")).isNull();
            assertThat(store.commit(new Effects(), List.of(reply("d", T0.plusSeconds(700))), 4, null))
                    .as("numbers go on after a restart").isGreaterThan(second);

            store.commit(new Effects(), List.of(), 5, T0.plus(Duration.ofMinutes(5)));
            assertThat(store.reply(first, "kiosk-1", "a")).as("pruned").isNull();
            assertThat(store.keptSince(T0.minusSeconds(1))).extracting(KeptBatch::id).doesNotContain(first)
                    .contains(second);
            assertThat(store.reply(second, "kiosk-1", "c")).as("a newer one stays").isNotNull();
        }
    }
}
