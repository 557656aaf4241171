package io.iotad.models.svm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.iotad.core.detect.FitContext;
import io.iotad.models.skab.ConfusionCounts;
import io.iotad.models.skab.RollingWindowFeatures;
import io.iotad.models.skab.SkabEvaluation;
import io.iotad.models.skab.SkabReader;
import io.iotad.models.skab.SkabRecording;
import io.iotad.models.skab.ThresholdCalibration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The SKAB outlier protocol ({@link SkabEvaluation}, ad-models) run with {@code one_class_svm}, the
 * strategy the {@code iotad eval-skab} command uses by default; it lives here because the strategy does.
 */
class OneClassSvmSkabEvaluationTest {
    private static SkabEvaluation eval(Map<String, ?> options) {
        return new SkabEvaluation(new OneClassSvmStrategy(), options, RollingWindowFeatures.defaults(),
                ThresholdCalibration.defaults(), FitContext.seeded(0));
    }

    @Test
    void given_one_skab_file_when_evaluated_then_every_test_row_is_counted_and_the_anomaly_is_found() throws IOException {
        Optional<Path> skab = SkabData.locate();
        assumeTrue(skab.isPresent(), "SKAB data (../shared/data/skab-dev) is absent");
        SkabRecording rec = SkabReader.read(skab.get().resolve("valve1/1.csv"));

        SkabEvaluation.Result r = eval(Map.of()).run(List.of(rec));

        ConfusionCounts c = r.pooled();
        assertThat(c.tp() + c.fp() + c.fn() + c.tn()).isEqualTo(rec.size() - SkabEvaluation.TRAIN_ROWS);
        assertThat(c.tp() + c.fn()).isEqualTo(java.util.Arrays.stream(rec.anomaly()).skip(400).sum());
        assertThat(c.mar()).isLessThan(50);
        assertThat(r.files()).hasSize(1);
    }

    @Test
    void given_bad_options_when_set_up_then_it_is_refused_before_reading() {
        assertThatThrownBy(() -> eval(Map.of("nu", 7))).hasMessageContaining("'nu'");
    }

    @Test
    void given_a_recording_no_longer_than_the_training_part_when_evaluated_then_the_error_names_it() {
        int n = 400;
        SkabRecording rec = new SkabRecording("short.csv", List.of("p"), java.util.stream.LongStream.range(0, n).toArray(),
                new double[n][1], new int[n], new int[n]);

        assertThatThrownBy(() -> eval(Map.of()).run(List.of(rec))).hasMessageContaining("short.csv")
                .hasMessageContaining("more than 400 rows");
    }
}
