package io.iotad.cli;

import io.iotad.core.config.IotadConfig;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.pipeline.labels.LabelsCsv;
import io.iotad.pipeline.workflow.PortfolioInputs;
import io.iotad.pipeline.workflow.Telemetry;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.pipeline.workflow.TelemetrySource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A portfolio's telemetry validated once by the CLI (so a command can pick default dates from it)
 * and handed to a workflow as its {@code ValidateSchema} source, with the counts of the real load in
 * the run report.
 *
 * @param inputs the files read
 * @param telemetry the validated telemetry
 * @param loadFacts what ingestion counted (files, lines, quarantined lines)
 * @param labels the verdicts of the labels file, empty when none was given
 */
record LoadedPortfolio(PortfolioInputs inputs, Telemetry telemetry, Map<String, Object> loadFacts, Labels labels) {
    /**
     * @param inputs the portfolio's files
     * @param config the run's configuration (quarantine limit)
     * @param quarantineFile where quarantined lines go
     * @param progress progress of ingestion
     * @return the loaded portfolio
     * @throws IOException when a file cannot be read
     */
    static LoadedPortfolio load(PortfolioInputs inputs, IotadConfig config, Path quarantineFile, ProgressListener progress)
            throws IOException {
        Map<String, Object> facts = new LinkedHashMap<>();
        Telemetry t = new TelemetryLoader(config, quarantineFile, progress).load(inputs, facts);
        facts.put("quarantine_file", quarantineFile.toString());
        Labels labels = inputs.labelsFile().isPresent() ? LabelsCsv.read(inputs.labels()) : Labels.empty();
        return new LoadedPortfolio(inputs, t, Map.copyOf(facts), labels);
    }

    /** @return a workflow source that hands out the telemetry and reports the counts of its load */
    TelemetrySource source() {
        return facts -> {
            facts.putAll(loadFacts);
            return telemetry;
        };
    }

    /**
     * @param zone the time zone of the daily rows ({@code feature_engineering.timezone})
     * @return the calendar day of the latest reading
     * @throws IllegalArgumentException when the telemetry holds no reading
     */
    LocalDate lastDay(ZoneId zone) {
        long max = Long.MIN_VALUE;
        for (ApartmentReadings a : telemetry.apartments()) {
            long[] at = a.reportInstants();
            if (at.length > 0) {
                max = Math.max(max, at[at.length - 1]);
            }
        }
        if (max == Long.MIN_VALUE) {
            throw new IllegalArgumentException("the telemetry holds no reading; nothing to score");
        }
        Instant last = Instant.ofEpochSecond(Math.floorDiv(max, 1_000_000_000L), Math.floorMod(max, 1_000_000_000L));
        return last.atZone(zone).toLocalDate();
    }

    /** @return a line saying what was read and quarantined */
    String describe() {
        return describe(telemetry);
    }

    /** @param telemetry validated telemetry @return a line saying what was read and quarantined */
    static String describe(Telemetry telemetry) {
        return String.format(java.util.Locale.ROOT, "ingested %d readings of %d apartments; quarantined %d lines (%.3f%%), "
                        + "dropped %d duplicates", telemetry.ingest().readingsKept(), telemetry.apartments().size(),
                telemetry.ingest().quarantinedLines(), 100 * telemetry.ingest().quarantinedShare(),
                telemetry.ingest().duplicatesDropped());
    }
}
