package hallq.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankOfOneToHundred() {
        long[] v = new long[100];
        for (int i = 0; i < 100; i++) {
            v[i] = i + 1;
        }
        assertThat(Percentiles.nearestRank(v, 0.50)).isEqualTo(50);
        assertThat(Percentiles.nearestRank(v, 0.99)).isEqualTo(99);
        assertThat(Percentiles.nearestRank(v, 1.0)).isEqualTo(100);
        assertThat(Percentiles.nearestRank(v, 0.0)).isEqualTo(1);
    }

    @Test
    void smallSamplesRoundUp() {
        long[] v = {10, 20, 30};
        assertThat(Percentiles.nearestRank(v, 0.50)).isEqualTo(20);
        assertThat(Percentiles.nearestRank(v, 0.99)).isEqualTo(30);
        assertThat(Percentiles.nearestRank(new long[] {7}, 0.99)).isEqualTo(7);
    }

    @Test
    void summarizeSortsACopy() {
        long[] v = {5, 1, 4, 2, 3};
        Percentiles.Summary s = Percentiles.summarize(v);
        assertThat(s.count()).isEqualTo(5);
        assertThat(s.p50()).isEqualTo(3);
        assertThat(s.p99()).isEqualTo(5);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(5);
        assertThat(v).containsExactly(5, 1, 4, 2, 3);
        assertThat(Percentiles.summarize(new long[0]).count()).isZero();
    }

    @Test
    void samplesGrowAndMerge() {
        Percentiles.Samples a = new Percentiles.Samples();
        for (int i = 0; i < 1000; i++) {
            a.add(i);
        }
        Percentiles.Samples b = new Percentiles.Samples();
        b.add(5000);
        b.addAll(a);
        assertThat(b.size()).isEqualTo(1001);
        assertThat(b.summary().max()).isEqualTo(5000);
    }

    @Test
    void rejectsNoSamplesAndBadQuantiles() {
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[0], 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[] {1}, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
