package io.iotad.pipeline.csv;

import io.iotad.core.artifact.ArtifactLimits;
import io.iotad.core.artifact.LoadedModel;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureFrameCsv;
import io.iotad.core.score.Scores;
import io.iotad.pipeline.workflow.ScoresCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a model artifact (verifying its checksum and versions), scores a feature CSV with it and
 * optionally writes the scores as CSV ({@link ScoresCsv}: {@code apartment_id,building_id,event_date,score},
 * an empty score for a row the model left unscored). The file is its own context: every row is
 * scored with every other row of the file present, so a detector that looks back along an
 * apartment's days ({@link io.iotad.core.detect.Detector#historyDays()}) reads the file's earlier
 * days, as the workflows' in-context scoring does.
 */
public final class CsvScoring {
    private CsvScoring() {
    }

    /**
     * What to score.
     *
     * @param model the {@code model.tar.gz}
     * @param inputCsv the rows to score; must hold every feature the model reads
     * @param scoresOut where the scores go, if anywhere
     * @param limits entry size bounds for reading the artifact
     */
    public record Request(Path model, Path inputCsv, Optional<Path> scoresOut, ArtifactLimits limits) {
        /** Validates the fields. */
        public Request {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(inputCsv, "inputCsv");
            scoresOut = scoresOut == null ? Optional.empty() : scoresOut;
            Objects.requireNonNull(limits, "limits");
        }
    }

    /**
     * What scoring produced.
     *
     * @param model the verified model
     * @param scores one score per input row
     * @param loadSeconds wall time of loading and verifying the artifact, in seconds
     * @param scoreSeconds wall time of scoring, in seconds
     */
    public record Result(LoadedModel model, Scores scores, double loadSeconds, double scoreSeconds) {
    }

    /**
     * @param r the request
     * @return the model, the scores and timings
     * @throws IOException when a file cannot be read or written
     * @throws io.iotad.core.data.DataException when the CSV is malformed or lacks a feature the model reads
     * @throws io.iotad.core.artifact.CorruptArtifactException when the artifact fails verification
     */
    public static Result run(Request r) throws IOException {
        InputFiles.require(r.model(), "model artifact");
        InputFiles.require(r.inputCsv(), "input CSV");
        long t0 = System.nanoTime();
        LoadedModel model = ModelArtifact.read(r.model(), r.limits());
        long t1 = System.nanoTime();
        FeatureFrame input = FeatureFrameCsv.read(r.inputCsv(), model.manifest().features(), Set.of()).frame();
        long t2 = System.nanoTime();
        Scores scores = model.detector().score(input);
        long t3 = System.nanoTime();
        if (r.scoresOut().isPresent()) {
            ScoresCsv.write(scores, r.scoresOut().get());
        }
        return new Result(model, scores, (t1 - t0) / 1e9, (t3 - t2) / 1e9);
    }
}
