package io.iotad.pipeline.workflow;

import io.iotad.core.config.IotadConfig;
import io.iotad.core.data.DataException;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.ingest.IngestOptions;
import io.iotad.features.ingest.IngestReport;
import io.iotad.features.ingest.IngestResult;
import io.iotad.features.ingest.PlausibleTimestamps;
import io.iotad.features.ingest.RawIngestor;
import io.iotad.features.lake.ReadingsLake;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.SensorSeries;
import java.time.LocalDate;
import io.iotad.features.topology.Building;
import io.iotad.features.topology.TopologyCsv;
import io.iotad.features.weather.WeatherLoader;
import io.iotad.features.weather.WeatherOptions;
import io.iotad.features.weather.WeatherSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code ValidateSchema} step: reads topology, weather and raw meter files, validating each
 * against the data contract. Bad meter lines are quarantined (to {@code quarantineFile}) and
 * counted; over the configured share ({@code feature_engineering.max_quarantine_share}) the run
 * stops. Readings with implausible timestamps (the configured window) are quarantined too, and a raw
 * file that cannot be read to its end stops the run. Bad weather or topology rows stop it at once, naming file, line, field and value.
 */
public final class TelemetryLoader {
    private final IotadConfig config;
    private final Path quarantineFile;
    private final ProgressListener progress;

    /**
     * @param config the run's configuration
     * @param quarantineFile where quarantined lines go (JSON Lines), or null to keep them only in the report
     * @param progress progress of ingestion
     */
    public TelemetryLoader(IotadConfig config, Path quarantineFile, ProgressListener progress) {
        this.config = Objects.requireNonNull(config, "config");
        this.quarantineFile = quarantineFile;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * @param inputs the portfolio's files
     * @param facts where counts for the run report go
     * @return the validated telemetry
     * @throws IOException when a file cannot be read
     * @throws DataException when a file is missing or bad data is over its limits
     */
    public Telemetry load(PortfolioInputs inputs, Map<String, Object> facts) throws IOException {
        List<String> missing = inputs.missing();
        if (!missing.isEmpty()) {
            throw new DataException(String.join(", ", missing), 0, "", "", "existing input files");
        }
        Map<String, Building> buildings = TopologyCsv.readBuildings(inputs.buildings());
        if (inputs.apartments() != null) {
            facts.put("apartments_in_topology", TopologyCsv.readApartments(inputs.apartments(), buildings).size());
        }
        WeatherSet weather = new WeatherLoader(WeatherOptions.defaults()).load(inputs.weather(), buildings);
        IngestOptions options = ingestOptions(config);
        if (quarantineFile != null) {
            options = options.withQuarantineFile(quarantineFile);
        }
        IngestResult ingested = new RawIngestor(options).ingest(inputs.raw(), progress);
        IngestReport r = ingested.report();
        facts.put("buildings", buildings.size());
        facts.put("weather_buildings", weather.byBuilding().size());
        facts.put("weather_duplicate_hours", weather.duplicateHours());
        facts.put("weather_revised_hours", weather.revisedHours());
        facts.put("apartments", ingested.apartments().size());
        facts.put("raw_files", r.files());
        facts.put("lines_read", r.linesRead());
        facts.put("readings", r.readingsKept());
        facts.put("quarantined_lines", r.quarantinedLines());
        facts.put("quarantined_share", r.quarantinedShare());
        facts.put("duplicates_dropped", r.duplicatesDropped());
        return new Telemetry(ingested.apartments(), weather.byBuilding(), buildings, r);
    }

    /**
     * The ingestion options a configuration asks for: its quarantine limit and its window of plausible
     * timestamps ({@code max_late_days}, {@code max_future_hours}, {@code max_reading_age_days}), with the
     * current time as the run's clock.
     *
     * @param config the run's configuration
     * @return the options (no quarantine file)
     */
    public static IngestOptions ingestOptions(IotadConfig config) {
        var fe = config.featureEngineering();
        return IngestOptions.defaults().withMaxQuarantineShare(fe.maxQuarantineShare())
                .withPlausibleTimestamps(new PlausibleTimestamps(fe.maxLateDays(), fe.maxFutureHours(), fe.maxReadingAgeDays()));
    }

    /**
     * Reads telemetry from the processed zone instead of raw files: the readings of the days
     * {@code from - lookbackDays .. to} from the Parquet lake ({@code iotad ingest --lake}), which
     * were validated, quarantined and de-duplicated when they were ingested, plus the weather and
     * topology files. Give a lookback that covers the feature pipeline's longest history (the
     * standard features look back at most 10 days: a 7-day window, the counter reading before its
     * first day, and the 48-hour silence rule) so the features of {@code from..to} equal those
     * computed from the raw files.
     *
     * @param lake the processed zone
     * @param from first day wanted
     * @param to last day wanted
     * @param lookbackDays days of history before {@code from}, at least 0
     * @param weather weather files or directories
     * @param buildingsCsv {@code buildings.csv}
     * @param facts where counts go for the run report
     * @return the telemetry
     * @throws IOException when a file or the lake cannot be read
     * @throws DataException when the lake holds no reading in the range
     */
    public Telemetry loadFromLake(ReadingsLake lake, LocalDate from, LocalDate to, int lookbackDays, List<Path> weather,
                                  Path buildingsCsv, Map<String, Object> facts) throws IOException {
        return loadFromLake(lake, from, to, lookbackDays, lookbackDays, weather, buildingsCsv, facts);
    }

    /**
     * {@link #loadFromLake(ReadingsLake, LocalDate, LocalDate, int, List, Path, Map)} with the weather of a
     * longer history than the readings: the days {@code from - weatherLookbackDays .. to}, for a caller that
     * reads more of the lake later ({@link StoredFeatureSource}).
     *
     * @param weatherLookbackDays days of weather before {@code from}, at least {@code lookbackDays}
     * @return the telemetry
     * @throws IOException when a file or the lake cannot be read
     */
    public Telemetry loadFromLake(ReadingsLake lake, LocalDate from, LocalDate to, int lookbackDays, int weatherLookbackDays,
                                  List<Path> weather, Path buildingsCsv, Map<String, Object> facts) throws IOException {
        if (weatherLookbackDays < lookbackDays) {
            throw new IllegalArgumentException("weatherLookbackDays " + weatherLookbackDays + " < lookbackDays " + lookbackDays);
        }
        Map<String, Building> buildings = TopologyCsv.readBuildings(buildingsCsv);
        WeatherSet weatherSet = weather(weather, buildings, from.minusDays(weatherLookbackDays), to);
        List<ApartmentReadings> apartments = lake.read(from, to, lookbackDays);
        if (apartments.isEmpty()) {
            throw new DataException(lake.root().toString(), 0, "", from.minusDays(lookbackDays) + ".." + to,
                    "day partitions with readings in that range (the lake has " + lake.days().size() + " days)");
        }
        long readings = 0;
        for (ApartmentReadings a : apartments) {
            for (SensorSeries ser : a.series()) {
                readings += ser.size();
            }
        }
        long partitions = lake.days().stream().filter(d -> !d.isBefore(from.minusDays(lookbackDays)) && !d.isAfter(to)).count();
        facts.put("source", "processed zone " + lake.root());
        facts.put("partitions", partitions);
        facts.put("buildings", buildings.size());
        facts.put("weather_buildings", weatherSet.byBuilding().size());
        facts.put("weather_duplicate_hours", weatherSet.duplicateHours());
        facts.put("weather_revised_hours", weatherSet.revisedHours());
        facts.put("weather_rows_outside_window", weatherSet.rowsOutsideWindow());
        facts.put("apartments", apartments.size());
        facts.put("readings", readings);
        return new Telemetry(apartments, weatherSet.byBuilding(), buildings,
                IngestReport.ofProcessedZone(partitions, readings, apartments.size()));
    }

    /**
     * The weather of the days {@code first .. last} (UTC), with a day's margin on each side for any time zone
     * (UTC-12 .. UTC+14): the processed CSV's other rows are skipped and counted.
     *
     * @param weather weather files or directories
     * @param buildings the topology
     * @param first the first day wanted
     * @param last the last day wanted
     * @return the weather
     * @throws IOException when a file cannot be read
     */
    static WeatherSet weather(List<Path> weather, Map<String, Building> buildings, LocalDate first, LocalDate last)
            throws IOException {
        if (first.getYear() < 1900) {
            first = LocalDate.of(1900, 1, 1); // a lookback longer than any data (and inside Instant's range)
        }
        return new WeatherLoader(WeatherOptions.defaults()).load(weather, buildings,
                first.minusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                last.plusDays(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }
}
