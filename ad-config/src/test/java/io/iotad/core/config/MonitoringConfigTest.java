package io.iotad.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11: the monitoring section and the threshold-from-labels keys load, override and refuse bad values. */
class MonitoringConfigTest {
    @Test
    void the_section_loads_from_yaml_with_its_lines_and_round_trips() {
        IotadConfig c = IotadConfig.parse("monitoring:\n  drift: warn\n  psi_stop: 16.5\ntraining:\n"
                + "  threshold_from_labels: pr_curve\n  visits_per_day: 5\n", "c.yaml");

        assertThat(c.monitoring().drift()).isEqualTo(MonitoringConfig.WARN);
        assertThat(c.monitoring().driftBlocks()).isFalse();
        assertThat(c.monitoring().driftEnabled()).isTrue();
        assertThat(c.monitoring().psiStop()).isEqualTo(16.5);
        assertThat(c.lineOf("monitoring.psi_stop")).hasValue(3);
        assertThat(c.thresholdFromLabels().enabled()).isTrue();
        assertThat(c.thresholdFromLabels().visitsPerDay()).isEqualTo(5);
        assertThat(IotadConfig.parse(c.toYaml(), "again")).isEqualTo(c);
        assertThat(IotadConfig.defaults().monitoring().driftBlocks()).isTrue();
    }

    @Test
    void a_bad_value_names_the_file_line_key_and_value() {
        assertThatThrownBy(() -> IotadConfig.parse("monitoring:\n  drift: maybe\n", "c.yaml"))
                .hasMessageContaining("c.yaml:2").hasMessageContaining("monitoring.drift")
                .hasMessageContaining("'block', 'warn' or 'skip'");
        assertThatThrownBy(() -> IotadConfig.parse("monitoring:\n  ks_stop: 1.5\n", "c.yaml"))
                .hasMessageContaining("monitoring.ks_stop");
        assertThatThrownBy(() -> IotadConfig.parse("monitoring:\n  psi_limit: 1\n", "c.yaml"))
                .hasMessageContaining("monitoring.psi_limit");
    }

    @Test
    void a_stop_limit_under_its_warning_limit_is_refused() {
        assertThatThrownBy(() -> IotadConfig.defaults().withOverrides(List.of("monitoring.psi_warn=5", "monitoring.psi_stop=2")))
                .hasMessageContaining("monitoring.psi_stop has value 2.0: expected at least monitoring.psi_warn (5.0)");
    }
}
