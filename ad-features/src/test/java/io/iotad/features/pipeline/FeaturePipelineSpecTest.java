package io.iotad.features.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.features.extract.DailyLag;
import io.iotad.features.extract.FeatureExtractor;
import io.iotad.features.extract.FeatureExtractors;
import io.iotad.features.extract.HeatingDegreeDays;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeaturePipelineSpecTest {
    static final List<String> STANDARD_TEN = List.of("daily_energy_kwh", "daily_hot_water_litres", "avg_room_temp_c",
            "avg_setpoint_temp_c", "avg_temp_diff", "avg_outdoor_temp_c", "hdd", "energy_lag_1d", "energy_roll_avg_7d",
            "temp_diff_roll_std_3d");

    @Test
    void given_the_standard_spec_when_asking_its_schema_then_it_is_the_ten_contract_features_in_order() {
        FeaturePipelineSpec spec = FeaturePipelineSpec.standard();

        assertThat(spec.outputSchema().names()).isEqualTo(STANDARD_TEN);
        assertThat(spec.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(spec.staleHours()).isEqualTo(48.0);
        assertThat(spec.extractors()).contains(new HeatingDegreeDays(18.0));
    }

    /** The extractors, each after those writing the columns it reads (the standard ten are there already). */
    static List<FeatureExtractor> readersAfterWriters(java.util.Collection<FeatureExtractor> extractors) {
        java.util.Set<String> written = new java.util.HashSet<>(FeaturePipelineSpec.standard().outputSchema().names());
        List<FeatureExtractor> left = new ArrayList<>(extractors);
        List<FeatureExtractor> out = new ArrayList<>();
        while (!left.isEmpty()) {
            FeatureExtractor next = left.stream().filter(e -> written.containsAll(e.inputs())).findFirst()
                    .orElseThrow(() -> new AssertionError("no order satisfies the inputs of " + left));
            left.remove(next);
            out.add(next);
            written.addAll(next.outputs());
        }
        return out;
    }

    @Test
    void given_a_spec_with_every_extractor_when_written_to_a_map_and_read_back_then_it_is_equal() {
        FeaturePipelineSpec spec = FeaturePipelineSpec.standard(ZoneId.of("Europe/Berlin"), 24, 15.5)
                .plus(readersAfterWriters(FeatureExtractors.catalogue().values()));

        Map<String, Object> map = spec.toMap();

        assertThat(FeaturePipelineSpec.fromMap(map)).isEqualTo(spec);
        assertThat(map.get("timeZone")).isEqualTo("Europe/Berlin");
        assertThat(map.get("outputSchema")).isEqualTo(spec.outputSchema().names());
        assertThat(map.get("version")).isEqualTo(FeaturePipelineSpec.FORMAT_VERSION);
    }

    @Test
    void given_a_map_whose_values_came_from_json_when_read_then_numbers_of_any_type_are_accepted() {
        Map<String, Object> map = new LinkedHashMap<>(FeaturePipelineSpec.standard().toMap());
        map.put("version", 1L);
        map.put("staleHours", 48);

        assertThat(FeaturePipelineSpec.fromMap(map)).isEqualTo(FeaturePipelineSpec.standard());
    }

    @Test
    void given_invalid_maps_when_read_then_the_error_names_the_key() {
        Map<String, Object> base = FeaturePipelineSpec.standard().toMap();
        assertThatThrownBy(() -> FeaturePipelineSpec.fromMap(with(base, "version", 2))).hasMessageContaining("'version' must be 1, got 2");
        assertThatThrownBy(() -> FeaturePipelineSpec.fromMap(with(base, "timeZone", "Mars/Olympus"))).hasMessageContaining("'timeZone'");
        assertThatThrownBy(() -> FeaturePipelineSpec.fromMap(with(base, "staleHours", "48"))).hasMessageContaining("'staleHours' must be a number");
        assertThatThrownBy(() -> FeaturePipelineSpec.fromMap(with(base, "extractors", "all"))).hasMessageContaining("'extractors' must be a list");
        assertThatThrownBy(() -> FeaturePipelineSpec.fromMap(with(base, "extractors", List.of(1)))).hasMessageContaining("must be a map");
        assertThatThrownBy(() -> FeaturePipelineSpec.fromMap(with(base, "outputSchema", List.of("hdd")))).hasMessageContaining("'outputSchema' is [hdd]");
        assertThatThrownBy(() -> FeaturePipelineSpec.fromMap(with(base, "fillna", 0))).hasMessageContaining("unknown key 'fillna'");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, 8761, Double.NaN})
    void given_a_staleness_outside_the_range_when_creating_a_spec_then_it_is_refused(double hours) {
        assertThatThrownBy(() -> FeaturePipelineSpec.standard(ZoneId.of("UTC"), hours, 18))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("staleHours must be in (0, 8760.0]");
    }

    @Test
    void given_bad_extractor_lists_when_creating_a_spec_then_each_is_refused_with_the_reason() {
        assertThatThrownBy(() -> new FeaturePipelineSpec(null, 48, FeatureExtractors.standard(18))).hasMessageContaining("timeZone");
        assertThatThrownBy(() -> new FeaturePipelineSpec(ZoneId.of("UTC"), 48, List.of())).hasMessageContaining("extractors must not be empty");
        assertThatThrownBy(() -> new FeaturePipelineSpec(ZoneId.of("UTC"), 48, List.of(new DailyLag("daily_energy_kwh", 1, "lag"))))
                .hasMessageContaining("reads column 'daily_energy_kwh', which no earlier extractor writes");
        assertThatThrownBy(() -> FeaturePipelineSpec.standard().plus(List.of(new DailyLag("daily_energy_kwh", 1, "hdd"))))
                .hasMessageContaining("column 'hdd' is written twice");
    }

    @Test
    void given_a_parallelism_outside_the_range_when_creating_a_pipeline_then_it_is_refused() {
        assertThatThrownBy(() -> new FeaturePipeline(FeaturePipelineSpec.standard(), 0)).hasMessageContaining("parallelism must be in [1, 1024], got 0");
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.put(key, value);
        return m;
    }
}
