package io.iotad.pipeline.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.artifact.ArtifactLimits;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.data.DataException;
import io.iotad.eval.metrics.AreaUnderCurve;
import io.iotad.eval.metrics.RankedSample;
import io.iotad.eval.metrics.RankingMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain-file modes as library calls: train on a CSV, score a CSV, fit-and-score with peer metrics. */
class CsvModesTest {
    @TempDir
    Path dir;
    private Path train;
    private Path score;

    @BeforeEach
    void files() throws IOException {
        SplittableRandom r = new SplittableRandom(3);
        StringBuilder t = new StringBuilder("apartment_id,building_id,event_date,a,b,label\n");
        StringBuilder s = new StringBuilder("apartment_id,building_id,event_date,a,b,label\n");
        for (int i = 0; i < 60; i++) {
            t.append("apt,1,b1,2024-01-01".replace("apt,1", "\"apt," + i + "\"")).append(',').append(r.nextGaussian())
                    .append(',').append(r.nextGaussian()).append(",0\n");
        }
        for (int i = 0; i < 20; i++) {
            boolean fault = i % 5 == 0;
            String label = i == 7 ? "" : fault ? "1" : "0";
            s.append("s").append(i).append(",b1,2024-01-02,").append(fault ? 6 + r.nextDouble() : r.nextGaussian())
                    .append(',').append(i == 3 ? "" : Double.toString(r.nextGaussian())).append(',').append(label).append('\n');
        }
        train = Files.writeString(dir.resolve("train.csv"), t);
        score = Files.writeString(dir.resolve("score.csv"), s);
    }

    @Test
    void given_a_feature_csv_when_trained_and_scored_through_the_artifact_then_the_scores_are_the_detectors() throws IOException {
        Path model = dir.resolve("m/model.tar.gz");
        CsvTraining.Result trained = CsvTraining.run(new CsvTraining.Request("ISOLATION_FOREST", train, List.of("a", "b"),
                Optional.empty(), List.of("trees=50"), 7, 2, model));

        CsvScoring.Result scored = CsvScoring.run(new CsvScoring.Request(model, score, Optional.of(dir.resolve("s.csv")),
                ArtifactLimits.DEFAULTS));

        assertThat(trained.manifest().strategy()).isEqualTo("isolation_forest");
        assertThat(trained.manifest().options()).containsEntry("trees", 50);
        assertThat(trained.manifest().lineage().rows()).isEqualTo(60);
        assertThat(scored.scores().size()).isEqualTo(20);
        assertThat(Double.isNaN(scored.scores().score(3))).as("a missing feature is not scored").isTrue();
        assertThat(scored.scores().values()).containsExactly(ModelArtifact.read(model).detector()
                .score(io.iotad.core.frame.FeatureFrameCsv.read(score, List.of("a", "b"), java.util.Set.of("label")).frame())
                .values());
        List<String> lines = Files.readAllLines(dir.resolve("s.csv"));
        assertThat(lines.get(0)).isEqualTo("apartment_id,building_id,event_date,score");
        assertThat(lines.get(4)).isEqualTo("s3,b1,2024-01-02,");
    }

    @Test
    void given_ids_with_commas_when_scores_are_written_then_they_are_quoted() throws IOException {
        Path model = dir.resolve("model.tar.gz");
        CsvTraining.run(new CsvTraining.Request("isolation_forest", train, List.of(), Optional.of("label"), List.of(), 7, 1,
                model));

        CsvScoring.run(new CsvScoring.Request(model, train, Optional.of(dir.resolve("t.csv")), ArtifactLimits.DEFAULTS));

        assertThat(Files.readAllLines(dir.resolve("t.csv")).get(1)).startsWith("\"apt,0\",b1,2024-01-01,");
    }

    @Test
    void given_bad_requests_when_trained_then_each_is_refused_naming_the_problem() {
        assertThatThrownBy(() -> CsvTraining.run(new CsvTraining.Request("no_such", train, List.of(), Optional.empty(),
                List.of(), 1, 1, dir.resolve("x.tar.gz")))).hasMessageContaining("unknown detector strategy 'no_such'");
        assertThatThrownBy(() -> CsvTraining.run(new CsvTraining.Request("isolation_forest", train, List.of(),
                Optional.empty(), List.of("treez=5"), 1, 1, dir.resolve("x.tar.gz")))).hasMessageContaining("treez");
        assertThatThrownBy(() -> CsvTraining.run(new CsvTraining.Request("isolation_forest", dir.resolve("absent.csv"),
                List.of(), Optional.empty(), List.of(), 1, 1, dir.resolve("x.tar.gz")))).hasMessageContaining("no such training CSV");
        assertThatThrownBy(() -> new CsvTraining.Request("lof", train, List.of(), Optional.empty(), List.of(), 1, 0,
                dir.resolve("x.tar.gz"))).hasMessageContaining("threads");
    }

    @Test
    void given_dotted_assignments_when_parsed_then_they_nest() {
        assertThat(CsvTraining.parseOptions(List.of("trees=200", "stack.options.neighbors=20", "stack.strategy=lof")))
                .isEqualTo(Map.of("trees", 200, "stack", Map.of("options", Map.of("neighbors", 20), "strategy", "lof")));
    }

    @Test
    void given_a_labelled_score_file_when_detected_then_the_metrics_rank_the_scored_labelled_rows() throws IOException {
        CsvDetection.Result r = CsvDetection.run(new CsvDetection.Request("isolation_forest", train, score, List.of(), "label",
                List.of(4, 50), 7, 2, Map.of("trees", 100)));

        CsvDetection.Ranking m = r.ranking().orElseThrow();
        assertThat(r.features()).containsExactly("a", "b");
        assertThat(r.trainingRowsUsed()).isEqualTo(60);
        assertThat(r.scores().scoredCount()).isEqualTo(19);
        assertThat(m.unlabelled()).isEqualTo(1);
        assertThat(m.labelled()).isEqualTo(18);
        double[] s = r.scores().values();
        double[] kept = new double[18];
        int[] y = new int[18];
        for (int i = 0, j = 0; i < 20; i++) {
            if (i != 3 && i != 7) {
                kept[j] = s[i];
                y[j++] = i % 5 == 0 ? 1 : 0;
            }
        }
        RankedSample sample = RankedSample.of(kept, y);
        assertThat(m.rocAuc()).isEqualTo(AreaUnderCurve.rocAuc(sample));
        assertThat(m.averagePrecision()).isEqualTo(AreaUnderCurve.averagePrecision(sample));
        assertThat(m.precisionAtK()).containsExactly(RankingMetrics.precisionAtK(sample, 4), RankingMetrics.precisionAtK(sample, 50));
        assertThat(m.recallAtK()).containsExactly(RankingMetrics.recallAtK(sample, 4), 1.0);
        assertThat(m.precisionAtK()[0]).as("the planted faults rank near the top").isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void given_a_label_other_than_0_or_1_when_detected_then_the_line_is_named() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "a,b,label\n0,0,0\n1,1,2\n");

        assertThatThrownBy(() -> CsvDetection.run(new CsvDetection.Request("lof", train, bad, List.of(), "label", List.of(5),
                1, 1, Map.of()))).isInstanceOf(DataException.class).hasMessageContaining("bad.csv:3", "'label'");
        assertThatThrownBy(() -> new CsvDetection.Request("lof", train, bad, List.of(), "label", List.of(0), 1, 1, Map.of()))
                .hasMessageContaining("k must be >= 1");
    }
}
