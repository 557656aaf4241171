package io.iotad.pipeline.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.data.DataException;
import io.iotad.core.progress.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedParametersTest {
    @TempDir
    Path dir;

    @Test
    void the_written_file_reads_back_with_its_hash_and_trains_through_configuration_overrides() throws Exception {
        TuningResult r = HyperparameterSearch.run(HyperparameterSearchTest.frame(), HyperparameterSearchTest.labels(),
                HyperparameterSearchTest.options(3, Map.of()), ProgressListener.NONE, HyperparameterSearch.TrialListener.NONE);
        Path file = dir.resolve("params.json");
        TunedParameters.of(r, dir.resolve("tune.json")).write(file);

        TunedParameters back = TunedParameters.read(file);

        assertThat(back.strategy()).isEqualTo("isolation_forest");
        assertThat(back.params()).containsOnlyKeys("trees", "subsample_size", "max_features");
        assertThat(back.study()).containsEntry("trial", r.best().number()).containsEntry("seed", 3);
        assertThat(back.sha256()).hasSize(64);
        assertThat(back.configOverrides()).first().isEqualTo("training.model_strategy=isolation_forest");
        assertThat(back.configOverrides()).contains("training.hyperparameters.trees=" + r.best().params().get("trees"));
        assertThat(back.lineage()).containsKeys("params_file", "params_sha256", "strategy", "params", "study");
    }

    @Test
    void a_bad_file_is_named_with_its_field() throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{\"format\":\"iotad-tuned-params-v1\",\"strategy\":\"lof\",\"params\":{\"neighbors\":[1]}}");
        assertThatThrownBy(() -> TunedParameters.read(file)).isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("params.neighbors");
        Files.writeString(file, "{\"strategy\":\"lof\"}");
        assertThatThrownBy(() -> TunedParameters.read(file)).isInstanceOf(DataException.class).hasMessageContaining("format");
        assertThatThrownBy(() -> TunedParameters.read(dir.resolve("missing.json"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no such file");
    }
}
