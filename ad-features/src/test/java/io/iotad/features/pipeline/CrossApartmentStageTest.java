package io.iotad.features.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.extract.DailyLag;
import io.iotad.features.extract.FeatureExtractors;
import io.iotad.features.extract.PeerRelative;
import io.iotad.features.extract.ReadingsBuilder;
import io.iotad.features.readings.ApartmentReadings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pipeline's cross-apartment stage and the spec's rules for it. */
class CrossApartmentStageTest {
    private static final long T0 = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() * 1_000_000_000L;
    private static final long HOUR = 3600L * 1_000_000_000L;

    /** An apartment using {@code kwhPerHour} every hour for two days, rooms at setpoint. */
    private static ApartmentReadings apartment(String id, String building, double kwhPerHour) {
        ReadingsBuilder b = new ReadingsBuilder(id, building);
        for (int h = 0; h <= 48; h++) {
            b.atNanos(T0 + h * HOUR).energy(h * kwhPerHour).temp("lr", 21).setpoint("lr", 21);
        }
        return b.build();
    }

    @Test
    void given_a_building_when_running_the_pipeline_then_each_apartment_is_compared_with_the_others_of_its_building_and_day() {
        FeaturePipelineSpec spec = FeaturePipelineSpec.standard()
                .plus(List.of(new PeerRelative("daily_energy_kwh", 2, 0.5, "peer_energy")));
        List<ApartmentReadings> apartments = new ArrayList<>(List.of(apartment("a1", "b", 1.0), apartment("a2", "b", 1.0),
                apartment("a3", "b", 2.0), apartment("c1", "c", 5.0)));

        FeatureFrame f = new FeaturePipeline(spec, 2).run(apartments, Map.of(), ProgressListener.NONE);

        double[] z = f.column("peer_energy");
        for (int i = 0; i < f.rowCount(); i++) {
            if (!f.eventDate(i).equals(LocalDate.parse("2024-01-01"))) {
                continue;
            }
            switch (f.apartmentId(i)) {
                // a3 uses 48 kWh against peers at 24 and 24: median 24, MAD 0, scale floor 0.5
                case "a3" -> assertThat(z[i]).isCloseTo((48 - 24) / 0.5, within(1e-9));
                // a1 against 24 and 48: median 36, MAD 12
                case "a1", "a2" -> assertThat(z[i]).isCloseTo((24 - 36) / (1.4826 * 12), within(1e-9));
                default -> assertThat(z[i]).as("alone in building c").isNaN();
            }
        }
        // the per-apartment function alone cannot know the peers: the column is a missing placeholder there
        assertThat(new FeaturePipeline(spec, 1).apartment(apartments.get(2), null).columns()[spec.outputSchema().indexOf("peer_energy")])
                .containsOnly(Double.NaN);
    }

    @Test
    void given_a_per_apartment_extractor_reading_a_peer_column_when_building_the_spec_then_it_is_refused() {
        assertThatThrownBy(() -> FeaturePipelineSpec.standard().plus(List.of(new PeerRelative("daily_energy_kwh", 2, 0.5, "peer_e"),
                new DailyLag("peer_e", 1, "peer_e_lag"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("peer_e").hasMessageContaining("cross-apartment");
    }

    @Test
    void given_trailing_extractors_when_asking_the_spec_its_lookback_then_it_adds_up_along_the_columns_read() {
        assertThat(FeaturePipelineSpec.standard().lookbackDays()).isEqualTo(7); // the 7-day mean: 6 days before + the counter
        FeaturePipelineSpec physics = FeaturePipelineSpec.standard().plus(List.of(FeatureExtractors.named("energy_per_hdd"),
                FeatureExtractors.named("energy_per_hdd_baseline"), FeatureExtractors.named("peer_energy_z")));
        assertThat(physics.lookbackDays()).isEqualTo(29); // 28 days before the day, and the counter reading before those
    }

    @Test
    void given_the_fault_physics_spec_when_written_to_its_map_and_read_back_then_it_is_equal() {
        FeaturePipelineSpec spec = NoLookAheadPropertiesTest.spec();

        assertThat(FeaturePipelineSpec.fromMap(spec.toMap())).isEqualTo(spec);
    }
}
