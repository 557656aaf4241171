package io.iotad.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MetricPropertiesTest {

    /** Scores with few distinct values (so ties are common), some NaN, and labels. */
    record Data(double[] scores, int[] labels) {
    }

    @Provide
    Arbitrary<Data> data() {
        return Arbitraries.integers().between(1, 60).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(-1, 8).array(int[].class).ofSize(n),
                Arbitraries.integers().between(0, 1).array(int[].class).ofSize(n)).as((s, y) -> {
                    double[] scores = new double[n];
                    for (int i = 0; i < n; i++) {
                        scores[i] = s[i] < 0 ? Double.NaN : s[i] / 2.0;
                    }
                    return new Data(scores, y);
                }));
    }

    @Property
    void precision_and_recall_at_k_lie_in_the_unit_interval(@ForAll("data") Data d, @ForAll @IntRange(min = 1, max = 80) int k) {
        double p = RankingMetrics.precisionAtK(d.scores(), d.labels(), k);
        double r = RankingMetrics.recallAtK(d.scores(), d.labels(), k);
        assertThat(Double.isNaN(p) || (p >= 0 && p <= 1)).isTrue();
        assertThat(Double.isNaN(r) || (r >= 0 && r <= 1)).isTrue();
    }

    @Property
    void recall_at_k_never_decreases_as_k_grows(@ForAll("data") Data d) {
        RankedSample s = RankedSample.of(d.scores(), d.labels());
        double previous = -1;
        for (int k = 1; k <= d.scores().length + 1; k++) {
            double r = RankingMetrics.recallAtK(s, k);
            if (!Double.isNaN(r)) {
                assertThat(r).isGreaterThanOrEqualTo(previous);
                previous = r;
            }
        }
    }

    @Property
    void reversing_the_scores_turns_roc_auc_into_its_complement(@ForAll("data") Data d) {
        double[] reversed = new double[d.scores().length];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = -d.scores()[i];
        }
        double auc = AreaUnderCurve.rocAuc(d.scores(), d.labels());
        double back = AreaUnderCurve.rocAuc(reversed, d.labels());
        if (Double.isNaN(auc)) {
            assertThat(back).isNaN();
        } else {
            assertThat(back).isCloseTo(1 - auc, within(1e-12));
        }
    }

    @Property
    void average_precision_lies_between_the_positive_share_floor_and_one(@ForAll("data") Data d) {
        RankedSample s = RankedSample.of(d.scores(), d.labels());
        double ap = AreaUnderCurve.averagePrecision(s);
        if (s.positives() == 0) {
            assertThat(ap).isNaN();
        } else {
            assertThat(ap).isBetween(0.0, 1.0 + 1e-12);
            assertThat(ap).isGreaterThan(0.0);
        }
    }

    @Property
    void a_partition_ranks_each_group_as_a_fresh_ranking_of_its_rows_would(@ForAll("data") Data d) {
        int n = d.scores().length;
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = (i * 7 + d.labels()[i]) % 3;
        }
        RankedSample[] parts = RankedSample.of(d.scores(), d.labels()).partition(group, 3);
        for (int g = 0; g < 3; g++) {
            int id = g;
            int[] rows = java.util.stream.IntStream.range(0, n).filter(i -> group[i] == id).toArray();
            double[] s = java.util.Arrays.stream(rows).mapToDouble(i -> d.scores()[i]).toArray();
            int[] y = java.util.Arrays.stream(rows).map(i -> d.labels()[i]).toArray();
            RankedSample fresh = RankedSample.of(s, y);
            RankedSample filtered = RankedSample.of(d.scores(), d.labels()).subset(i -> group[i] == id);
            for (RankedSample part : new RankedSample[] {parts[g], filtered}) {
                assertThat(part.size()).isEqualTo(fresh.size());
                assertThat(part.unscored()).isEqualTo(fresh.unscored());
                assertThat(part.unscoredPositives()).isEqualTo(fresh.unscoredPositives());
                for (int r = 0; r < part.size(); r++) {
                    assertThat(part.row(r)).isEqualTo(rows[fresh.row(r)]);
                    assertThat(part.label(r)).isEqualTo(fresh.label(r));
                }
            }
        }
    }
}
