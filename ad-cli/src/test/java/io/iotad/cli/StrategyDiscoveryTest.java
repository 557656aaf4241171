package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.detect.DetectorStrategies;
import org.junit.jupiter.api.Test;

/**
 * The CLI's class path (the same modules its fat jar shades) holds every shipped strategy, each
 * registered by its own module's {@code META-INF/services} file: the pure-Java ones in ad-models,
 * {@code xgboost} in ad-models-xgboost and {@code one_class_svm} in ad-models-libsvm.
 */
class StrategyDiscoveryTest {
    @Test
    void given_the_cli_class_path_when_strategies_are_discovered_then_every_module_contributes_its_own() {
        assertThat(DetectorStrategies.all()).containsKeys("rules", "stl", "lr_residual", "lof", "isolation_forest",
                "composite", "lr_lof", "lof_occupancy", "lof_forecast", "xgboost", "one_class_svm");
        assertThat(DetectorStrategies.byName("xgboost").getClass().getName()).isEqualTo("io.iotad.models.xgboost.XGBoostStrategy");
        assertThat(DetectorStrategies.byName("one_class_svm").getClass().getName()).isEqualTo("io.iotad.models.svm.OneClassSvmStrategy");
    }
}
