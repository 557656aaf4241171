package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.config.IotadConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9 item 15: the sample configuration shipped in {@code config/config.yaml} loads, and says the real defaults. */
class SampleConfigTest {
    static final Path SAMPLE = Path.of("..", "config", "config.yaml");

    @Test
    void given_the_shipped_sample_when_loaded_as_the_cli_does_then_it_is_valid_and_equals_the_documented_defaults()
            throws Exception {
        IotadConfig sample = ConfigOptions.load(SAMPLE, List.of(), List.of());
        assertThat(sample).isEqualTo(IotadConfig.defaults());
        assertThat(sample.lineOf("training.model_strategy")).isPresent();
        // the commented-out alternatives are valid keys too
        assertThat(IotadConfig.defaults().withOverrides(List.of("training.train_days=90",
                "evaluation.metrics_thresholds.min_precision_at_k=0.3", "evaluation.metrics_thresholds.min_pr_auc=0.2",
                "inference.top_k_per_day=10", "inference.alert_threshold=0.6"))).isNotNull();
    }
}
