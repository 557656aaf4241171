package io.iotad.aws.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HyperparametersTest {
    @TempDir
    Path dir;

    @Test
    void given_sagemaker_strings_when_read_then_dotted_keys_become_overrides_and_sagemaker_keys_are_ignored() throws Exception {
        Path f = Files.writeString(dir.resolve("hyperparameters.json"), "{\"training.model_strategy\": \"lr_lof\", "
                + "\"training.hyperparameters.lof_neighbors\": \"20\", \"labels_complete\": \"True\", "
                + "\"sagemaker_job_name\": \"j1\", \"_tuning_objective_metric\": \"pr_auc\"}");
        Hyperparameters h = Hyperparameters.read(f);
        assertThat(h.configOverrides()).containsExactly("training.model_strategy=lr_lof", "training.hyperparameters.lof_neighbors=20");
        assertThat(h.labelsComplete()).isTrue();
        assertThat(h.ignoredKeys()).containsExactly("sagemaker_job_name", "_tuning_objective_metric");
    }

    @Test
    void given_no_file_when_read_then_empty_and_labels_not_complete() throws Exception {
        Hyperparameters h = Hyperparameters.read(dir.resolve("absent.json"));
        assertThat(h.values()).isEmpty();
        assertThat(h.labelsComplete()).isFalse();
        assertThat(new Hyperparameters(Map.of("training.seed", "3")).configOverrides()).containsExactly("training.seed=3");
    }

    @Test
    void given_bad_hyperparameters_when_read_then_the_file_key_and_value_are_named() throws Exception {
        Path nested = Files.writeString(dir.resolve("a.json"), "{\"training.hyperparameters\": {\"trees\": \"10\"}}");
        assertThatThrownBy(() -> Hyperparameters.read(nested)).hasMessageContaining(nested.toString())
                .hasMessageContaining("'training.hyperparameters' must be a string");
        Path notJson = Files.writeString(dir.resolve("b.json"), "{oops");
        assertThatThrownBy(() -> Hyperparameters.read(notJson)).hasMessageContaining("not valid JSON");
        Path array = Files.writeString(dir.resolve("c.json"), "[1]");
        assertThatThrownBy(() -> Hyperparameters.read(array)).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> new Hyperparameters(Map.of("trees", "10")).configOverrides())
                .hasMessageContaining("'trees' is neither a configuration key");
        assertThatThrownBy(() -> new Hyperparameters(Map.of("labels_complete", "yes")).labelsComplete())
                .hasMessageContaining("\"yes\"");
    }
}
