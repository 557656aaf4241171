package io.iotad.examples.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.DetectorStrategy;
import io.iotad.core.detect.DetectorTrainer;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.score.Labels;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnergyZScoreStrategyTest {
    private static FeatureFrame frame() {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("daily_energy_kwh"));
        for (int d = 0; d < 10; d++) {
            b.add(new RowKey("a1", "b1", LocalDate.of(2024, 1, 1).plusDays(d)), 10 + (d % 2));
            b.add(new RowKey("a2", "b1", LocalDate.of(2024, 1, 1).plusDays(d)), d == 9 ? 40 : 20 + (d % 2));
        }
        return b.build();
    }

    @Test
    void the_strategy_is_found_by_name_in_any_case() {
        assertThat(DetectorStrategies.byName("ENERGY_ZSCORE")).isInstanceOf(EnergyZScoreStrategy.class);
    }

    @Test
    void the_outlying_day_scores_highest_and_a_round_trip_scores_bit_identically() throws Exception {
        DetectorStrategy<?> s = DetectorStrategies.byName(EnergyZScoreStrategy.NAME);
        Detector d = s.bind(Map.of("min_days", 5)).fit(frame(), Labels.empty(), FitContext.seeded(1));
        double[] scores = d.score(frame()).values();
        assertThat(d.score(frame()).topK(1)).containsExactly(19);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        s.codec().write(d, buf);
        Detector back = s.codec().read(new ByteArrayInputStream(buf.toByteArray()), 1);
        assertThat(back.score(frame()).values()).containsExactly(scores);
        assertThatThrownBy(() -> s.codec().read(new ByteArrayInputStream(buf.toByteArray()), 2))
                .isInstanceOf(UnsupportedVersionException.class).hasMessageContaining("Unknown version 2");
    }

    @Test
    void a_strategy_bound_to_its_options_fits_a_detector_whose_options_are_typed() {
        DetectorTrainer<EnergyZScoreStrategy.Options> trainer = new EnergyZScoreStrategy().bind(Map.of("min_days", 5));
        EnergyZScoreStrategy.EnergyZScoreDetector d = (EnergyZScoreStrategy.EnergyZScoreDetector) trainer.fit(frame(),
                Labels.empty(), FitContext.seeded(1));
        assertThat(trainer.options()).isEqualTo(new EnergyZScoreStrategy.Options("daily_energy_kwh", 5));
        assertThat(d.options().minDays()).isEqualTo(5);
        assertThat(d.options().toMap()).containsEntry("min_days", 5).containsEntry("feature", "daily_energy_kwh");
    }

    @Test
    void options_are_validated_by_name() {
        EnergyZScoreStrategy s = new EnergyZScoreStrategy();
        assertThatThrownBy(() -> s.parseOptions(Map.of("min_dayz", 3))).hasMessageContaining("min_dayz");
        assertThatThrownBy(() -> s.parseOptions(Map.of("min_days", 1))).hasMessageContaining("min_days");
        assertThatThrownBy(() -> s.parseOptions(Map.of("min_days", 2.5))).hasMessageContaining("whole number");
        assertThatThrownBy(() -> s.parseOptions(Map.of("feature", " "))).hasMessageContaining("feature");
    }
}
