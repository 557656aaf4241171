package io.iotad.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class IotadConfigPropertiesTest {
    @Property(tries = 100)
    void valid_overrides_survive_a_yaml_round_trip(@ForAll @IntRange(min = 1, max = 366) int lookback,
                                                   @ForAll @DoubleRange(min = 0, max = 1) double nullRate,
                                                   @ForAll long seed,
                                                   @ForAll @DoubleRange(min = -1e6, max = 1e6) double threshold) {
        IotadConfig c = IotadConfig.defaults().withOverrides(List.of(
                "feature_engineering.lookback_days=" + lookback,
                "feature_engineering.null_rate_limit=" + nullRate,
                "training.seed=" + seed,
                "inference.alert_threshold=" + threshold));

        assertThat(c.featureEngineering().lookbackDays()).isEqualTo(lookback);
        assertThat(c.featureEngineering().nullRateLimit()).isEqualTo(nullRate);
        assertThat(c.training().seed()).isEqualTo(seed);
        assertThat(c.inference().alertThreshold()).hasValue(threshold);
        assertThat(IotadConfig.parse(c.toYaml(), "round-trip.yaml")).isEqualTo(c);
    }

    @Property(tries = 100)
    void shares_outside_zero_to_one_are_always_refused(@ForAll double share) {
        String yaml = "feature_engineering:\n  max_quarantine_share: " + share + "\n";
        if (share >= 0 && share <= 1) {
            assertThat(IotadConfig.parse(yaml, "c.yaml").featureEngineering().maxQuarantineShare()).isEqualTo(share);
        } else {
            assertThatThrownBy(() -> IotadConfig.parse(yaml, "c.yaml"))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("c.yaml:2: feature_engineering.max_quarantine_share has value");
        }
    }
}
