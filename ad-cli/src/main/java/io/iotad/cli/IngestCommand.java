package io.iotad.cli;

import io.iotad.core.data.DataException;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.ingest.IngestOptions;
import io.iotad.features.ingest.PlausibleTimestamps;
import io.iotad.features.ingest.IngestResult;
import io.iotad.features.ingest.RawIngestor;
import io.iotad.features.lake.LakeWriteMode;
import io.iotad.features.lake.LakeWriteReport;
import io.iotad.features.lake.ReadingsLake;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.features.topology.Apartment;
import io.iotad.features.topology.Building;
import io.iotad.features.topology.TopologyCsv;
import io.iotad.features.weather.WeatherLoader;
import io.iotad.features.weather.WeatherOptions;
import io.iotad.features.weather.WeatherSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iotad ingest}: raw meter JSON Lines (plus optional weather and topology) into the processed zone,
 * with bad lines quarantined and the run failed when their share exceeds the limit. Progress goes to
 * standard error; one JSON summary line goes to standard output.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Validates raw meter JSON Lines and writes them to the processed zone (Parquet, year=/month=/day=).",
            "Reads .jsonl and .jsonl.gz files or directory trees and quarantines bad lines.",
            "Prints one JSON line: the ingest report (lines, readings, quarantined by reason, duplicates, unknown sensor",
            "types, late lines, per file), the lake report and timings."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:quarantined share over the limit, or bad weather/topology data",
            "2:bad usage or option", "3:I/O or internal error"})
final class IngestCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;

    @Spec
    CommandSpec spec;

    @Option(names = "--raw", paramLabel = "PATH", arity = "1..*", required = true,
            description = "Raw files or directories (directories: every *.jsonl* below, sorted by path).")
    List<Path> raw = new ArrayList<>();

    @Option(names = "--weather", paramLabel = "FILE|DIR", arity = "1..*",
            description = "Weather: processed CSV files and/or raw forecast-API JSON files (matched to buildings by coordinates).")
    List<Path> weather = new ArrayList<>();

    @Option(names = "--buildings", paramLabel = "FILE", description = "buildings.csv (needed for raw forecast JSON).")
    Path buildings;

    @Option(names = "--apartments", paramLabel = "FILE", description = "apartments.csv: each apartment's building is checked against the feed.")
    Path apartments;

    @Option(names = "--lake", paramLabel = "DIR", required = true, description = "Root of the processed zone.")
    Path lake;

    @Option(names = "--quarantine", paramLabel = "FILE",
            description = "Where quarantined lines go, as JSON Lines (default: LAKE/_quarantine/<UTC time>.jsonl).")
    Path quarantine;

    @Option(names = "--max-quarantine-share", paramLabel = "SHARE", defaultValue = "0.01",
            description = "Largest quarantined share of lines, in [0, 1] (default: ${DEFAULT-VALUE}).")
    double maxQuarantineShare;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "MERGE",
            description = "How a batch meets existing days: MERGE (union, new values win) or REPLACE (default: ${DEFAULT-VALUE}).")
    LakeWriteMode mode;

    @Mixin
    PlausibleTimestampOptions timestamps;

    @Option(names = "--threads", paramLabel = "N", description = "Files parsed in parallel (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        java.util.List<String> missing = new java.util.ArrayList<>();
        raw.stream().filter(p -> !java.nio.file.Files.exists(p)).forEach(p -> missing.add("--raw " + p));
        weather.stream().filter(p -> !java.nio.file.Files.exists(p)).forEach(p -> missing.add("--weather " + p));
        if (buildings != null && !java.nio.file.Files.isRegularFile(buildings)) {
            missing.add("--buildings " + buildings);
        }
        if (apartments != null && !java.nio.file.Files.isRegularFile(apartments)) {
            missing.add("--apartments " + apartments);
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing input files: " + String.join(", ", missing));
        }
        long start = System.nanoTime();
        Path quarantineFile = quarantine != null ? quarantine
                : lake.resolve("_quarantine").resolve(STAMP.format(Instant.now()) + ".jsonl");
        IngestOptions options = new IngestOptions(maxQuarantineShare,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                IngestOptions.DEFAULT_MAX_LINE_BYTES, quarantineFile)
                .withPlausibleTimestamps(timestamps.window());
        Map<String, Building> topology = buildings == null ? Map.of() : TopologyCsv.readBuildings(buildings);
        WeatherSet weatherSet = weather.isEmpty() ? null : new WeatherLoader(WeatherOptions.defaults()).load(weather, topology);
        Map<String, HourlyWeather> hourly = weatherSet == null ? Map.of() : weatherSet.byBuilding();
        Map<String, Apartment> flats = apartments == null ? Map.of()
                : TopologyCsv.readApartments(apartments, buildings == null ? null : topology);
        long loaded = System.nanoTime();

        IngestResult result = new RawIngestor(options).ingest(raw, progress(spec.commandLine().getErr()));
        long parsed = System.nanoTime();
        long notInTopology = checkTopology(result.apartments(), flats);

        LakeWriteReport written = new ReadingsLake(lake).write(result.apartments(), hourly, mode);
        long done = System.nanoTime();

        StringBuilder out = new StringBuilder("{\"command\":\"ingest\",\"report\":").append(result.report().toJson())
                .append(",\"lake\":").append(written.toJson())
                .append(",\"weather_buildings\":").append(hourly.size())
                .append(",\"weather_duplicate_hours\":").append(weatherSet == null ? 0 : weatherSet.duplicateHours())
                .append(",\"weather_revised_hours\":").append(weatherSet == null ? 0 : weatherSet.revisedHours())
                .append(",\"apartments_not_in_topology\":").append(notInTopology)
                .append(",\"quarantine_file\":");
        io.iotad.features.ingest.JsonText.quote(quarantineFile.toString(), out);
        out.append(String.format(Locale.ROOT, ",\"load_s\":%.3f,\"ingest_s\":%.3f,\"lake_s\":%.3f,\"total_s\":%.3f}",
                seconds(loaded - start), seconds(parsed - loaded), seconds(done - parsed), seconds(done - start)));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(out);
        stdout.flush();
        return 0;
    }

    /** @return apartments of the feed missing from apartments.csv (when given) */
    private long checkTopology(List<ApartmentReadings> feed, Map<String, Apartment> flats) {
        if (flats.isEmpty()) {
            return 0;
        }
        long missing = 0;
        for (ApartmentReadings a : feed) {
            Apartment known = flats.get(a.apartmentId());
            if (known == null) {
                missing++;
            } else if (!known.buildingId().equals(a.buildingId())) {
                throw new DataException(apartments.toString(), 0, "building_id", known.buildingId(),
                        "the building the feed reports apartment '" + a.apartmentId() + "' under ('" + a.buildingId() + "')");
            }
        }
        return missing;
    }

    private static ProgressListener progress(PrintWriter err) {
        long[] last = {System.nanoTime()};
        long begin = last[0];
        return (step, done, total) -> {
            long now = System.nanoTime();
            boolean finished = done == total;
            if (now - last[0] >= PROGRESS_INTERVAL_NANOS || (finished && now - begin >= PROGRESS_INTERVAL_NANOS)) {
                last[0] = now;
                err.printf(Locale.ROOT, "iotad ingest: %d/%d files%n", done, total);
                err.flush();
            }
        };
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
