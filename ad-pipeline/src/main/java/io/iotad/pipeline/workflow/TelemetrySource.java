package io.iotad.pipeline.workflow;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.features.lake.ReadingsLake;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.features.scoring.ModelScoring;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Supplies a workflow's {@code ValidateSchema} step with validated telemetry: from files (the
 * usual case), from the processed zone, or from memory (a demo or a test that already loaded them).
 * A scoring workflow asks for the days it scores and the history before them
 * ({@link #load(LocalDate, LocalDate, int, Map)}): the feature pipeline's lookback plus the days the
 * model's detector reads ({@link io.iotad.core.detect.Detector#historyDays()}); a source that can
 * narrow what it reads (the processed zone) reads that window, the others hand out all they hold.
 */
@FunctionalInterface
public interface TelemetrySource {
    /**
     * @param facts where counts go for the run report
     * @return everything the source holds
     * @throws IOException when files cannot be read
     */
    Telemetry load(Map<String, Object> facts) throws IOException;

    /**
     * The telemetry of some days and their history. The default hands out everything
     * ({@link #load(Map)}), which covers the window when the source covers it.
     *
     * @param from first day wanted
     * @param to last day wanted
     * @param lookbackDays days of history wanted before {@code from}, at least 0
     * @param facts where counts go for the run report
     * @return telemetry covering at least the window, where the source holds it
     * @throws IOException when files cannot be read
     */
    default Telemetry load(LocalDate from, LocalDate to, int lookbackDays, Map<String, Object> facts) throws IOException {
        return load(facts);
    }

    /**
     * The feature rows of a scoring run's days and their history, for the apartments one model scores. The
     * default computes them from the telemetry with the model's pipeline ({@link ModelScoring#features}); the
     * processed zone with its feature store ({@link StoredFeatureSource}) computes a single day from that day's
     * readings and the stored rows of the days before it.
     *
     * @param scoring the model's scoring
     * @param apartments the readings of the apartments it scores, as {@link #load(LocalDate, LocalDate, int, Map)} gave them
     * @param weather hourly weather by building id
     * @param from first scored day
     * @param to last scored day
     * @param lookbackDays days of history the model needs before {@code from} ({@link ModelScoring#lookbackDays})
     * @param facts where counts go for the run report
     * @return the rows of the days and their history
     * @throws IOException when stored rows cannot be read or written
     */
    default FeatureFrame features(ModelScoring scoring, List<ApartmentReadings> apartments, Map<String, HourlyWeather> weather,
                                  LocalDate from, LocalDate to, int lookbackDays, Map<String, Object> facts) throws IOException {
        return scoring.features(apartments, weather, facts);
    }

    /**
     * @param inputs the portfolio's files
     * @param loader how to read and validate them
     * @return a source that reads the files each time it is asked
     */
    static TelemetrySource files(PortfolioInputs inputs, TelemetryLoader loader) {
        return facts -> loader.load(inputs, facts);
    }

    /**
     * A fixed window of the processed zone, e.g. a training run's days.
     *
     * @param lake the processed zone (Parquet, {@code year=/month=/day=})
     * @param from first day wanted
     * @param to last day wanted
     * @param lookbackDays days of history before {@code from} the features need
     * @param weather weather files or directories
     * @param buildingsCsv {@code buildings.csv}
     * @param loader reads and reports
     * @return a source that reads that window of the lake each time it is asked
     */
    static TelemetrySource lake(ReadingsLake lake, LocalDate from, LocalDate to, int lookbackDays, List<Path> weather,
                                Path buildingsCsv, TelemetryLoader loader) {
        return facts -> loader.loadFromLake(lake, from, to, lookbackDays, weather, buildingsCsv, facts);
    }

    /**
     * The processed zone read as far as a workflow asks: a scoring workflow's days and the history
     * its model needs ({@link #load(LocalDate, LocalDate, int, Map)}), or every day the lake holds
     * ({@link #load(Map)}).
     *
     * @param lake the processed zone
     * @param weather weather files or directories
     * @param buildingsCsv {@code buildings.csv}
     * @param loader reads and reports
     * @return the source
     */
    static TelemetrySource lake(ReadingsLake lake, List<Path> weather, Path buildingsCsv, TelemetryLoader loader) {
        return new TelemetrySource() {
            @Override
            public Telemetry load(Map<String, Object> facts) throws IOException {
                List<LocalDate> days = lake.days();
                if (days.isEmpty()) {
                    throw new io.iotad.core.data.DataException(lake.root().toString(), 0, "", "",
                            "a processed zone with at least one day partition (run 'iotad ingest --lake' first)");
                }
                return loader.loadFromLake(lake, days.get(0), days.get(days.size() - 1), 0, weather, buildingsCsv, facts);
            }

            @Override
            public Telemetry load(LocalDate from, LocalDate to, int lookbackDays, Map<String, Object> facts)
                    throws IOException {
                facts.put("lookback_days", lookbackDays);
                return loader.loadFromLake(lake, from, to, lookbackDays, weather, buildingsCsv, facts);
            }
        };
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
