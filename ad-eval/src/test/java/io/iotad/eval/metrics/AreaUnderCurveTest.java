package io.iotad.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class AreaUnderCurveTest {

    @Test
    void given_distinct_scores_when_average_precision_then_matches_hand_computation() {
        // ranks: 1(pos) 0.9, 2(neg), 3(pos), 4(neg): AP = 1/2 * 1 + 1/2 * 2/3
        double ap = AreaUnderCurve.averagePrecision(new double[] {0.9, 0.8, 0.7, 0.6}, new int[] {1, 0, 1, 0});
        assertThat(ap).isCloseTo(0.5 + 1.0 / 3, within(1e-12));
    }

    @Test
    void given_distinct_scores_when_roc_auc_then_matches_pair_count() {
        // positive 0.9 beats both negatives, positive 0.7 beats one: 3 of 4 pairs
        double auc = AreaUnderCurve.rocAuc(new double[] {0.9, 0.8, 0.7, 0.6}, new int[] {1, 0, 1, 0});
        assertThat(auc).isEqualTo(0.75);
    }

    @Test
    void given_a_tie_across_classes_when_average_precision_then_tied_rows_enter_together() {
        // threshold 1 admits both tied rows at once: precision 1/2 at recall 1
        assertThat(AreaUnderCurve.averagePrecision(new double[] {1, 1, 0}, new int[] {1, 0, 0})).isEqualTo(0.5);
        assertThat(AreaUnderCurve.averagePrecision(new double[] {1, 1, 0}, new int[] {0, 1, 0})).isEqualTo(0.5);
    }

    @Test
    void given_a_tie_across_classes_when_roc_auc_then_the_tied_pair_counts_one_half() {
        // pairs: (pos 1, neg 1) = 0.5, (pos 1, neg 0) = 1
        assertThat(AreaUnderCurve.rocAuc(new double[] {1, 1, 0}, new int[] {1, 0, 0})).isEqualTo(0.75);
    }

    @Test
    void given_unscored_rows_when_computing_then_they_are_left_out() {
        double[] withNaN = {Double.NaN, 0.9, 0.8, Double.NaN, 0.7, 0.6};
        int[] labels = {1, 1, 0, 0, 1, 0};
        assertThat(AreaUnderCurve.rocAuc(withNaN, labels)).isEqualTo(0.75);
        assertThat(RankedSample.of(withNaN, labels).unscored()).isEqualTo(2);
        assertThat(RankedSample.of(withNaN, labels).unscoredPositives()).isEqualTo(1);
    }

    @Test
    void given_one_class_only_when_computing_then_the_metrics_are_undefined() {
        assertThat(AreaUnderCurve.averagePrecision(new double[] {1, 2}, new int[] {0, 0})).isNaN();
        assertThat(AreaUnderCurve.rocAuc(new double[] {1, 2}, new int[] {0, 0})).isNaN();
        assertThat(AreaUnderCurve.rocAuc(new double[] {1, 2}, new int[] {1, 1})).isNaN();
        assertThat(AreaUnderCurve.averagePrecision(new double[] {1, 2}, new int[] {1, 1})).isEqualTo(1.0);
    }

    @Test
    void given_scikit_learn_fixture_when_computing_then_both_areas_match_to_1e12() throws IOException {
        List<String[]> cases = readFixture();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
        for (String[] c : cases) {
            double[] scores = Arrays.stream(c[1].split(" ")).mapToDouble(Double::parseDouble).toArray();
            int[] labels = Arrays.stream(c[2].split(" ")).mapToInt(Integer::parseInt).toArray();
            assertThat(AreaUnderCurve.averagePrecision(scores, labels)).as("AP of case %s", c[0])
                    .isCloseTo(Double.parseDouble(c[3]), within(1e-12));
            assertThat(AreaUnderCurve.rocAuc(scores, labels)).as("ROC-AUC of case %s", c[0])
                    .isCloseTo(Double.parseDouble(c[4]), within(1e-12));
        }
    }

    private static List<String[]> readFixture() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                AreaUnderCurveTest.class.getResourceAsStream("sklearn_auc_cases.csv"), "fixture");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.startsWith("case,")) {
                    rows.add(line.split(","));
                }
            }
        }
        return rows;
    }
}
