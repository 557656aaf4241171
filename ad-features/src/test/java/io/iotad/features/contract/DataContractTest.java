package io.iotad.features.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataContractTest {
    static FeatureFrame frame(double... roomTemps) {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("avg_room_temp_c", "daily_energy_kwh"));
        for (int i = 0; i < roomTemps.length; i++) {
            b.add(new RowKey("apt_" + i, "b" + (i % 2), LocalDate.of(2024, 1, 1 + i / 2)), roomTemps[i], 10.0);
        }
        return b.build();
    }

    @Test
    void given_an_implausible_room_temperature_when_enforcing_then_the_message_names_feature_value_apartment_and_partition() {
        FeatureFrame f = frame(20, 21, 60, 19);

        assertThatThrownBy(() -> DataContract.standard().enforce(f))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("'avg_room_temp_c'").hasMessageContaining("60.0")
                .hasMessageContaining("apt_2").hasMessageContaining("building b0, day 2024-01-02")
                .hasMessageContaining("[-10.0, 45.0]");
    }

    @Test
    void given_plausible_values_when_checking_then_every_check_passes_and_rules_on_absent_features_are_skipped() {
        ContractReport report = DataContract.standard().check(frame(20, 21, 22, 19));

        assertThat(report.passed()).isTrue();
        assertThat(report.checks()).extracting(ContractCheck::feature)
                .containsExactly("daily_energy_kwh", "avg_room_temp_c", "daily_energy_kwh");
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void given_a_building_day_limit_when_one_building_day_is_half_missing_then_that_partition_fails_by_name() {
        DataContract contract = new DataContract(List.of(new NullRateLimit("avg_room_temp_c", 0.25, NullRateLimit.Scope.BUILDING_DAY)), List.of());
        FeatureFrame f = frame(20, 21, Double.NaN, 19, 20, 20);

        ContractReport report = contract.check(f);

        assertThat(report.failures()).singleElement().satisfies(c -> {
            assertThat(c.partition()).isEqualTo("building b0, day 2024-01-02");
            assertThat(c.observed()).isEqualTo(1.0);
            assertThat(c.detail()).contains("missing in 100.0%").contains("limit 25.0%");
        });
    }

    @Test
    void given_a_batch_limit_when_the_batch_is_within_it_then_the_worst_partition_is_reported_as_passing() {
        DataContract contract = new DataContract(List.of(new NullRateLimit("avg_room_temp_c", 0.25, NullRateLimit.Scope.BATCH)), List.of());

        ContractReport report = contract.check(frame(20, 21, Double.NaN, 19, 20, 20));

        assertThat(report.checks()).singleElement().satisfies(c -> {
            assertThat(c.passed()).isTrue();
            assertThat(c.partition()).isEqualTo("batch");
            assertThat(c.observed()).isEqualTo(1.0 / 6);
        });
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
    void given_a_rate_outside_0_to_1_when_creating_a_null_rate_limit_then_it_is_refused(double rate) {
        assertThatThrownBy(() -> new NullRateLimit("hdd", rate, NullRateLimit.Scope.DAY)).hasMessageContaining("maxRate of 'hdd' must be in [0, 1]");
        assertThatThrownBy(() -> DataContract.standard(rate)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void given_bad_limits_when_creating_them_then_each_is_refused_by_name() {
        assertThatThrownBy(() -> new NullRateLimit(" ", 0.1, NullRateLimit.Scope.DAY)).hasMessageContaining("feature must be a non-blank");
        assertThatThrownBy(() -> new NullRateLimit("hdd", 0.1, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("scope");
        assertThatThrownBy(() -> new RangeLimit("hdd", 5, 1)).hasMessageContaining("range of 'hdd' must have min <= max, got [5.0, 1.0]");
        assertThatThrownBy(() -> new RangeLimit("hdd", Double.NaN, 1)).hasMessageContaining("min <= max");
        assertThatThrownBy(() -> new RangeLimit(null, 0, 1)).hasMessageContaining("feature must be a non-blank");
    }
}
