package io.iotad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.cli.csv.JsonSummary;
import io.iotad.core.config.FeatureEngineeringConfig;
import io.iotad.core.frame.FeatureFrameCsv;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.contract.ContractViolationException;
import io.iotad.features.contract.DataContract;
import io.iotad.features.contract.NullRateLimit;
import io.iotad.features.extract.FeatureExtractor;
import io.iotad.features.extract.FeatureExtractors;
import io.iotad.features.extract.HeatingDegreeDays;
import io.iotad.features.ingest.IngestOptions;
import io.iotad.features.ingest.PlausibleTimestamps;
import io.iotad.features.lake.FeatureFrameParquet;
import io.iotad.features.pipeline.DayQuarantine;
import io.iotad.features.pipeline.FeaturePipelineSpec;
import io.iotad.features.pipeline.FeatureRun;
import io.iotad.features.pipeline.FeatureRunResult;
import io.iotad.features.pipeline.QuarantinedDay;
import io.iotad.features.weather.WeatherOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code iotad features}: raw meter JSON Lines + weather → daily features (DATA-CONTRACT §3) as CSV
 * or Parquet, checked against the data contract. Prints one JSON summary line on standard output
 * and progress on standard error.
 */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = "Computes the daily features (docs/features.md) from raw meter files and weather, "
                + "checks the data contract, and writes CSV (.csv) or Parquet (.parquet).")
public final class FeaturesCommand implements Callable<Integer> {
    @Spec
    CommandSpec commandSpec;

    @Option(names = "--raw", required = true, arity = "1..*", paramLabel = "PATH",
            description = "raw JSON Lines files or directories (.jsonl, .jsonl.gz)")
    List<Path> raw;

    @Option(names = "--weather", required = true, arity = "1..*", paramLabel = "FILE",
            description = "weather: processed CSV or raw forecast JSON files or directories")
    List<Path> weather;

    @Option(names = "--buildings", paramLabel = "FILE", description = "buildings.csv (needed for raw forecast JSON)")
    Path buildings;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "output file, .csv or .parquet")
    Path out;

    @Option(names = "--tz", defaultValue = "UTC", description = "time zone of the calendar days (default: ${DEFAULT-VALUE})")
    String timeZone;

    @Option(names = "--hdd-base", defaultValue = "" + HeatingDegreeDays.DEFAULT_BASE_C,
            description = "HDD base temperature in °C (default: ${DEFAULT-VALUE})")
    double hddBase;

    @Option(names = "--stale-hours", defaultValue = "" + FeaturePipelineSpec.DEFAULT_STALE_HOURS,
            description = "staleness limit of the silent rule, hours (default: ${DEFAULT-VALUE})")
    double staleHours;

    @Option(names = "--extractors", split = ",", paramLabel = "NAME",
            description = "optional extractors after the standard ten, comma-separated: energy_lag_2d, energy_lag_7d, "
                    + "energy_roll_std_7d, temp_diff_roll_avg_3d, outdoor_temp_x_temp_diff, energy_per_hdd, "
                    + "hourly_energy_profile, calendar")
    List<String> extractors = new ArrayList<>();

    @Option(names = "--max-null-rate", defaultValue = "" + NullRateLimit.DEFAULT_MAX_RATE,
            description = "largest share of missing values of a critical feature (default: ${DEFAULT-VALUE})")
    double maxNullRate;

    @Option(names = "--no-contract", description = "skip the data contract (exploration only)")
    boolean noContract;

    @Option(names = "--contract-from", paramLabel = "DATE",
            description = "check the data contract on the days from DATE (YYYY-MM-DD) to --contract-to only: the days to be "
                    + "scored; earlier days are lookback whose gaps stay missing and are reported (default: check every day)")
    LocalDate contractFrom;

    @Option(names = "--contract-to", paramLabel = "DATE", description = "last day the data contract checks (with --contract-from)")
    LocalDate contractTo;

    @Option(names = "--range-violations", paramLabel = "POLICY", defaultValue = FeatureEngineeringConfig.RANGE_VIOLATIONS_FAIL,
            description = "what a feature outside its plausible range does: fail (stop the run) or quarantine_apartment_day "
                    + "(that apartment-day's features become missing, counted and listed in the report) "
                    + "(feature_engineering.range_violations; default: ${DEFAULT-VALUE})")
    String rangeViolations;

    @Option(names = "--max-quarantine-share", defaultValue = "" + IngestOptions.DEFAULT_MAX_QUARANTINE_SHARE,
            description = "largest share of quarantined raw lines (default: ${DEFAULT-VALUE})")
    double maxQuarantineShare;

    @Option(names = "--quarantine", paramLabel = "FILE", description = "where quarantined lines are written (JSON Lines)")
    Path quarantine;

    @Option(names = "--report", paramLabel = "FILE",
            description = "run report (JSON): summary, feature spec, ingestion report and every contract check; written also when the contract fails")
    Path report;

    @Mixin
    PlausibleTimestampOptions timestamps;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (out.getFileName() == null) {
            // "/" (or a bare root) names no file
            throw new ParameterException(commandSpec.commandLine(),
                    "--out must name a file ending in .csv or .parquet, got '" + out + "'");
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean parquet = name.endsWith(".parquet");
        if (!parquet && !name.endsWith(".csv")) {
            throw new ParameterException(commandSpec.commandLine(), "--out must end in .csv or .parquet, got " + out);
        }
        if (Files.isDirectory(out)) {
            throw new ParameterException(commandSpec.commandLine(), "--out " + out + " is a folder; name the file to write");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new ParameterException(commandSpec.commandLine(), "--tz must be a zone id such as UTC or Europe/Berlin, got " + timeZone);
        }
        List<FeatureExtractor> more = new ArrayList<>();
        for (String e : extractors) {
            more.add(FeatureExtractors.named(e.trim()));
        }
        FeaturePipelineSpec spec = FeaturePipelineSpec.standard(zone, staleHours, hddBase).plus(more);
        int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        IngestOptions ingest = IngestOptions.defaults().withMaxQuarantineShare(maxQuarantineShare).withThreads(cores)
                .withPlausibleTimestamps(timestamps.window());
        if (quarantine != null) {
            ingest = ingest.withQuarantineFile(quarantine);
        }
        DataContract contract = noContract ? DataContract.none() : DataContract.standard(maxNullRate);
        DayQuarantine quarantine;
        if (rangeViolations.equals(FeatureEngineeringConfig.RANGE_VIOLATIONS_QUARANTINE)) {
            quarantine = new DayQuarantine(DataContract.standard(maxNullRate).ranges());
        } else if (rangeViolations.equals(FeatureEngineeringConfig.RANGE_VIOLATIONS_FAIL)) {
            quarantine = DayQuarantine.none();
        } else {
            throw new ParameterException(commandSpec.commandLine(), "--range-violations must be "
                    + FeatureEngineeringConfig.RANGE_VIOLATIONS_FAIL + " or " + FeatureEngineeringConfig.RANGE_VIOLATIONS_QUARANTINE
                    + ", got " + rangeViolations);
        }
        FeatureRun run = new FeatureRun(spec, ingest, WeatherOptions.defaults(), contract, cores, quarantine);

        long t0 = System.nanoTime();
        if ((contractFrom == null) != (contractTo == null)) {
            throw new ParameterException(commandSpec.commandLine(), "--contract-from and --contract-to go together: give both");
        }
        if (contractFrom != null && contractTo.isBefore(contractFrom)) {
            throw new ParameterException(commandSpec.commandLine(), "--contract-to " + contractTo + " is before --contract-from "
                    + contractFrom);
        }
        StderrProgress progress = new StderrProgress(commandSpec.commandLine().getErr());
        FeatureRunResult result = contractFrom == null ? run.compute(raw, weather, buildings, progress)
                : run.computeForDays(raw, weather, buildings, contractFrom, contractTo, progress);
        if (report != null) {
            writeReport(result, spec);
        }
        if (!result.contract().passed()) {
            throw new ContractViolationException(result.contract().failures().get(0), result.contract());
        }
        long t1 = System.nanoTime();
        if (parquet) {
            FeatureFrameParquet.write(result.frame(), out);
        } else {
            FeatureFrameCsv.write(result.frame(), out);
        }
        long t2 = System.nanoTime();
        Map<String, Object> summary = new LinkedHashMap<>(result.summary());
        summary.put("write_s", Math.round((t2 - t1) / 1e6) / 1000.0);
        summary.put("total_s", Math.round((t2 - t0) / 1e6) / 1000.0);
        summary.put("out", out.toString());
        commandSpec.commandLine().getOut().println(JsonSummary.line(summary));
        commandSpec.commandLine().getOut().flush();
        return 0;
    }

    private void writeReport(FeatureRunResult result, FeaturePipelineSpec spec) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("summary", result.summary());
        r.put(FeaturePipelineSpec.MANIFEST_KEY, spec.toMap());
        r.put("ingest", json.readTree(result.ingest().toJson()));
        r.put("contract", result.contract().toMap());
        r.put("quarantined_apartment_days", result.quarantinedDays().stream().map(QuarantinedDay::toMap).toList());
        Path parent = report.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        json.writerWithDefaultPrettyPrinter().writeValue(report.toFile(), r);
    }

    /** Prints a progress line on standard error at every tenth of a step. */
    static final class StderrProgress implements ProgressListener {
        private final PrintWriter err;
        private final Map<String, Long> lastTenth = new ConcurrentHashMap<>();

        StderrProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void progress(String step, long done, long total) {
            if (total <= 0) {
                return;
            }
            long tenth = done * 10 / total;
            Long before = lastTenth.put(step, tenth);
            if (before == null || tenth > before) {
                synchronized (err) {
                    err.printf(Locale.ROOT, "iotad features: %s %d/%d (%d%%)%n", step, done, total, 100 * done / total);
                    err.flush();
                }
            }
        }
    }
}
