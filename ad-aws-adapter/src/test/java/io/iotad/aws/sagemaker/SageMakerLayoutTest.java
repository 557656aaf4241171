package io.iotad.aws.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SageMakerLayoutTest {
    @Test
    void standard_layout_matches_the_container_contract() {
        SageMakerLayout l = SageMakerLayout.standard();
        assertThat(l.hyperparameters()).isEqualTo(Path.of("/opt/ml/input/config/hyperparameters.json"));
        assertThat(l.channel("training")).isEqualTo(Path.of("/opt/ml/input/data/training"));
        assertThat(l.modelDir()).isEqualTo(Path.of("/opt/ml/model"));
        assertThat(l.failureFile()).isEqualTo(Path.of("/opt/ml/output/failure"));
    }

    @Test
    void channel_names_cannot_escape_the_data_directory() {
        SageMakerLayout l = new SageMakerLayout(Path.of("/tmp/ml"));
        assertThatThrownBy(() -> l.channel("../model")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("../model");
    }
}
