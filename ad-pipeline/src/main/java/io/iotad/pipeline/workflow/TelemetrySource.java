package io.iotad.pipeline.workflow;

import java.io.IOException;
import java.util.Map;

/**
 * Supplies a workflow's {@code ValidateSchema} step with validated telemetry: from files (the
 * usual case) or from memory (a demo or a test that already loaded them).
 */
@FunctionalInterface
public interface TelemetrySource {
    /**
     * @param facts where counts go for the run report
     * @return the telemetry
     * @throws IOException when files cannot be read
     */
    Telemetry load(Map<String, Object> facts) throws IOException;

    /**
     * @param inputs the portfolio's files
     * @param loader how to read and validate them
     * @return a source that reads the files each time it is asked
     */
    static TelemetrySource files(PortfolioInputs inputs, TelemetryLoader loader) {
        return facts -> loader.load(inputs, facts);
    }

    /**
     * @param lake the processed zone (Parquet, {@code year=/month=/day=})
     * @param from first day wanted
     * @param to last day wanted
     * @param lookbackDays days of history before {@code from} the features need
     * @param weather weather files or directories
     * @param buildingsCsv {@code buildings.csv}
     * @param loader reads and reports
     * @return a source that reads the lake each time it is asked
     */
    static TelemetrySource lake(io.iotad.features.lake.ReadingsLake lake, java.time.LocalDate from, java.time.LocalDate to,
                                int lookbackDays, java.util.List<java.nio.file.Path> weather, java.nio.file.Path buildingsCsv,
                                TelemetryLoader loader) {
        return facts -> loader.loadFromLake(lake, from, to, lookbackDays, weather, buildingsCsv, facts);
    }

    /**
     * @param telemetry telemetry already loaded
     * @return a source that hands it out, reporting its counts
     */
    static TelemetrySource loaded(Telemetry telemetry) {
        return facts -> {
            facts.put("apartments", telemetry.apartments().size());
            facts.put("readings", telemetry.ingest().readingsKept());
            facts.put("quarantined_lines", telemetry.ingest().quarantinedLines());
            facts.put("source", "memory");
            return telemetry;
        };
    }
}
