package io.iotad.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IotadConfigTest {
    /** The seed's "Configuration File Example", verbatim. */
    static final String SEED_EXAMPLE = """
            feature_engineering:
              lookback_days: 7
              weather_feature_cols: ["hdd", "avg_temp_c"]

            training:
              model_strategy: "LR_LOF"
              hyperparameters:
                lof_neighbors: 20
                lof_contamination: "auto"
              feature_columns: # List of features model actually uses
                - daily_energy_kwh
                - avg_temp_diff
                # ... etc
              instance_type: "ml.m5.large"

            evaluation:
              metrics_thresholds:
                min_f1_score: 0.6 # Example if using labels
                max_throughput_deviation: 0.2 # Example
              holdout_data_path: "s3://..." # Path to specific eval data

            inference:
              alert_threshold: 5.0
              batch_transform_instance_type: "ml.m5.large"
            """;

    @TempDir
    Path dir;

    @Test
    void given_the_seeds_example_when_parsed_then_every_value_is_kept() {
        IotadConfig c = IotadConfig.parse(SEED_EXAMPLE, "ad_config.yaml");

        assertThat(c.featureEngineering().lookbackDays()).isEqualTo(7);
        assertThat(c.featureEngineering().weatherFeatureCols()).containsExactly("hdd", "avg_outdoor_temp_c");
        assertThat(c.training().modelStrategy()).isEqualTo("lr_lof");
        assertThat(c.training().hyperparameters()).containsExactly(Map.entry("lof_neighbors", 20),
                Map.entry("lof_contamination", "auto"));
        assertThat(c.training().featureColumns()).containsExactly("daily_energy_kwh", "avg_temp_diff");
        assertThat(c.training().instanceType()).isEqualTo("ml.m5.large");
        assertThat(c.evaluation().metricsThresholds()).containsExactly(Map.entry("min_f1_score", 0.6),
                Map.entry("max_throughput_deviation", 0.2));
        assertThat(c.evaluation().holdoutDataPath()).contains("s3://...");
        assertThat(c.inference().alertThreshold()).isEqualTo(OptionalDouble.of(5.0));
        assertThat(c.inference().batchTransformInstanceType()).isEqualTo("ml.m5.large");
        assertThat(c.lineOf("training.hyperparameters.lof_contamination")).hasValue(9);
    }

    @Test
    void given_no_keys_when_parsed_then_every_default_holds() {
        IotadConfig c = IotadConfig.parse("", "empty.yaml");

        assertThat(c).isEqualTo(IotadConfig.defaults());
        assertThat(c.featureEngineering().timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(c.featureEngineering().hddBaseC()).isEqualTo(18.0);
        assertThat(c.featureEngineering().stalenessHours()).isEqualTo(48);
        assertThat(c.featureEngineering().nullRateLimit()).isEqualTo(0.05);
        assertThat(c.featureEngineering().maxQuarantineShare()).isEqualTo(0.01);
        assertThat(c.featureEngineering().extractors()).isEqualTo(ConfigSchema.STANDARD_FEATURES);
        assertThat(c.featureEngineering().maxLateDays()).isEqualTo(31);
        assertThat(c.featureEngineering().maxFutureHours()).isEqualTo(24);
        assertThat(c.featureEngineering().maxReadingAgeDays()).isEqualTo(3660);
        assertThat(c.featureEngineering().rangeViolations()).isEqualTo("fail");
        assertThat(c.featureEngineering().quarantineRangeViolations()).isFalse();
        assertThat(c.withOverrides(List.of("feature_engineering.range_violations=quarantine_apartment_day"))
                .featureEngineering().quarantineRangeViolations()).isTrue();
        assertThat(c.training().modelStrategy()).isEqualTo("isolation_forest");
        assertThat(c.training().seed()).isEqualTo(42L);
        assertThat(c.training().modelGroup()).isEqualTo("global");
        assertThat(c.training().trainDays()).isEmpty();
        assertThat(c.evaluation().k()).isEqualTo(50);
        assertThat(c.evaluation().metricsThresholds()).isEmpty();
        assertThat(c.inference().suppression().vacationHours()).isEqualTo(48);
        assertThat(c.inference().alertThreshold()).isEmpty();
    }

    @Test
    void given_a_file_when_loaded_then_errors_name_the_file() throws Exception {
        Path f = dir.resolve("ad_config.yaml");
        Files.writeString(f, "training:\n  seed: 7\n  sed: 8\n");

        assertThatThrownBy(() -> IotadConfig.load(f))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(f + ":3: unknown key 'sed' at training.sed; did you mean 'training.seed'?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "feature_engineering:\\n  lookbak_days: 3|2|feature_engineering.lookbak_days|did you mean 'feature_engineering.lookback_days'?",
        "training:\\n  model_strategi: lof|2|training.model_strategi|did you mean 'training.model_strategy'?",
        "evaluation:\\n  kk: 5|2|evaluation.kk|did you mean 'evaluation.k'?",
        "inference:\\n  alert_treshold: 2|2|inference.alert_treshold|did you mean 'inference.alert_threshold'?",
        "inference:\\n  suppression:\\n    vacation_hour: 3|3|inference.suppression.vacation_hour|did you mean 'inference.suppression.vacation_hours'?",
        "evaluation:\\n  metrics_thresholds:\\n    min_f1: 0.5|3|evaluation.metrics_thresholds.min_f1|evaluation.metrics_thresholds has the keys",
        "featur_engineering: {}|1|featur_engineering|did you mean 'feature_engineering'?",
        "feature_engineering:\\n  seed: 3|2|feature_engineering.seed|did you mean 'training.seed'?"
    })
    void given_an_unknown_key_in_any_section_when_parsed_then_its_path_and_line_are_named(
            String yaml, int line, String path, String hint) {
        assertThatThrownBy(() -> IotadConfig.parse(yaml.replace("\\n", "\n"), "c.yaml"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.keyPath()).isEqualTo(path);
                    assertThat(e.source()).isEqualTo("c.yaml");
                })
                .hasMessageContaining("c.yaml:" + line + ": unknown key")
                .hasMessageContaining(path)
                .hasMessageContaining(hint);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "feature_engineering:\\n  lookback_days: seven|2|'seven' (a string): expected an integer in [1, 366]",
        "feature_engineering:\\n  lookback_days: 2.5|2|2.5 (a decimal number): expected an integer in [1, 366]",
        "feature_engineering:\\n  weather_feature_cols: hdd|2|'hdd' (a string): expected a list of unique, non-blank names",
        "feature_engineering:\\n  timezone: Mars/Olympus|2|expected a time-zone id",
        "training:\\n  hyperparameters: [1, 2]|2|expected a mapping of names to values",
        "training:\\n  seed: '42'|2|'42' (a string): expected a 64-bit integer",
        "training:\\n  model_strategy: 12|2|12 (an integer): expected a strategy name",
        "evaluation:\\n  metrics_thresholds:\\n    min_f1_score: high|3|'high' (a string): expected a number in [0, 1]",
        "inference:\\n  alert_threshold: true|2|true (a boolean): expected a finite number",
        "inference:\\n  batch_transform_instance_type:|2|null (null): expected a non-blank instance type (null is not allowed here)",
        "training: [a, b]|1|training is a list; expected a mapping of the keys"
    })
    void given_a_value_of_the_wrong_type_when_parsed_then_key_line_value_and_expectation_are_named(
            String yaml, int line, String message) {
        assertThatThrownBy(() -> IotadConfig.parse(yaml.replace("\\n", "\n"), "c.yaml"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.line()).isEqualTo(line))
                .hasMessageStartingWith("c.yaml:" + line + ": ")
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "feature_engineering.null_rate_limit|1.5|expected a number in [0, 1]",
        "feature_engineering.null_rate_limit|-0.1|expected a number in [0, 1]",
        "feature_engineering.max_quarantine_share|2|expected a number in [0, 1]",
        "feature_engineering.lookback_days|0|expected an integer in [1, 366]",
        "feature_engineering.staleness_hours|0|expected an integer in [1, 8760]",
        "feature_engineering.hdd_base_c|55|expected a number in [-30, 40]",
        "feature_engineering.extractors|[]|expected a non-empty list",
        "feature_engineering.critical_features|[hdd, hdd]|item 2 ('hdd') is repeated",
        "feature_engineering.max_late_days|-1|expected an integer in [0, 3660]",
        "feature_engineering.max_late_days|3661|expected an integer in [0, 3660]",
        "feature_engineering.max_late_days|7.5|expected an integer in [0, 3660]",
        "feature_engineering.max_future_hours|-1|expected an integer in [0, 8760]",
        "feature_engineering.max_future_hours|8761|expected an integer in [0, 8760]",
        "feature_engineering.max_reading_age_days|0|expected an integer in [1, 36600]",
        "feature_engineering.max_reading_age_days|36601|expected an integer in [1, 36600]",
        "feature_engineering.range_violations|quarantine|expected 'fail' or 'quarantine_apartment_day'",
        "feature_engineering.range_violations|3|expected 'fail' or 'quarantine_apartment_day'",
        "training.holdout_days|-1|expected an integer in [0, 366]",
        "training.train_days|0|expected an integer in [1, 3660]",
        "training.model_group|../etc|expected a group name",
        "evaluation.k|0|expected an integer in [1, 1000000]",
        "evaluation.metrics_thresholds.min_roc_auc|1.01|expected a number in [0, 1]",
        "evaluation.metrics_thresholds.max_throughput_deviation|-1|expected a finite number >= 0",
        "inference.top_k_per_day|0|expected an integer in [1, 1000000]",
        "inference.alert_threshold|.inf|expected a finite number",
        "inference.suppression.vacation_hours|-5|expected an integer in [0, 8760]"
    })
    void given_a_value_out_of_range_when_parsed_then_it_is_refused_with_the_range(String path, String value, String message) {
        String[] parts = path.split("\\.");
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            yaml.append("  ".repeat(i)).append(parts[i]).append(':').append(i == parts.length - 1 ? " " + value : "").append('\n');
        }
        assertThatThrownBy(() -> IotadConfig.parse(yaml.toString(), "c.yaml"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(parts.length);
                    assertThat(e.keyPath()).isEqualTo(path);
                })
                .hasMessageContaining(path + " has value")
                .hasMessageContaining(message);
        assertThatThrownBy(() -> IotadConfig.defaults().withOverrides(List.of(path + "=" + value)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("--set " + path + "=" + value + ": " + path + " has value")
                .hasMessageContaining(message);
    }

    @Test
    void given_a_duplicate_key_when_parsed_then_both_lines_are_named() {
        String yaml = "training:\n  seed: 1\n  model_group: a\n  seed: 2\n";

        assertThatThrownBy(() -> IotadConfig.parse(yaml, "c.yaml"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.line()).isEqualTo(4))
                .hasMessage("c.yaml:4: duplicate key 'seed' at training.seed (first given on line 2)");
    }

    @Test
    void given_a_duplicate_section_when_parsed_then_it_is_refused() {
        assertThatThrownBy(() -> IotadConfig.parse("training: {}\ninference: {}\ntraining: {}\n", "c.yaml"))
                .hasMessageContaining("c.yaml:3: duplicate key 'training'");
    }

    @Test
    void given_malformed_yaml_when_parsed_then_the_line_is_named() {
        assertThatThrownBy(() -> IotadConfig.parse("training:\n  seed: 1\n model_group: [a\n", "c.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("c.yaml:")
                .hasMessageContaining("malformed YAML");
    }

    @Test
    void given_two_documents_when_parsed_then_it_is_refused() {
        assertThatThrownBy(() -> IotadConfig.parse("training: {}\n---\ninference: {}\n", "c.yaml"))
                .hasMessageContaining("expected exactly one document");
    }

    @Test
    void given_a_top_level_list_when_parsed_then_the_sections_are_named() {
        assertThatThrownBy(() -> IotadConfig.parse("- a\n- b\n", "c.yaml"))
                .hasMessageContaining("the top level is a list; expected a mapping of the sections [feature_engineering, training, evaluation, inference, monitoring]");
    }

    @Test
    void given_overrides_when_applied_then_values_change_in_order_and_the_rest_is_kept() {
        IotadConfig base = IotadConfig.parse(SEED_EXAMPLE, "ad_config.yaml");

        IotadConfig c = base.withOverrides(List.of("training.seed=7", "feature_engineering.lookback_days=14",
                "training.hyperparameters.lof_neighbors=35", "feature_engineering.weather_feature_cols=[hdd]",
                "inference.alert_threshold=", "evaluation.metrics_thresholds.min_pr_auc=0.3", "training.seed=8"));

        assertThat(c.training().seed()).isEqualTo(8L);
        assertThat(c.featureEngineering().lookbackDays()).isEqualTo(14);
        assertThat(c.training().hyperparameters()).containsEntry("lof_neighbors", 35).containsEntry("lof_contamination", "auto");
        assertThat(c.featureEngineering().weatherFeatureCols()).containsExactly("hdd");
        assertThat(c.inference().alertThreshold()).isEmpty();
        assertThat(c.evaluation().threshold("min_pr_auc")).hasValue(0.3);
        assertThat(c.evaluation().threshold("min_f1_score")).hasValue(0.6);
        assertThat(c.lineOf("training.seed")).isEmpty();
        assertThat(c.lineOf("training.instance_type")).hasValue(14);
        assertThat(base.training().seed()).isEqualTo(42L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "training.seed|expected key=value",
        "=3|expected key=value",
        "training..seed=3|is not a dotted path",
        "training.sed=3|unknown key 'sed' at training.sed; did you mean 'training.seed'?",
        "trainin.seed=3|unknown key 'trainin' at trainin; did you mean 'training'?",
        "training=3|training is a section; set one of its keys",
        "training.seed.x=3|training.seed holds a single value and has no key 'x'",
        "training.seed=[1|malformed YAML",
        "training.seed=abc|training.seed has value 'abc' (a string): expected a 64-bit integer"
    })
    void given_a_bad_override_when_applied_then_it_is_refused_with_a_reason(String assignment, String message) {
        assertThatThrownBy(() -> IotadConfig.defaults().withOverrides(List.of(assignment)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("--set " + assignment + ": ")
                .hasMessageContaining(message);
    }

    @Test
    void given_any_configuration_when_written_as_yaml_then_it_reads_back_equal() {
        IotadConfig c = IotadConfig.parse(SEED_EXAMPLE, "ad_config.yaml")
                .withOverrides(List.of("training.train_days=60", "inference.top_k_per_day=25",
                        "feature_engineering.timezone=Europe/Zurich", "training.hyperparameters.nested={a: [1, 2.5, x]}"));

        String yaml = c.toYaml();

        assertThat(IotadConfig.parse(yaml, "written.yaml")).isEqualTo(c);
        assertThat(IotadConfig.defaults().toYaml()).doesNotContain("alert_threshold");
        assertThat(IotadConfig.parse(IotadConfig.defaults().toYaml(), "d.yaml")).isEqualTo(IotadConfig.defaults());
    }

    @Test
    void given_sections_built_in_code_when_a_value_is_out_of_range_then_the_constructor_names_it() {
        assertThatThrownBy(() -> new SuppressionConfig(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("inference.suppression.vacation_hours has value -1 (an integer): expected an integer in [0, 8760]");
        assertThatThrownBy(() -> new EvaluationConfig(Map.of("min_f2", 0.5), 50, java.util.Optional.empty()))
                .hasMessageContaining("unknown metric threshold 'min_f2'");
    }

    @Test
    void given_a_strategy_that_is_not_on_the_class_path_when_options_are_resolved_then_its_line_is_named() {
        IotadConfig c = IotadConfig.parse("training:\n  model_strategy: no_such_strategy\n", "c.yaml");

        assertThatThrownBy(c::detectorOptions)
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("c.yaml:2: unknown detector strategy 'no_such_strategy'");
    }

    @Test
    void given_a_bad_strategy_option_when_options_are_resolved_then_the_options_line_is_named() {
        IotadConfig c = IotadConfig.parse("""
                training:
                  model_strategy: TEST_CENTROID
                  hyperparameters:
                    scale: -1
                """, "c.yaml");

        assertThatThrownBy(c::detectorOptions)
                .isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.keyPath()).isEqualTo("training.hyperparameters.scale"))
                .hasMessage("c.yaml:4: training.hyperparameters of strategy test_centroid: scale must be a finite number > 0, got -1.0");
        assertThat(IotadConfig.parse("training:\n  model_strategy: test_centroid\n", "ok.yaml").detectorOptions().toMap())
                .containsEntry("scale", 1.0);
    }
}
