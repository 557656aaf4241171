package io.iotad.features.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtractorParametersTest {
    @Test
    void given_every_catalogued_extractor_when_written_to_a_map_and_read_back_then_it_is_equal() {
        List<FeatureExtractor> all = new ArrayList<>(FeatureExtractors.standard(16.5));
        all.addAll(FeatureExtractors.catalogue().values());

        for (FeatureExtractor e : all) {
            assertThat(FeatureExtractors.fromMap(e.toMap())).isEqualTo(e);
        }
    }

    @Test
    void given_an_unknown_optional_name_when_looking_it_up_then_the_error_lists_the_known_names() {
        assertThatThrownBy(() -> FeatureExtractors.named("energy_lag_99d"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("energy_lag_99d").hasMessageContaining("energy_lag_2d");
    }

    @Test
    void given_maps_with_bad_keys_when_reading_them_then_the_error_names_the_key() {
        assertThatThrownBy(() -> FeatureExtractors.fromMap(Map.of("kind", "warp_drive")))
                .hasMessageContaining("unknown kind 'warp_drive'");
        assertThatThrownBy(() -> FeatureExtractors.fromMap(Map.of("sensorType", "x")))
                .hasMessageContaining("'kind'");
        assertThatThrownBy(() -> FeatureExtractors.fromMap(Map.of("kind", "lag", "source", "x", "output", "y")))
                .hasMessageContaining("'days' is missing");
        assertThatThrownBy(() -> FeatureExtractors.fromMap(Map.of("kind", "lag", "source", "x", "days", 1.5, "output", "y")))
                .hasMessageContaining("'days' must be an integer");
        assertThatThrownBy(() -> FeatureExtractors.fromMap(Map.of("kind", "lag", "source", 3, "days", 1, "output", "y")))
                .hasMessageContaining("'source' must be a string");
        assertThatThrownBy(() -> FeatureExtractors.fromMap(Map.of("kind", "heating_degree_days", "baseC", "18")))
                .hasMessageContaining("'baseC' must be a number");
        Map<String, Object> extra = new LinkedHashMap<>(new HeatingDegreeDays(18).toMap());
        extra.put("colour", "blue");
        assertThatThrownBy(() -> FeatureExtractors.fromMap(extra)).hasMessageContaining("unknown keys [colour]");
        assertThatThrownBy(() -> FeatureExtractors.fromMap(Map.of("kind", "rolling", "source", "x", "statistic", "median",
                "window", 3, "minPresent", 2, "output", "y"))).hasMessageContaining("statistic must be one of");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 25, -1})
    void given_min_hours_outside_1_to_24_when_creating_outdoor_temperature_then_it_is_refused(int hours) {
        assertThatThrownBy(() -> new OutdoorTemperature(hours)).hasMessageContaining("minHours must be in [1, 24], got " + hours);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-31, 40.5, Double.NaN})
    void given_an_implausible_hdd_base_when_creating_hdd_then_it_is_refused(double base) {
        assertThatThrownBy(() -> new HeatingDegreeDays(base)).hasMessageContaining("baseC (HDD base temperature) must be in [-30, 40]");
    }

    @Test
    void given_bad_lag_window_and_ratio_parameters_when_creating_extractors_then_each_is_refused_by_name() {
        assertThatThrownBy(() -> new DailyLag("x", 0, "y")).hasMessageContaining("days (lag) must be in [1, 366], got 0");
        assertThatThrownBy(() -> new DailyLag(" ", 1, "y")).hasMessageContaining("source must be a non-blank");
        assertThatThrownBy(() -> new DailyLag("x", 1, null)).hasMessageContaining("output must be a non-blank");
        assertThatThrownBy(() -> new RollingWindow("x", RollingWindow.Statistic.MEAN, 0, 1, "y")).hasMessageContaining("window must be in [1, 366]");
        assertThatThrownBy(() -> new RollingWindow("x", RollingWindow.Statistic.MEAN, 3, 4, "y")).hasMessageContaining("minPresent must be in [1, window=3]");
        assertThatThrownBy(() -> new RollingWindow("x", RollingWindow.Statistic.STD, 3, 1, "y")).hasMessageContaining("minPresent must be in [2, window=3] for std");
        assertThatThrownBy(() -> new RollingWindow("x", null, 3, 1, "y")).hasMessageContaining("statistic must be mean or std");
        assertThatThrownBy(() -> new EnergyPerDegreeDay(0)).hasMessageContaining("minHdd must be finite and > 0, got 0.0");
        assertThatThrownBy(() -> new EnergyPerDegreeDay(Double.POSITIVE_INFINITY)).hasMessageContaining("minHdd");
        assertThatThrownBy(() -> new Interaction("a", "", "c")).hasMessageContaining("right must be a non-blank");
        assertThatThrownBy(() -> new CounterConsumption("", "c")).hasMessageContaining("sensorType must be a non-blank");
        assertThatThrownBy(() -> new DailyColumns(-1)).hasMessageContaining("dayCount must be >= 0");
    }

    @Test
    void given_daily_columns_when_a_column_is_written_twice_or_read_before_written_then_it_fails_naming_the_column() {
        DailyColumns cols = new DailyColumns(2);
        cols.put("x", new double[2]);

        assertThatThrownBy(() -> cols.put("x", new double[2])).hasMessageContaining("'x' is written twice");
        assertThatThrownBy(() -> cols.put("y", new double[3])).hasMessageContaining("'y' has 3 values, expected 2");
        assertThatThrownBy(() -> cols.get("z")).hasMessageContaining("'z' is not computed yet");
    }
}
