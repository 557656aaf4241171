package io.iotad.pipeline.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.files.AtomicFile;
import io.iotad.core.frame.CsvFrame;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureFrameCsv;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.pipeline.csv.CsvTraining;
import io.iotad.pipeline.tuning.HyperparameterSearch;
import io.iotad.pipeline.tuning.TunedParameters;
import io.iotad.pipeline.tuning.TuningOptions;
import io.iotad.pipeline.tuning.TuningResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code iotad tune} runs: the features of a portfolio (as the training workflow computes them) or
 * of a feature CSV, a {@link HyperparameterSearch} over them, and its two outputs in the run folder:
 * {@code tune.json} (every trial's parameters and fold scores, the folds, the space, the choice) and
 * {@code params.json} ({@link TunedParameters}, what {@code iotad train --params} reads).
 *
 * <p>On a portfolio the last {@code training.holdout_days} days are left out of the search: they are the
 * days the training workflow's gate evaluates a model on, and a choice made on them would flatter it.
 */
public final class TuningWorkflow {
    /** The report's file name. */
    public static final String REPORT = "tune.json";
    /** The chosen parameters' file name. */
    public static final String PARAMS = "params.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TuningWorkflow() {
    }

    /**
     * What a tuning run produced.
     *
     * @param result every trial and the choice
     * @param chosen the chosen parameters, as written to {@code params}
     * @param report the {@code tune.json} written
     * @param params the {@code params.json} written
     * @param rows feature rows searched over
     * @param features the feature columns the strategy read
     * @param dataFrom first day searched over
     * @param dataTo last day searched over
     */
    public record Outcome(TuningResult result, TunedParameters chosen, Path report, Path params, int rows,
                          List<String> features, java.time.LocalDate dataFrom, java.time.LocalDate dataTo) {
    }

    /**
     * Tunes on a portfolio's telemetry, with the configuration's feature engineering and feature columns,
     * leaving out the holdout days of {@code training.holdout_days}.
     *
     * @param config the configuration (feature engineering, {@code training.feature_columns}, holdout days)
     * @param source the telemetry
     * @param labels verdicts
     * @param options what to search
     * @param outDir where {@code tune.json} and {@code params.json} go (created)
     * @param progress progress of feature engineering and of the trials
     * @param trials told after each trial
     * @return what was produced
     * @throws IOException when inputs cannot be read or outputs written
     */
    public static Outcome onPortfolio(IotadConfig config, TelemetrySource source, Labels labels, TuningOptions options,
                                      Path outDir, ProgressListener progress, HyperparameterSearch.TrialListener trials)
            throws IOException {
        Map<String, Object> facts = new LinkedHashMap<>();
        Telemetry telemetry = source.load(facts);
        FeatureEngineering fe = FeatureEngineering.of(FeatureEngineering.specFrom(config.featureEngineering()),
                config.featureEngineering(), false, progress);
        FeatureFrame all = fe.compute(telemetry, facts);
        FeatureSchema features = config.training().featureColumns().isEmpty() ? all.schema()
                : FeatureSchema.of(config.training().featureColumns());
        FeatureFrame searched = TrainingSplit.of(all, config.training()).train(all).select(features);
        return search(searched, labels, options, outDir, progress, trials);
    }

    /**
     * Tunes on a feature CSV (as {@code iotad features} writes, with a label column).
     *
     * @param csv the file
     * @param features feature columns in order; empty = every numeric column but identity and label columns
     * @param labelColumn the column of verdicts (1 fault, 0 no fault, empty unknown)
     * @param options what to search
     * @param outDir where {@code tune.json} and {@code params.json} go (created)
     * @param progress progress of the trials
     * @param trials told after each trial
     * @return what was produced
     * @throws IOException when the file cannot be read or outputs written
     * @throws io.iotad.core.data.DataException for a malformed file or label
     */
    public static Outcome onCsv(Path csv, List<String> features, String labelColumn, TuningOptions options, Path outDir,
                                ProgressListener progress, HyperparameterSearch.TrialListener trials) throws IOException {
        Objects.requireNonNull(labelColumn, "labelColumn");
        if (!Files.isRegularFile(csv)) {
            throw new IllegalArgumentException("--train " + csv + ": no such file (a feature CSV, as iotad features writes)");
        }
        CsvFrame read = FeatureFrameCsv.read(csv, features, Set.of(labelColumn));
        Labels labels = CsvTraining.labels(read, labelColumn, csv);
        return search(read.frame(), labels, options, outDir, progress, trials);
    }

    private static Outcome search(FeatureFrame frame, Labels labels, TuningOptions options, Path outDir,
                                  ProgressListener progress, HyperparameterSearch.TrialListener trials) throws IOException {
        if (frame.schema().size() == 0) {
            throw new IllegalArgumentException("no feature column to tune on");
        }
        TuningResult r = HyperparameterSearch.run(frame, labels, options, progress, trials);
        Files.createDirectories(outDir);
        Path report = outDir.resolve(REPORT);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("features", frame.schema().names());
        m.put("rows", frame.rowCount());
        m.putAll(r.toMap());
        AtomicFile.writeString(report, JSON.writeValueAsString(m) + "\n");
        TunedParameters chosen = TunedParameters.of(r, report);
        Path params = outDir.resolve(PARAMS);
        chosen.write(params);
        return new Outcome(r, chosen, report, params, frame.rowCount(), frame.schema().names(),
                r.folds().get(0).trainFrom(), r.folds().get(r.folds().size() - 1).evalTo());
    }
}
