package io.iotad.features.pipeline;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.features.contract.ContractReport;
import io.iotad.features.ingest.IngestReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link FeatureRun} produced: the features, the ingestion report, the contract report, and
 * the wall time of each phase.
 *
 * @param frame the daily features, sorted by apartment then date
 * @param ingest the ingestion report (lines read, readings, quarantined lines by reason...)
 * @param contract the data-contract report (every check passed when the run enforced the contract)
 * @param ingestSeconds wall time of reading the raw files, seconds
 * @param weatherSeconds wall time of reading weather and topology, seconds
 * @param featuresSeconds wall time of the feature pipeline, seconds
 * @param contractSeconds wall time of the contract checks, seconds
 * @param weatherDuplicateHours weather rows that repeated a building-hour with the same values (kept once)
 * @param weatherRevisedHours building-hours a later raw forecast file revised
 * @param quarantinedDays apartment-days the run's {@link DayQuarantine} took out (their features are missing)
 * @param scope which days the contract checked, and the lookback days' missing values
 */
public record FeatureRunResult(FeatureFrame frame, IngestReport ingest, ContractReport contract, double ingestSeconds,
                               double weatherSeconds, double featuresSeconds, double contractSeconds,
                               long weatherDuplicateHours, long weatherRevisedHours, List<QuarantinedDay> quarantinedDays,
                               ContractScope scope) {
    /** Validates the fields and copies the list. */
    public FeatureRunResult {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(ingest, "ingest");
        Objects.requireNonNull(contract, "contract");
        quarantinedDays = List.copyOf(quarantinedDays);
        Objects.requireNonNull(scope, "scope");
    }

    /**
     * @return a JSON-compatible summary: rows, apartments, readings, quarantined lines, the contract outcome
     *     ({@code contract_checked}; {@code contract_passed} true, false, or null when nothing was checked), timings
     */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", frame.rowCount());
        m.put("apartments", ingest.apartments());
        m.put("files", ingest.files());
        m.put("lines_read", ingest.linesRead());
        m.put("readings", ingest.readingsKept());
        m.put("duplicates_dropped", ingest.duplicatesDropped());
        m.put("quarantined_lines", ingest.quarantinedLines());
        m.put("weather_duplicate_hours", weatherDuplicateHours);
        m.put("weather_revised_hours", weatherRevisedHours);
        m.put("quarantined_apartment_days", quarantinedDays.size());
        // a skipped contract is "not checked", never "passed"
        m.put("contract_checked", contract.checked());
        m.put("contract_passed", contract.checked() ? contract.passed() : null);
        m.put("contract_failures", contract.failures().size());
        m.put("contract_days", scope.describe());
        if (!scope.isAllDays()) {
            m.put("lookback_rows", scope.lookbackRows());
            m.put("lookback_missing", scope.lookbackMissing());
        }
        m.put("ingest_s", round(ingestSeconds));
        m.put("weather_s", round(weatherSeconds));
        m.put("features_s", round(featuresSeconds));
        m.put("contract_s", round(contractSeconds));
        return m;
    }

    private static double round(double s) {
        return Math.round(s * 1000) / 1000.0;
    }
}
