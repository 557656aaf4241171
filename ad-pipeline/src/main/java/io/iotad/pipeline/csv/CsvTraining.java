package io.iotad.pipeline.csv;

import io.iotad.core.artifact.ArtifactMetadata;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.artifact.ModelManifest;
import io.iotad.core.artifact.TrainingLineage;
import io.iotad.core.artifact.TrainingProvenance;
import io.iotad.core.config.ConfigOverride;
import io.iotad.core.data.DataException;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorTrainer;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.CsvFrame;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureFrameCsv;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Fits a detector strategy on a feature CSV ({@link FeatureFrameCsv}) and writes it as a model
 * artifact ({@link ModelArtifact}).
 */
public final class CsvTraining {
    private CsvTraining() {
    }

    /**
     * What to train.
     *
     * @param strategy strategy name, any case
     * @param trainCsv the training rows
     * @param features feature columns in order; empty = every numeric non-identity column except the label
     * @param labelColumn column of verdicts (1 fault, 0 non-fault, empty unknown), if any
     * @param options strategy options as {@code name=value} (YAML values; dotted names nest)
     * @param seed seed of the fit
     * @param threads worker threads, at least 1
     * @param modelOut where the artifact goes
     */
    public record Request(String strategy, Path trainCsv, List<String> features, Optional<String> labelColumn,
                          List<String> options, long seed, int threads, Path modelOut) {
        /** Validates and copies the fields. */
        public Request {
            Objects.requireNonNull(strategy, "strategy");
            Objects.requireNonNull(trainCsv, "trainCsv");
            features = List.copyOf(features);
            labelColumn = labelColumn == null ? Optional.empty() : labelColumn;
            options = List.copyOf(options);
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            }
            Objects.requireNonNull(modelOut, "modelOut");
        }
    }

    /**
     * What training produced.
     *
     * @param manifest the manifest written into the artifact
     * @param model the artifact's path
     * @param fitSeconds wall time of the fit, in seconds
     * @param writeSeconds wall time of writing the artifact, in seconds
     */
    public record Result(ModelManifest manifest, Path model, double fitSeconds, double writeSeconds) {
    }

    /**
     * Parses the options, reads the CSV, fits and writes the artifact.
     *
     * @param r the request
     * @return the manifest written and timings
     * @throws IOException when a file cannot be read or written
     * @throws DataException for a malformed CSV or label value
     * @throws IllegalArgumentException for an unknown strategy, a bad option (named by the strategy)
     *     or a supervised strategy without labels
     */
    public static Result run(Request r) throws IOException {
        DetectorTrainer<?> trainer = StrategyChoice.byName(r.strategy(), false).bind(parseOptions(r.options()));
        if (trainer.supervised() && r.labelColumn().isEmpty()) {
            throw new IllegalArgumentException("strategy " + trainer.name() + " is supervised: give --label COLUMN");
        }
        InputFiles.require(r.trainCsv(), "training CSV");
        Set<String> exclude = r.labelColumn().map(Set::of).orElse(Set.of());
        CsvFrame csv = FeatureFrameCsv.read(r.trainCsv(), r.features(), exclude);
        FeatureFrame train = csv.frame();
        Labels labels = r.labelColumn().map(col -> labels(csv, col, r.trainCsv())).orElse(Labels.empty());

        long t0 = System.nanoTime();
        FitContext ctx = new FitContext(r.seed(), r.threads(), ProgressListener.NONE);
        Detector detector = trainer.fit(train, labels, ctx);
        long t1 = System.nanoTime();
        ModelManifest manifest = ModelArtifact.write(r.modelOut(), detector,
                ArtifactMetadata.of(TrainingLineage.of(train, labels)).withProvenance(TrainingProvenance.of(ctx, labels)));
        long t2 = System.nanoTime();
        return new Result(manifest, r.modelOut(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    /**
     * Turns {@code name=value} texts into the raw options map a strategy parses, with the one
     * options parser ({@link ConfigOverride#options}).
     *
     * @param assignments the texts
     * @return the raw options, in order
     * @throws io.iotad.core.config.ConfigException for a malformed assignment
     */
    public static Map<String, Object> parseOptions(List<String> assignments) {
        return ConfigOverride.options(assignments);
    }

    /**
     * The verdicts of a CSV's label column: 1 fault, 0 no fault, an empty cell or {@code nan} no verdict.
     *
     * @param csv the file as read
     * @param column the label column
     * @param file the file, for messages
     * @return the verdicts, keyed by the rows' apartment and day
     * @throws DataException naming the file, line, column and value of a cell that is none of these,
     *     or the column when the file has none of that name
     */
    public static Labels labels(CsvFrame csv, String column, Path file) {
        String[] text = csv.textColumns().get(column);
        if (text == null) {
            throw new DataException(file.toString(), 1, column, "", "a label column named '" + column
                    + "'; the file's other columns are " + csv.textColumns().keySet());
        }
        FeatureFrame f = csv.frame();
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            String v = text[i].trim();
            if (v.isEmpty() || v.equalsIgnoreCase("nan")) {
                continue;
            }
            int y;
            try {
                double d = Double.parseDouble(v);
                y = d == 0 ? 0 : d == 1 ? 1 : -1;
            } catch (NumberFormatException e) {
                y = -1;
            }
            if (y < 0) {
                throw new DataException(file.toString(), i + 2, column, v, "1 (fault), 0 (no fault) or an empty cell (unknown)");
            }
            out.add(new Label(f.apartmentId(i), f.eventDate(i), y, ""));
        }
        return Labels.of(out);
    }
}
