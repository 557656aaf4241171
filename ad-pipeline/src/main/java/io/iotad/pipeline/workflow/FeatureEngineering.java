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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code FeatureEngineering} steps of both workflows: one code path from telemetry to the
 * daily feature frame, with the data contract enforced on the result. Training builds the pipeline
 * from configuration ({@link #specFrom}); the scoring workflows rebuild it from the spec recorded in
 * the model artifact and run the same {@link FeaturePipeline} through
 * {@link io.iotad.features.scoring.ModelScoring}, with the contract and quarantine this class derives
 * from the configuration ({@link #contractFrom}, {@link #quarantineFrom}).
 */
public final class FeatureEngineering {
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
        report(result, facts);
        facts.put("rows", frame.rowCount());
        facts.put("features", frame.schema().size());
        ContractReport report = contract.enforce(frame);
        facts.put("contract_checks", report.checks().size());
        return frame;
    }

    /** Counts and lists the quarantined apartment-days for the run report, when the quarantine is on. */
    private void report(FeaturePipelineResult result, Map<String, Object> facts) {
        if (quarantine.active()) {
            result.putQuarantineFacts(facts);
        }
    }
}
