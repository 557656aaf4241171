package io.iotad.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.iotad.core.detect.AbstractDetector;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorOptions;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.score.Scores;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reasons on hand-computed fixtures: the robust deviation, TreeSHAP-style attributions, the stored text. */
class ExplainerTest {
    private static final FeatureSchema ABC = FeatureSchema.of("a", "b", "c");
    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    /** a = 1 2 3 4 100 (median 3, MAD 1); b = 5 5 5 5 6 (MAD 0, mean |dev| 0.2); c constant 7. */
    static FeatureFrame training() {
        FeatureFrame.Builder b = FeatureFrame.builder(ABC);
        double[] a = {1, 2, 3, 4, 100};
        double[] bb = {5, 5, 5, 5, 6};
        for (int i = 0; i < 5; i++) {
            b.add(new RowKey("apt_" + i, "b1", DAY), a[i], bb[i], 7);
        }
        return b.build();
    }

    static FeatureFrame row(double a, double b, double c) {
        return FeatureFrame.builder(ABC).add(new RowKey("apt_9", "b1", DAY.plusDays(1)), a, b, c).build();
    }

    @Test
    void given_training_rows_when_measured_then_median_and_robust_scale_are_the_hand_computed_ones() {
        FeatureBaseline base = FeatureBaseline.of(training(), ABC);
        assertThat(base.median("a")).hasValue(3.0);
        assertThat(base.scale("a")).hasValue(1.4826);
        assertThat(base.median("b")).hasValue(5.0);
        assertThat(base.scale("b").getAsDouble()).isCloseTo(1.2533 * 0.2, within(1e-12));
        assertThat(base.scale("c")).hasValue(0.0);
        assertThat(base.deviation("a", 6)).isCloseTo(3 / 1.4826, within(1e-12));
        assertThat(base.deviation("c", 9)).isNaN();
        assertThat(FeatureBaseline.fromMap(base.toMap())).isEqualTo(base);
        assertThatThrownBy(() -> FeatureBaseline.fromMap(Map.of("a", Map.of("median", 1.0, "scale", -1.0))))
                .hasMessageContaining("feature_baseline.a").hasMessageContaining("scale -1.0");
    }

    @Test
    void given_a_detector_without_attributions_when_explained_then_the_largest_robust_deviations_are_listed() {
        Detector d = detector(false);
        Reason r = new Explainer(d, FeatureBaseline.of(training(), ABC)).reasons(row(6, 4, 9))[0];
        // z_a = (6 - 3) / 1.4826 = 2.02; z_b = (4 - 5) / 0.25066 = -3.99; c is constant in training: left out
        assertThat(r.method()).isEqualTo(Reason.ROBUST_DEVIATION);
        assertThat(r.top()).extracting(Contribution::feature).containsExactly("b", "a");
        assertThat(r.top().get(0).direction()).isEqualTo(Direction.LOW);
        assertThat(r.top().get(0).size()).isCloseTo(1 / (1.2533 * 0.2), within(1e-9));
        assertThat(r.top().get(1).direction()).isEqualTo(Direction.HIGH);
        assertThat(r.top().get(1).size()).isCloseTo(3 / 1.4826, within(1e-9));
        assertThat(r.text()).isEqualTo("b low +3.99, a high +2.02 (robust SD)");
    }

    @Test
    void given_a_detector_with_attributions_when_explained_then_the_largest_positive_contributions_are_listed() {
        Detector d = detector(true); // contributions a 0.5, b -0.2, c 1.5, bias 0.1
        Reason r = new Explainer(d, FeatureBaseline.of(training(), ABC)).reasons(row(6, 4, 9))[0];
        assertThat(r.method()).isEqualTo(Reason.TREE_SHAP);
        assertThat(r.top()).extracting(Contribution::feature).containsExactly("c", "a");
        assertThat(r.top()).extracting(Contribution::size).containsExactly(1.5, 0.5);
        assertThat(r.top()).extracting(Contribution::direction).containsExactly(Direction.HIGH, Direction.HIGH);
        assertThat(r.unit()).isEqualTo("log-odds");
    }

    @Test
    void given_scores_when_explained_then_every_scored_row_has_a_reason_and_unscored_ones_none() {
        FeatureFrame rows = FeatureFrame.builder(ABC).add(new RowKey("apt_1", "b1", DAY), 6, 4, 9)
                .add(new RowKey("apt_2", "b1", DAY), 3, 5, 7).build();
        Scores s = Scores.of(rows, new double[] {1.0, Double.NaN});
        Scores explained = new Explainer(detector(false), FeatureBaseline.of(training(), ABC)).explain(s);
        assertThat(explained.hasReasons()).isTrue();
        assertThat(explained.reason(0).isEmpty()).isFalse();
        assertThat(explained.reason(1)).isEqualTo(Reason.NONE);
        assertThat(explained.values()).containsExactly(1.0, Double.NaN);
        assertThat(s.reason(0)).isEqualTo(Reason.NONE);
    }

    @Test
    void given_a_reason_when_stored_as_json_and_read_then_it_is_the_same_and_bad_text_is_named() {
        Reason r = new Reason(Reason.ROBUST_DEVIATION, List.of(new Contribution("room_temp_min", Direction.LOW, 16.25, 3.5),
                new Contribution("hot_water", Direction.MISSING, Double.NaN, 0.0)));
        assertThat(Reason.parse(r.toJson())).isEqualTo(r);
        assertThat(Reason.parse("")).isEqualTo(Reason.NONE);
        assertThat(Reason.NONE.toJson()).isEmpty();
        assertThat(r.toMap()).containsEntry("unit", "robust SD");
        assertThatThrownBy(() -> Reason.parse("{\"method\":\"tree_shap\",\"top\":[{\"feature\":\"a\"}]}"))
                .hasMessageContaining("reason item must have");
        assertThatThrownBy(() -> Reason.parse("{\"method\":\"guess\",\"top\":[]}")).hasMessageContaining("guess");
        assertThatThrownBy(() -> Reason.parse("not json")).hasMessageContaining("not valid JSON");
    }

    @Test
    void given_scores_when_explained_then_each_reason_is_the_batch_reason_computed_once_when_first_asked_for() {
        FeatureFrame frame = FeatureFrame.builder(ABC).add(new RowKey("apt_7", "b1", DAY.plusDays(1)), 6, 4, 9)
                .add(new RowKey("apt_8", "b1", DAY.plusDays(1)), 2, 7, 7)
                .add(new RowKey("apt_9", "b1", DAY.plusDays(1)), 50, 5, 7).build();
        Explainer explainer = new Explainer(detector(false), FeatureBaseline.of(training(), ABC));
        Reason[] batch = explainer.reasons(frame);

        Scores explained = explainer.explain(Scores.of(frame, new double[] {1.0, Double.NaN, 3.0}));

        assertThat(explained.hasReasons()).isTrue();
        assertThat(explained.reason(0)).isEqualTo(batch[0]).isSameAs(explained.reason(0));
        assertThat(explained.reason(1)).isEqualTo(Reason.NONE);
        assertThat(explained.reason(2)).isEqualTo(batch[2]);

        int[] asked = new int[3];
        Scores lazy = Scores.of(frame, new double[3]).withReasons(row -> {
            asked[row]++;
            return batch[row];
        });
        lazy.reason(2);
        lazy.reason(2);
        assertThat(asked).containsExactly(0, 0, 1);
        Scores broken = Scores.of(frame, new double[3]).withReasons(row -> null);
        assertThatThrownBy(() -> broken.reason(1)).isInstanceOf(NullPointerException.class).hasMessageContaining("row 1");
    }

    private static Detector detector(boolean attributing) {
        abstract class Base extends AbstractDetector<DetectorOptions> {
            Base() {
                super("fixture", ABC, MissingValuePolicy.NATIVE, Map::of);
            }

            @Override
            public Scores score(FeatureFrame frame) {
                return Scores.of(frame, new double[frame.rowCount()]);
            }
        }
        final class Attributing extends Base implements FeatureAttribution {
            @Override
            public double[][] contributions(FeatureFrame frame) {
                double[][] c = new double[frame.rowCount()][];
                java.util.Arrays.setAll(c, i -> new double[] {0.5, -0.2, 1.5, 0.1});
                return c;
            }
        }
        return attributing ? new Attributing() : new Base() {
        };
    }
}
