package io.iotad.features.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.extract.FeatureExtractors;
import io.iotad.features.extract.HeatingDegreeDays;
import io.iotad.features.extract.RollingWindow;
import io.iotad.features.pipeline.FeaturePipeline;
import io.iotad.features.pipeline.FeaturePipelineSpec;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.SensorSeries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Extractors are plug-ins found by kind and by catalogue name through the ServiceLoader, as detectors are. */
class ExtractorPluginTest {
    @Test
    void given_a_plugged_in_kind_when_named_or_read_from_a_spec_then_it_is_found_and_runs_in_the_pipeline() {
        FeaturePipelineSpec spec = FeaturePipelineSpec.standard().plus(List.of(FeatureExtractors.named("energy_squared")));

        FeaturePipelineSpec back = FeaturePipelineSpec.fromMap(spec.toMap());
        FeatureFrame f = new FeaturePipeline(back, 1).run(List.of(apartment()), Map.of(), ProgressListener.NONE);

        assertThat(back).isEqualTo(spec);
        assertThat(FeatureExtractors.kinds()).containsKeys(EnergySquared.KIND, "lag", "rolling", "counter_consumption");
        double[] energy = f.column("daily_energy_kwh");
        double[] squared = f.column("energy_squared");
        assertThat(energy).isNotEmpty();
        for (int i = 0; i < energy.length; i++) {
            assertThat(squared[i]).isEqualTo(energy[i] * energy[i]);
        }
    }

    @Test
    void given_the_built_in_kinds_when_listed_then_the_spec_of_an_existing_artifact_reads_unchanged() {
        Map<String, Object> recorded = Map.of("kind", "rolling", "source", "daily_energy_kwh", "statistic", "std",
                "window", 7, "minPresent", 4, "output", "energy_roll_std_7d");

        assertThat(FeatureExtractors.fromMap(recorded)).isEqualTo(FeatureExtractors.named("energy_roll_std_7d"))
                .isEqualTo(new RollingWindow("daily_energy_kwh", RollingWindow.Statistic.STD, 7, 4, "energy_roll_std_7d"));
        assertThat(FeatureExtractors.fromMap(Map.of("kind", "heating_degree_days", "baseC", 16.0)))
                .isEqualTo(new HeatingDegreeDays(16.0));
        assertThat(FeatureExtractors.catalogue()).containsKeys("energy_lag_2d", "energy_lag_7d", "energy_roll_std_7d",
                "temp_diff_roll_avg_3d", "outdoor_temp_x_temp_diff", "energy_per_hdd", "hourly_energy_profile", "calendar",
                "energy_squared");
    }

    @Test
    void given_a_kind_that_is_not_on_the_class_path_when_read_then_the_error_lists_the_known_kinds() {
        assertThatThrownBy(() -> FeatureExtractors.fromMap(Map.of("kind", "warp_drive")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown kind 'warp_drive'", "test_square");
        assertThatThrownBy(() -> FeatureExtractors.fromMap(Map.of("kind", "test_square", "source", "a")))
                .hasMessageContaining("'output' is missing");
    }

    private static ApartmentReadings apartment() {
        long day = 86_400L * 1_000_000_000L;
        long start = java.time.Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() * 1_000_000_000L;
        int n = 4 * 24 * 5;
        long[] at = new long[n];
        double[] kwh = new double[n];
        for (int i = 0; i < n; i++) {
            at[i] = start + i * (day / 96);
            kwh[i] = i * 0.25;
        }
        return new ApartmentReadings("a1", "b1", List.of(new SensorSeries("heating_energy_kwh", "", at, kwh)), at);
    }
}
