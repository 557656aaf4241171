package io.iotad.features.scoring;

import io.iotad.core.artifact.LoadedModel;
import io.iotad.core.detect.BatchScoring;
import io.iotad.core.detect.Detector;
import io.iotad.core.explain.FeatureBaseline;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Scores;
import io.iotad.features.contract.ContractReport;
import io.iotad.features.contract.DataContract;
import io.iotad.features.pipeline.ContractScope;
import io.iotad.features.pipeline.DayQuarantine;
import io.iotad.features.pipeline.FeaturePipeline;
import io.iotad.features.pipeline.FeaturePipelineResult;
import io.iotad.features.pipeline.FeaturePipelineSpec;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Scoring days with a trained model: the one path of every scoring door (the inference and
 * evaluation workflows of {@code ad-pipeline}, a service embedding the library with {@code ad-features}
 * and {@code ad-models} alone). The feature pipeline is rebuilt from the spec the model's
 * artifact records, so the features are the bits training computed; the data contract is enforced
 * on the days scored; and the days are scored in the context of the days before them
 * ({@link BatchScoring#inContext}), so a detector that looks back along each apartment's days
 * ({@link Detector#historyDays()}: STL, history rules) ranks a day as the training evaluation did.
 * Immutable and thread-safe.
 */
public final class ModelScoring {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ModelScoring.class);

    private final String modelId;
    private final LoadedModel model;
    private final FeaturePipeline pipeline;
    private final DataContract contract;
    private final DayQuarantine quarantine;
    private final ProgressListener progress;

    /**
     * Scoring whose contract stops the run on any break (no apartment-day quarantine).
     *
     * @param modelId the model's name in messages and results, e.g. {@code global/3} or a file name
     * @param model the verified artifact
     * @param contract what the scored days must meet
     * @param progress progress of the per-apartment feature computation
     * @throws IllegalArgumentException when the artifact records no feature pipeline (it was trained
     *     on a features CSV and can only score such a CSV)
     */
    public ModelScoring(String modelId, LoadedModel model, DataContract contract, ProgressListener progress) {
        this(modelId, model, contract, DayQuarantine.none(), progress);
    }

    /**
     * @param modelId the model's name in messages and results, e.g. {@code global/3} or a file name
     * @param model the verified artifact
     * @param contract what the scored days must meet
     * @param quarantine which apartment-days breaking a range are quarantined (their features NaN,
     *     counted) instead of failing the contract ({@code feature_engineering.range_violations})
     * @param progress progress of the per-apartment feature computation
     * @throws IllegalArgumentException when the artifact records no feature pipeline (it was trained
     *     on a features CSV and can only score such a CSV)
     */
    public ModelScoring(String modelId, LoadedModel model, DataContract contract, DayQuarantine quarantine,
                        ProgressListener progress) {
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        this.model = Objects.requireNonNull(model, "model");
        if (model.manifest().featurePipeline().isEmpty()) {
            throw new IllegalArgumentException("model " + modelId + " records no feature pipeline (it was trained on a "
                    + "features CSV); score it with 'iotad score --model FILE --input FEATURES.csv'");
        }
        this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
        this.pipeline = new FeaturePipeline(FeaturePipelineSpec.fromMap(model.manifest().featurePipeline()),
                Runtime.getRuntime().availableProcessors(), quarantine);
        this.contract = Objects.requireNonNull(contract, "contract");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** @return the model's name in messages and results */
    public String modelId() {
        return modelId;
    }

    /** @return the verified artifact */
    public LoadedModel model() {
        return model;
    }

    /** @return the feature pipeline rebuilt from the artifact's spec, with the configured quarantine */
    public FeaturePipeline pipeline() {
        return pipeline;
    }

    /** @return the model's detector */
    public Detector detector() {
        return model.detector();
    }

    /**
     * The history to fetch before the first scored day: the feature pipeline's lookback (lags,
     * windows, trailing baselines, the counter reading before the first day: the larger of the
     * configured days and {@link FeaturePipelineSpec#lookbackDays()} of the model's own spec) plus the days of feature rows the detector
     * reads ({@link Detector#historyDays()}).
     *
     * @param featureLookbackDays the feature pipeline's lookback ({@code feature_engineering.lookback_days})
     * @return days of telemetry wanted before the first scored day
     */
    public int lookbackDays(int featureLookbackDays) {
        return Math.max(Math.max(0, featureLookbackDays), pipeline.spec().lookbackDays()) + model.detector().historyDays();
    }

    /**
     * Computes the daily features of every day the readings cover with the model's own pipeline,
     * quarantining apartment-days as configured, without checking the contract (see {@link #checkDays}).
     *
     * @param apartments the apartments' readings, covering the days to score and their history
     * @param weather hourly weather by building id; a building without any gets missing weather features
     * @param facts where the quarantined apartment-days go when the quarantine is on
     * @return every apartment-day's row
     */
    public FeatureFrame features(Collection<ApartmentReadings> apartments, Map<String, HourlyWeather> weather,
                                 Map<String, Object> facts) {
        FeaturePipelineResult result = pipeline.compute(apartments, weather, progress);
        if (quarantine.active()) {
            result.putQuarantineFacts(facts);
        }
        return result.frame();
    }

    /**
     * Enforces the data contract on the days to score. The days before them are the history that
     * lags, rolling windows, the vacation rule and detectors with history look back over: not checked
     * (a bad day there must not block scoring today), their gaps stay missing in the features that
     * read them, and their missing values are counted in the facts ({@code lookback_rows},
     * {@code lookback_missing} per feature with a null-rate rule).
     *
     * @param frame every day's rows, from {@link #features}
     * @param from first day to score
     * @param to last day to score
     * @param facts where {@code rows}, {@code batch_rows}, the lookback counts, {@code features} and
     *     {@code contract_checks} go
     * @return {@code frame}
     * @throws IllegalArgumentException when no row falls in the days, naming them
     * @throws io.iotad.features.contract.ContractViolationException when the days break the contract
     */
    public FeatureFrame checkDays(FeatureFrame frame, LocalDate from, LocalDate to, Map<String, Object> facts) {
        FeatureFrame batch = BatchScoring.days(frame, from, to);
        if (batch.rowCount() == 0) {
            throw new IllegalArgumentException("no feature rows between " + from + " and " + to
                    + "; the telemetry covers other days");
        }
        facts.put("rows", frame.rowCount());
        facts.put("batch_rows", batch.rowCount());
        ContractScope scope = ContractScope.lookback(frame, contract, from, to);
        facts.put("lookback_rows", scope.lookbackRows());
        facts.put("lookback_missing", scope.lookbackMissing());
        facts.put("features", frame.schema().size());
        ContractReport report = contract.enforce(batch);
        facts.put("contract_checks", report.checks().size());
        return frame;
    }

    /**
     * The medians and scales the reasons of scored rows are measured against: those the artifact
     * records from its training data, or, for an artifact written before reasons existed, those of
     * the frame's days before {@code from} (the history fetched for the score).
     *
     * @param frame the rows to score and their history
     * @param from first day to score
     * @return the baseline
     */
    public FeatureBaseline baseline(FeatureFrame frame, LocalDate from) {
        FeatureBaseline recorded = model.manifest().featureBaseline();
        if (!recorded.isEmpty()) {
            return recorded;
        }
        long a = from.toEpochDay();
        return FeatureBaseline.of(frame.filter(i -> frame.epochDay(i) < a), model.detector().features());
    }

    /**
     * Scores the days {@code from}..{@code to} in the context of every earlier row of the frame, and
     * reports when the frame holds fewer days before {@code from} than the detector reads (its first
     * scored days may then rank otherwise than in the evaluation; not an error, since a new
     * apartment has no history either).
     *
     * @param frame the rows to score and their history
     * @param from first day to score
     * @param to last day to score
     * @param facts where {@code rows}, {@code scored}, {@code history_days_needed} and
     *     {@code score_seconds} go, and {@code history_short_of_detector} when the history is short
     * @return one score per row of the days, in the frame's order, each scored row with its reason
     *     (the top features that made its score: {@link io.iotad.core.explain.Explainer})
     */
    public Scores score(FeatureFrame frame, LocalDate from, LocalDate to, Map<String, Object> facts) {
        long t0 = System.nanoTime();
        Scores s = BatchScoring.inContext(model.detector(), baseline(frame, from), frame, from, to);
        int needed = model.detector().historyDays();
        int held = BatchScoring.historyDaysBefore(frame, from);
        facts.put("rows", s.size());
        facts.put("scored", s.scoredCount());
        facts.put("history_days_needed", needed);
        if (held < needed) {
            LOG.warn("model {} ({}) reads {} days of history before a scored day; the rows hold {} before {}: its first "
                    + "scored days may rank otherwise than in its evaluation", modelId, model.manifest().strategy(), needed,
                    held, from);
            facts.put("history_short_of_detector", true);
        }
        facts.put("score_seconds", (System.nanoTime() - t0) / 1e9);
        return s;
    }
}
