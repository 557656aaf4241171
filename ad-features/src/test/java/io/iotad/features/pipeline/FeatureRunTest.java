package io.iotad.features.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.frame.FeatureFrameCsv;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.contract.ContractViolationException;
import io.iotad.features.contract.DataContract;
import io.iotad.features.contract.NullRateLimit;
import io.iotad.features.ingest.IngestOptions;
import io.iotad.features.weather.WeatherOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureRunTest {
    @Test
    void given_raw_files_and_weather_when_running_the_whole_path_then_the_frame_equals_the_reference_and_the_summary_counts()
            throws Exception {
        Path dir = GoldenFixtureTest.resource("golden/random");
        FeatureRun run = new FeatureRun(FeaturePipelineSpec.standard(), IngestOptions.defaults(), WeatherOptions.defaults(),
                DataContract.none(), 2);

        FeatureRunResult result = run.run(List.of(dir.resolve("raw")), List.of(dir.resolve("weather.csv")), null, ProgressListener.NONE);

        GoldenFixtureTest.assertFramesMatch(result.frame(),
                FeatureFrameCsv.read(dir.resolve("expected.csv"), FeaturePipelineSpec.standard().outputSchema().names(), Set.of()).frame());
        assertThat(result.summary()).containsEntry("rows", 181).containsEntry("quarantined_lines", 5L)
                .containsEntry("apartments", 8L).containsKeys("ingest_s", "features_s");
        // DataContract.none() checks nothing: the summary says so instead of claiming a pass
        assertThat(result.summary()).containsEntry("contract_checked", false).containsEntry("contract_passed", null);
    }

    @Test
    void given_the_standard_contract_when_the_fixture_misses_outdoor_temperature_on_a_day_then_the_run_fails() throws Exception {
        Path dir = GoldenFixtureTest.resource("golden/random");

        assertThatThrownBy(() -> FeatureRun.of(FeaturePipelineSpec.standard())
                .run(List.of(dir.resolve("raw")), List.of(dir.resolve("weather.csv")), null, ProgressListener.NONE))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("limit 5.0%");
    }

    @Test
    void given_a_contract_with_rules_when_it_holds_then_the_summary_says_checked_and_passed() throws Exception {
        Path dir = GoldenFixtureTest.resource("golden/random");
        FeatureRun run = new FeatureRun(FeaturePipelineSpec.standard(), IngestOptions.defaults(), WeatherOptions.defaults(),
                new DataContract(List.of(new NullRateLimit("daily_energy_kwh", 1.0, NullRateLimit.Scope.BATCH)), List.of()), 2);

        FeatureRunResult result = run.run(List.of(dir.resolve("raw")), List.of(dir.resolve("weather.csv")), null, ProgressListener.NONE);

        assertThat(result.summary()).containsEntry("contract_checked", true).containsEntry("contract_passed", true);
    }

    @Test
    void given_a_thread_count_outside_the_range_when_creating_a_run_then_it_is_refused() {
        assertThatThrownBy(() -> new FeatureRun(FeaturePipelineSpec.standard(), IngestOptions.defaults(), WeatherOptions.defaults(),
                DataContract.standard(), 0)).hasMessageContaining("threads must be in [1, 1024], got 0");
    }
}
