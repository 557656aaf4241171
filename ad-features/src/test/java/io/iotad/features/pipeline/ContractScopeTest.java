package io.iotad.features.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.features.contract.DataContract;
import io.iotad.features.contract.NullRateLimit;
import io.iotad.features.contract.NullRateLimit.Scope;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractScopeTest {
    private static final LocalDate D1 = LocalDate.of(2025, 1, 1);

    /** Two apartments over three days; energy is missing on day 1 for apt_a and on day 3 for apt_b, hdd on day 2. */
    private static FeatureFrame frame() {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("daily_energy_kwh", "hdd"));
        b.add(new RowKey("apt_a", "b1", D1), Double.NaN, 10);
        b.add(new RowKey("apt_b", "b1", D1), 5, 10);
        b.add(new RowKey("apt_a", "b1", D1.plusDays(1)), 6, Double.NaN);
        b.add(new RowKey("apt_b", "b1", D1.plusDays(1)), 7, Double.NaN);
        b.add(new RowKey("apt_a", "b1", D1.plusDays(2)), 8, 12);
        b.add(new RowKey("apt_b", "b1", D1.plusDays(2)), Double.NaN, 12);
        return b.build();
    }

    private static DataContract contract() {
        // a rule on a feature the frame lacks is skipped; a second rule on the same feature counts once
        return new DataContract(List.of(new NullRateLimit("daily_energy_kwh", 0.05, Scope.BATCH),
                new NullRateLimit("hdd", 0.05, Scope.BATCH), new NullRateLimit("avg_temp_diff", 0.05, Scope.BATCH),
                new NullRateLimit("hdd", 0.5, Scope.DAY)), List.of());
    }

    @Test
    void given_a_scored_last_day_when_scoped_then_the_two_days_before_are_counted_as_lookback() {
        ContractScope scope = ContractScope.lookback(frame(), contract(), D1.plusDays(2), D1.plusDays(2));

        assertThat(scope.lookbackRows()).isEqualTo(4);
        assertThat(scope.lookbackMissing()).containsExactly(java.util.Map.entry("daily_energy_kwh", 1L),
                java.util.Map.entry("hdd", 2L));
        assertThat(scope.describe()).isEqualTo("2025-01-03..2025-01-03");
        assertThat(scope.isAllDays()).isFalse();
    }

    @Test
    void given_the_first_day_checked_when_scoped_then_there_is_no_lookback() {
        ContractScope scope = ContractScope.lookback(frame(), contract(), D1, D1.plusDays(2));

        assertThat(scope.lookbackRows()).isZero();
        assertThat(scope.lookbackMissing()).containsOnlyKeys("daily_energy_kwh", "hdd").allSatisfy((k, v) -> assertThat(v).isZero());
    }

    @Test
    void given_days_that_end_before_they_start_when_scoped_then_it_is_refused() {
        assertThatThrownBy(() -> ContractScope.lookback(frame(), contract(), D1.plusDays(2), D1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end (2025-01-01) before they start");
    }
}
