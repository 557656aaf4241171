package io.iotad.features.pipeline;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.contract.ContractReport;
import io.iotad.features.contract.ContractViolationException;
import io.iotad.features.contract.DataContract;
import io.iotad.features.ingest.IngestOptions;
import io.iotad.features.ingest.IngestReport;
import io.iotad.features.ingest.IngestResult;
import io.iotad.features.ingest.RawIngestor;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.topology.Building;
import io.iotad.features.topology.TopologyCsv;
import io.iotad.features.weather.WeatherLoader;
import io.iotad.features.weather.WeatherOptions;
import io.iotad.features.weather.WeatherSet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * From raw files to a checked feature frame, the path {@code iotad features} and the workflows use:
 * raw meter JSON Lines ({@link RawIngestor}), weather and optional topology ({@link WeatherLoader}),
 * daily features ({@link FeaturePipeline}), then the data contract ({@link DataContract#check}).
 * Immutable; one instance may serve many runs.
 *
 * @param spec what to compute
 * @param ingestOptions raw-file options (quarantine limit, threads, quarantine file)
 * @param weatherOptions weather options
 * @param contract the contract enforced on the frame
 * @param threads threads of the feature pipeline, 1…1024
 * @param quarantine the apartment-days quarantined instead of failing the contract's ranges
 *     ({@link DayQuarantine#none()}: none, a range break fails the run)
 */
public record FeatureRun(FeaturePipelineSpec spec, IngestOptions ingestOptions, WeatherOptions weatherOptions,
                         DataContract contract, int threads, DayQuarantine quarantine) {
    /** Validates the fields. */
    public FeatureRun {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(ingestOptions, "ingestOptions");
        Objects.requireNonNull(weatherOptions, "weatherOptions");
        Objects.requireNonNull(contract, "contract");
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads must be in [1, 1024], got " + threads);
        }
        Objects.requireNonNull(quarantine, "quarantine");
    }

    /**
     * A run without day quarantine: a range break fails the contract.
     *
     * @param spec what to compute
     * @param ingestOptions raw-file options
     * @param weatherOptions weather options
     * @param contract the contract enforced on the frame
     * @param threads threads of the feature pipeline, 1…1024
     */
    public FeatureRun(FeaturePipelineSpec spec, IngestOptions ingestOptions, WeatherOptions weatherOptions,
                      DataContract contract, int threads) {
        this(spec, ingestOptions, weatherOptions, contract, threads, DayQuarantine.none());
    }

    /**
     * @param quarantine which apartment-days to quarantine instead of failing the contract's ranges
     * @return a copy with that quarantine
     */
    public FeatureRun withQuarantine(DayQuarantine quarantine) {
        return new FeatureRun(spec, ingestOptions, weatherOptions, contract, threads, quarantine);
    }

    /**
     * @param spec what to compute
     * @return a run with default ingestion and weather options, the standard contract, and every core
     */
    public static FeatureRun of(FeaturePipelineSpec spec) {
        return new FeatureRun(spec, IngestOptions.defaults(), WeatherOptions.defaults(), DataContract.standard(),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs the whole path and stops on a broken data contract.
     *
     * @param raw raw JSON Lines files or directories
     * @param weather weather files or directories (processed CSV or raw forecast JSON)
     * @param buildingsCsv the buildings topology CSV, or {@code null} (needed only for raw forecast JSON)
     * @param progress told about ingestion (files) and features (apartments)
     * @return the frame and the reports; every contract check passed
     * @throws IOException when a file cannot be read
     * @throws io.iotad.core.data.DataException on bad data over its limits: too many quarantined lines,
     *     bad weather, or a broken data contract ({@link ContractViolationException}, with the full report)
     */
    public FeatureRunResult run(List<Path> raw, List<Path> weather, Path buildingsCsv, ProgressListener progress)
            throws IOException {
        return enforced(compute(raw, weather, buildingsCsv, progress));
    }

    /**
     * Runs the whole path for scoring the days {@code from..to} and stops on a broken contract of those
     * days. Every day the raw files cover is computed (the earlier days are the lookback that lags and
     * windows read), but only the scored days are checked: a bad day in the lookback (a building without
     * weather, say) stays missing in the features that read it and is reported in
     * {@link FeatureRunResult#scope()}, instead of blocking the scoring of today.
     *
     * @param raw raw JSON Lines files or directories
     * @param weather weather files or directories
     * @param buildingsCsv the buildings topology CSV, or {@code null}
     * @param from first day to be scored (checked)
     * @param to last day to be scored (checked), not before {@code from}
     * @param progress told about ingestion (files) and features (apartments)
     * @return every day's frame and the reports; every contract check of the scored days passed
     * @throws IOException when a file cannot be read
     * @throws IllegalArgumentException when {@code to} is before {@code from}, or the data has no row in the days
     * @throws io.iotad.core.data.DataException on bad data over its limits, or a broken contract of the scored days
     */
    public FeatureRunResult runForDays(List<Path> raw, List<Path> weather, Path buildingsCsv, LocalDate from, LocalDate to,
                                       ProgressListener progress) throws IOException {
        return enforced(computeForDays(raw, weather, buildingsCsv, from, to, progress));
    }

    private static FeatureRunResult enforced(FeatureRunResult result) {
        if (!result.contract().passed()) {
            throw new ContractViolationException(result.contract().failures().get(0), result.contract());
        }
        return result;
    }

    /**
     * Runs the whole path and checks the contract without stopping on it, so that a caller can
     * write the run report first; never use the frame of a result whose contract failed.
     *
     * @param raw raw JSON Lines files or directories
     * @param weather weather files or directories
     * @param buildingsCsv the buildings topology CSV, or {@code null}
     * @param progress told about ingestion (files) and features (apartments)
     * @return the frame and the reports, the contract report possibly failing
     * @throws IOException when a file cannot be read
     * @throws io.iotad.core.data.DataException on too many quarantined lines or bad weather
     */
    public FeatureRunResult compute(List<Path> raw, List<Path> weather, Path buildingsCsv, ProgressListener progress)
            throws IOException {
        return compute(raw, weather, buildingsCsv, null, null, progress);
    }

    /**
     * {@link #runForDays} without stopping on the contract, so that a caller can write the run report
     * first; never use the frame of a result whose contract failed.
     *
     * @param raw raw JSON Lines files or directories
     * @param weather weather files or directories
     * @param buildingsCsv the buildings topology CSV, or {@code null}
     * @param from first day to be scored (checked)
     * @param to last day to be scored (checked), not before {@code from}
     * @param progress told about ingestion (files) and features (apartments)
     * @return every day's frame and the reports, the contract report (of the scored days) possibly failing
     * @throws IOException when a file cannot be read
     * @throws IllegalArgumentException when {@code to} is before {@code from}, or the data has no row in the days
     * @throws io.iotad.core.data.DataException on too many quarantined lines or bad weather
     */
    public FeatureRunResult computeForDays(List<Path> raw, List<Path> weather, Path buildingsCsv, LocalDate from,
                                           LocalDate to, ProgressListener progress) throws IOException {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return compute(raw, weather, buildingsCsv, from, to, progress);
    }

    private FeatureRunResult compute(List<Path> raw, List<Path> weather, Path buildingsCsv, LocalDate from, LocalDate to,
                                     ProgressListener progress) throws IOException {
        if (from != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the days to check end before they start: " + to + " is before " + from);
        }
        long t0 = System.nanoTime();
        IngestResult ingested = new RawIngestor(ingestOptions).ingest(raw, progress);
        IngestReport ingestReport = ingested.report();
        // the pipeline drops each apartment's readings once its rows are computed (the season's readings
        // need not stay beside the frame); nothing else here may hold them
        List<ApartmentReadings> readings = new ArrayList<>(ingested.apartments());
        ingested = null;
        long t1 = System.nanoTime();
        Map<String, Building> buildings = buildingsCsv == null ? Map.of() : TopologyCsv.readBuildings(buildingsCsv);
        WeatherSet weatherSet = new WeatherLoader(weatherOptions).load(weather, buildings);
        long t2 = System.nanoTime();
        FeaturePipelineResult computed = new FeaturePipeline(spec, threads, quarantine)
                .computeReleasing(readings, weatherSet.byBuilding(), progress);
        FeatureFrame frame = computed.frame();
        long t3 = System.nanoTime();
        ContractScope scope = ContractScope.allDays();
        ContractReport report;
        if (from == null) {
            report = contract.check(frame);
        } else {
            FeatureFrame checked = frame.filter(i -> !frame.eventDate(i).isBefore(from) && !frame.eventDate(i).isAfter(to));
            if (checked.rowCount() == 0) {
                throw new IllegalArgumentException("no feature rows between " + from + " and " + to + " to check; the data covers "
                        + coverage(frame));
            }
            report = contract.check(checked);
            scope = ContractScope.lookback(frame, contract, from, to);
        }
        long t4 = System.nanoTime();
        return new FeatureRunResult(frame, ingestReport, report, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (t3 - t2) / 1e9, (t4 - t3) / 1e9, weatherSet.duplicateHours(), weatherSet.revisedHours(),
                computed.quarantinedDays(), scope);
    }

    private static String coverage(FeatureFrame frame) {
        LocalDate min = null;
        LocalDate max = null;
        for (int i = 0; i < frame.rowCount(); i++) {
            LocalDate d = frame.eventDate(i);
            min = min == null || d.isBefore(min) ? d : min;
            max = max == null || d.isAfter(max) ? d : max;
        }
        return min == null ? "no day" : min + ".." + max;
    }
}
