package io.iotad.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.artifact.CentroidTestStrategy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.score.Labels;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetectorTrainerTest {
    private static FeatureFrame frame() {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("x"));
        for (int d = 0; d < 6; d++) {
            b.add(new RowKey("a1", "b1", LocalDate.of(2024, 1, 1).plusDays(d)), d);
        }
        return b.build();
    }

    @Test
    void given_a_strategy_found_by_name_when_bound_to_raw_options_then_it_fits_with_them_and_no_cast() {
        DetectorTrainer<?> trainer = DetectorStrategies.byName("TEST_CENTROID").bind(Map.of("scale", 2.0));

        Detector d = trainer.fit(frame(), Labels.empty(), FitContext.seeded(1));

        assertThat(trainer.name()).isEqualTo(CentroidTestStrategy.NAME);
        assertThat(trainer.supervised()).isFalse();
        assertThat(trainer.options().toMap()).containsEntry("scale", 2.0);
        assertThat(d.options()).isEqualTo(trainer.options());
        assertThat(d.strategy()).isEqualTo(CentroidTestStrategy.NAME);
        assertThat(d.features()).isEqualTo(FeatureSchema.of("x"));
        assertThat(d.missingValuePolicy()).isEqualTo(MissingValuePolicy.SKIP_ROW);
        assertThat(d.historyDays()).isZero();
    }

    @Test
    void given_the_typed_strategy_when_bound_then_the_options_keep_their_type() {
        DetectorTrainer<CentroidTestStrategy.Options> trainer = new CentroidTestStrategy().bind(Map.of());

        assertThat(trainer.options().scale()).isEqualTo(1.0);
        assertThat(new CentroidTestStrategy().defaultOptions()).isEqualTo(trainer.options());
    }

    @Test
    void given_two_trainers_when_compared_then_the_strategy_name_and_options_decide() {
        DetectorTrainer<?> a = new CentroidTestStrategy().bind(Map.of("scale", 3.0));
        DetectorTrainer<?> b = DetectorStrategies.byName(CentroidTestStrategy.NAME).bind(Map.of("scale", 3.0));
        DetectorTrainer<?> c = new CentroidTestStrategy().bind(Map.of("scale", 4.0));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a.toString()).isEqualTo("test_centroid{scale=3.0}");
    }

    @Test
    void given_bad_raw_options_when_bound_then_the_strategy_names_the_option() {
        CentroidTestStrategy s = new CentroidTestStrategy();

        assertThatThrownBy(() -> s.bind(Map.of("sclae", 1.0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sclae");
        assertThatThrownBy(() -> s.bind(Map.of("scale", -1.0))).hasMessageContaining("scale");
        assertThatThrownBy(() -> new DetectorTrainer<>(s, null)).isInstanceOf(NullPointerException.class);
    }
}
