package io.iotad.pipeline.workflow;

import io.iotad.core.config.FeatureEngineeringConfig;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.contract.ContractReport;
import io.iotad.features.contract.DataContract;
import io.iotad.features.contract.NullRateLimit;
import io.iotad.features.extract.FeatureExtractor;
import io.iotad.features.extract.FeatureExtractors;
import io.iotad.features.pipeline.DayQuarantine;
import io.iotad.features.pipeline.FeaturePipeline;
import io.iotad.features.pipeline.FeaturePipelineResult;
import io.iotad.features.pipeline.FeaturePipelineSpec;
import io.iotad.features.pipeline.QuarantinedDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code FeatureEngineering} steps of both workflows: one code path from telemetry to the
 * daily feature frame, with the data contract enforced on the result. Training builds the pipeline
 * from configuration ({@link #specFrom}); inference rebuilds it from the spec recorded in the model
 * artifact ({@link FeaturePipelineSpec#fromMap}) and runs this same class.
 */
public final class FeatureEngineering {
    /** Most quarantined apartment-days listed in a run report (all are counted). */
    public static final int MAX_LISTED_QUARANTINED_DAYS = 50;

    private final FeaturePipelineSpec spec;
    private final DataContract contract;
    private final DayQuarantine quarantine;
    private final ProgressListener progress;

    /**
     * A step that leaves range breaks to the contract (the run stops on them).
     *
     * @param spec what to compute
     * @param contract what the result must meet
     * @param progress progress of the per-apartment computation
     */
    public FeatureEngineering(FeaturePipelineSpec spec, DataContract contract, ProgressListener progress) {
        this(spec, contract, DayQuarantine.none(), progress);
    }

    /**
     * @param spec what to compute
     * @param contract what the result must meet
     * @param quarantine which apartment-days are quarantined instead of failing the contract
     * @param progress progress of the per-apartment computation
     */
    public FeatureEngineering(FeaturePipelineSpec spec, DataContract contract, DayQuarantine quarantine,
                              ProgressListener progress) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.contract = Objects.requireNonNull(contract, "contract");
        this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * The step a configuration asks for: its contract ({@link #contractFrom}) and, with
     * {@code feature_engineering.range_violations: quarantine_apartment_day}, the quarantine of apartment-days
     * that break the contract's ranges ({@link #quarantineFrom}).
     *
     * @param spec what to compute (from the configuration for training, from the model for inference)
     * @param fe the {@code feature_engineering} section
     * @param inference true for an inference batch, false for a training batch
     * @param progress progress of the per-apartment computation
     * @return the step
     */
    public static FeatureEngineering of(FeaturePipelineSpec spec, FeatureEngineeringConfig fe, boolean inference,
                                        ProgressListener progress) {
        return new FeatureEngineering(spec, contractFrom(fe, inference), quarantineFrom(fe), progress);
    }

    /**
     * @param fe the {@code feature_engineering} section
     * @return the quarantine of apartment-days breaking the standard ranges when {@code range_violations} is
     *     {@code quarantine_apartment_day}, else none (range breaks stop the run)
     */
    public static DayQuarantine quarantineFrom(FeatureEngineeringConfig fe) {
        return fe.quarantineRangeViolations() ? new DayQuarantine(DataContract.standard(fe.nullRateLimit()).ranges())
                : DayQuarantine.none();
    }

    /**
     * The pipeline spec a configuration asks for: the ten standard features (always; naming them in
     * {@code extractors} is allowed) then each optional extractor named in {@code extractors}, then each
     * one named in {@code weather_feature_cols} and not yet there (the standard weather features
     * {@code hdd} and {@code avg_outdoor_temp_c} are always computed; others such as
     * {@code energy_per_hdd} or {@code outdoor_temp_x_temp_diff} are added).
     *
     * @param fe the {@code feature_engineering} section
     * @return the spec
     * @throws IllegalArgumentException naming an unknown extractor
     */
    public static FeaturePipelineSpec specFrom(FeatureEngineeringConfig fe) {
        FeaturePipelineSpec standard = FeaturePipelineSpec.standard(fe.timezone(), fe.stalenessHours(), fe.hddBaseC());
        List<String> standardNames = standard.outputSchema().names();
        List<FeatureExtractor> extra = new ArrayList<>();
        List<String> named = new ArrayList<>();
        List<String> wanted = new ArrayList<>(fe.extractors());
        wanted.addAll(fe.weatherFeatureCols());
        for (String name : wanted) {
            if (!standardNames.contains(name) && !named.contains(name)) {
                extra.add(FeatureExtractors.named(name));
                named.add(name);
            }
        }
        return extra.isEmpty() ? standard : standard.plus(extra);
    }

    /**
     * The data contract a configuration asks for: the standard ranges, and each critical feature's
     * null rate at most {@code null_rate_limit} over the batch being processed. A training batch is
     * the whole training window, so a critical feature is checked over all its rows (one building's
     * day without weather in a season is 0.01 % of it, and those rows stay missing, never filled). An
     * inference batch is the days being scored, so the weather features ({@code avg_outdoor_temp_c},
     * {@code hdd}) are checked per day: a day whose outdoor temperature is missing beyond the limit
     * stops the scoring run (the seed's Challenge 1), while the others are checked over the batch.
     *
     * @param fe the {@code feature_engineering} section
     * @param inference true for an inference batch, false for a training batch
     * @return the contract
     */
    public static DataContract contractFrom(FeatureEngineeringConfig fe, boolean inference) {
        DataContract standard = DataContract.standard(fe.nullRateLimit());
        List<NullRateLimit> limits = new ArrayList<>();
        for (String f : fe.criticalFeatures()) {
            boolean weather = f.equals("avg_outdoor_temp_c") || f.equals("hdd");
            NullRateLimit.Scope scope = inference && weather ? NullRateLimit.Scope.DAY : NullRateLimit.Scope.BATCH;
            limits.add(new NullRateLimit(f, fe.nullRateLimit(), scope));
        }
        return new DataContract(limits, standard.ranges());
    }

    /** @return the spec this step computes */
    public FeaturePipelineSpec spec() {
        return spec;
    }

    /**
     * Computes the daily features and enforces the contract.
     *
     * @param telemetry the validated telemetry
     * @param facts where counts go for the run report
     * @return the frame, every apartment-day of the telemetry
     * @throws io.iotad.features.contract.ContractViolationException when the contract fails, naming
     *     the feature, the rate, the limit and the partition
     */
    public FeatureFrame compute(Telemetry telemetry, Map<String, Object> facts) {
        FeaturePipelineResult result = new FeaturePipeline(spec, Runtime.getRuntime().availableProcessors(), quarantine)
                .compute(telemetry.apartments(), telemetry.weather(), progress);
        FeatureFrame frame = result.frame();
        report(result.quarantinedDays(), facts);
        facts.put("rows", frame.rowCount());
        facts.put("features", frame.schema().size());
        ContractReport report = contract.enforce(frame);
        facts.put("contract_checks", report.checks().size());
        return frame;
    }

    /**
     * Computes the daily features of every day the telemetry covers, and enforces the contract on
     * the batch to be scored: the days {@code from}..{@code to}. Earlier days are the history that
     * lags, rolling windows and the vacation rule look back over: not checked (a bad day there must not
     * block scoring today), their gaps stay missing in the features that read them, and their missing
     * values are counted in the facts ({@code lookback_rows}, {@code lookback_missing} per checked feature).
     *
     * @param telemetry the validated telemetry, including the lookback days
     * @param from first day of the batch
     * @param to last day of the batch
     * @param facts where counts go for the run report
     * @return every day's rows (history and batch)
     * @throws io.iotad.features.contract.ContractViolationException when the batch breaks the contract
     */
    public FeatureFrame computeBatch(Telemetry telemetry, java.time.LocalDate from, java.time.LocalDate to,
                                     Map<String, Object> facts) {
        FeaturePipelineResult result = new FeaturePipeline(spec, Runtime.getRuntime().availableProcessors(), quarantine)
                .compute(telemetry.apartments(), telemetry.weather(), progress);
        FeatureFrame frame = result.frame();
        report(result.quarantinedDays(), facts);
        FeatureFrame batch = TrainingSplit.between(frame, from, to);
        if (batch.rowCount() == 0) {
            throw new IllegalArgumentException("no feature rows between " + from + " and " + to
                    + "; the telemetry covers other days");
        }
        facts.put("rows", frame.rowCount());
        facts.put("batch_rows", batch.rowCount());
        lookback(frame, from, facts);
        facts.put("features", frame.schema().size());
        ContractReport report = contract.enforce(batch);
        facts.put("contract_checks", report.checks().size());
        return frame;
    }

    /**
     * Reports what the lookback days (before the batch) miss: they are input to the batch's lags and windows,
     * not checked by the contract, so their gaps are counted here (per feature with a null-rate rule).
     */
    private void lookback(FeatureFrame frame, java.time.LocalDate from, Map<String, Object> facts) {
        Map<String, Long> missing = new java.util.TreeMap<>();
        int rows = 0;
        for (int i = 0; i < frame.rowCount(); i++) {
            if (frame.eventDate(i).isBefore(from)) {
                rows++;
            }
        }
        for (NullRateLimit rule : contract.nullRates()) {
            if (frame.schema().contains(rule.feature()) && !missing.containsKey(rule.feature())) {
                int c = frame.schema().require(rule.feature());
                long n = 0;
                for (int i = 0; i < frame.rowCount(); i++) {
                    if (frame.eventDate(i).isBefore(from) && Double.isNaN(frame.value(i, c))) {
                        n++;
                    }
                }
                missing.put(rule.feature(), n);
            }
        }
        facts.put("lookback_rows", rows);
        facts.put("lookback_missing", missing);
    }

    /** Counts and lists (the first {@value #MAX_LISTED_QUARANTINED_DAYS}) quarantined apartment-days for the run report. */
    private void report(List<QuarantinedDay> days, Map<String, Object> facts) {
        if (!quarantine.active()) {
            return;
        }
        facts.put("quarantined_apartment_days", days.size());
        List<Map<String, Object>> listed = new ArrayList<>();
        for (QuarantinedDay d : days.subList(0, Math.min(days.size(), MAX_LISTED_QUARANTINED_DAYS))) {
            listed.add(d.toMap());
        }
        facts.put("quarantined_apartment_days_detail", listed);
    }
}
