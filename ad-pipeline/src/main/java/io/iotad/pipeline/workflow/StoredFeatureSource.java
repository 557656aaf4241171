package io.iotad.pipeline.workflow;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.features.lake.FeatureStore;
import io.iotad.features.lake.ReadingsLake;
import io.iotad.features.pipeline.FeaturePipelineSpec;
import io.iotad.features.pipeline.IncrementalDay;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.features.scoring.ModelScoring;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The processed zone with a feature store: the daily run's telemetry source (docs/features.md, "The daily run").
 * A run of one day reads that day's readings and the {@link #CONTEXT_DAYS} before it, and its model's rows come
 * from the store: the stored rows of the days before it, and the day's own computed by {@link IncrementalDay}
 * and then stored. A day of that history that is not stored, or whose processed-zone partitions changed since
 * it was (a late file re-ingested), is never filled in silently: the rows from it to the scored day are
 * computed from the processed zone's readings in one batch (the model's lookback before it) and stored, and
 * the run report says so ({@code feature_store.computed_from_lake}). A run of several days, an archetype-routed
 * run or a pipeline that quarantines apartment-days is computed in a batch from the processed zone, as
 * {@link TelemetrySource#lake} does, and stores nothing.
 *
 * <p>One run at a time per store (it remembers the window it loaded).
 */
public final class StoredFeatureSource implements TelemetrySource {
    /**
     * Days of readings before a single scored day that the run reads: {@link IncrementalDay#contextDays} of the
     * default pipeline (48 h staleness, UTC); a pipeline that needs more reads the rest itself.
     */
    public static final int CONTEXT_DAYS = 2;

    private final ReadingsLake lake;
    private final Path storeRoot;
    private final TelemetrySource plain;
    private final List<Path> weatherInputs;
    private final Path buildingsCsv;
    private final TelemetryLoader loader;
    private Telemetry loaded;
    private int loadedLookback;
    /** The first day whose weather {@link #loaded} holds. */
    private LocalDate weatherFirst = LocalDate.MIN;

    /**
     * @param lake the processed zone
     * @param storeRoot the folder of the feature stores, e.g. {@code LAKE/features}
     * @param weather weather files or directories
     * @param buildingsCsv {@code buildings.csv}
     * @param loader reads and reports
     */
    public StoredFeatureSource(ReadingsLake lake, Path storeRoot, List<Path> weather, Path buildingsCsv,
                               TelemetryLoader loader) {
        this.lake = lake;
        this.storeRoot = storeRoot;
        this.plain = TelemetrySource.lake(lake, weather, buildingsCsv, loader);
        this.weatherInputs = List.copyOf(weather);
        this.buildingsCsv = buildingsCsv;
        this.loader = loader;
    }

    @Override
    public Telemetry load(Map<String, Object> facts) throws IOException {
        loadedLookback = Integer.MAX_VALUE;
        weatherFirst = LocalDate.MIN;
        return loaded = plain.load(facts);
    }

    @Override
    public Telemetry load(LocalDate from, LocalDate to, int lookbackDays, Map<String, Object> facts) throws IOException {
        loadedLookback = from.equals(to) ? Math.min(lookbackDays, CONTEXT_DAYS) : lookbackDays;
        long t0 = System.nanoTime();
        // the weather of the model's whole lookback (the stored rows' days need none; a day computed from the
        // lake does); a run that reads further back than that loads the rest (weatherFrom)
        loaded = loader.loadFromLake(lake, from, to, loadedLookback, lookbackDays, weatherInputs, buildingsCsv, facts);
        weatherFirst = from.minusDays(lookbackDays);
        facts.put("read_seconds", seconds(t0));
        facts.put("lookback_days", lookbackDays);
        facts.put("lookback_days_read", loadedLookback);
        return loaded;
    }

    @Override
    public FeatureFrame features(ModelScoring scoring, List<ApartmentReadings> apartments, Map<String, HourlyWeather> weather,
                                 LocalDate from, LocalDate to, int lookbackDays, Map<String, Object> facts) throws IOException {
        FeaturePipelineSpec spec = scoring.pipeline().spec();
        Map<String, Object> store = new LinkedHashMap<>();
        facts.put("feature_store", store);
        boolean incremental = from.equals(to) && loaded != null && apartments.size() == loaded.apartments().size()
                && IncrementalDay.supports(scoring.pipeline());
        if (!incremental) {
            store.put("mode", "batch (not a single unrouted day, or the pipeline has no incremental path)");
            return batch(scoring, apartments, weather, from, to, lookbackDays, facts);
        }
        FeatureStore fs = FeatureStore.open(storeRoot, spec);
        store.put("directory", fs.directory().toString());
        int depends = IncrementalDay.gridDays(spec) + IncrementalDay.contextDays(spec);
        Map<LocalDate, String> prints = new TreeMap<>();
        for (LocalDate d = to.minusDays(depends + lookbackDays); !d.isAfter(to); d = d.plusDays(1)) { // every day's sources
            prints.put(d, FeatureStore.fingerprint(lake, d));
        }
        List<LocalDate> lakeDays = lake.days();
        LocalDate lakeFirst = lakeDays.isEmpty() ? to : lakeDays.get(0);
        LocalDate firstMissing = null;
        List<LocalDate> history = new ArrayList<>();
        for (LocalDate d = to.minusDays(lookbackDays); d.isBefore(to); d = d.plusDays(1)) {
            if (d.isBefore(lakeFirst)) {
                continue; // before the processed zone's first day: a batch has no row there either
            }
            history.add(d);
            if (firstMissing == null && !fs.storedDay(d, sources(prints, d, depends))) {
                firstMissing = d;
            }
        }
        Set<String> ids = new HashSet<>();
        apartments.forEach(a -> ids.add(a.apartmentId()));
        if (firstMissing == null && fs.storedDay(to, sources(prints, to, depends))) {
            store.put("mode", "stored");
            List<LocalDate> all = new ArrayList<>(history);
            all.add(to);
            long t0 = System.nanoTime();
            FeatureFrame rows = fs.read(all);
            store.put("store_read_seconds", seconds(t0));
            return rows;
        }
        if (firstMissing != null) {
            LocalDate m = firstMissing;
            long missing = history.stream().filter(d -> !d.isBefore(m)).count();
            store.put("mode", "computed_from_lake");
            store.put("computed_from_lake", m + ".." + to);
            org.slf4j.LoggerFactory.getLogger(StoredFeatureSource.class).info("feature store {}: {} day(s) from {} not stored "
                    + "or their partitions changed; computing {}..{} from the processed zone", fs.directory(), missing, m, m, to);
            List<ApartmentReadings> readings = lake.read(m, to, lookbackDays).stream()
                    .filter(a -> ids.contains(a.apartmentId())).toList();
            FeatureFrame rows = scoring.features(readings, weatherFrom(m.minusDays(lookbackDays), to, weather, store),
                    new LinkedHashMap<>());
            for (LocalDate d = m; !d.isAfter(to); d = d.plusDays(1)) {
                long day = d.toEpochDay();
                fs.write(d, rows.filter(i -> rows.epochDay(i) == day), sources(prints, d, depends));
            }
            List<LocalDate> before = history.stream().filter(d -> d.isBefore(m)).toList();
            return sorted(FrameConcat.rows(List.of(fs.read(before), rows.filter(i -> rows.epochDay(i) >= m.toEpochDay()))));
        }
        store.put("mode", "incremental");
        List<ApartmentReadings> context = apartments;
        if (IncrementalDay.contextDays(spec) > loadedLookback) {
            context = lake.read(to, to, IncrementalDay.contextDays(spec)).stream().filter(a -> ids.contains(a.apartmentId())).toList();
        }
        long t0 = System.nanoTime();
        FeatureFrame past = fs.read(history);
        store.put("store_read_seconds", seconds(t0));
        t0 = System.nanoTime();
        FeatureFrame day = new IncrementalDay(scoring.pipeline(), Runtime.getRuntime().availableProcessors())
                .compute(to, past, context, weatherFrom(to.minusDays(Math.max(loadedLookback,
                        IncrementalDay.contextDays(spec))), to, weather, store));
        store.put("compute_seconds", seconds(t0));
        t0 = System.nanoTime();
        fs.write(to, day, sources(prints, to, depends));
        store.put("store_write_seconds", seconds(t0));
        store.put("history_rows", past.rowCount());
        t0 = System.nanoTime();
        FeatureFrame all = sorted(FrameConcat.rows(List.of(past, day)));
        store.put("assemble_seconds", seconds(t0));
        return all;
    }

    private FeatureFrame batch(ModelScoring scoring, List<ApartmentReadings> apartments, Map<String, HourlyWeather> weather,
                               LocalDate from, LocalDate to, int lookbackDays, Map<String, Object> facts) throws IOException {
        if (loadedLookback >= lookbackDays) {
            return scoring.features(apartments, weather, facts);
        }
        Set<String> ids = new HashSet<>();
        apartments.forEach(a -> ids.add(a.apartmentId()));
        List<ApartmentReadings> readings = lake.read(from, to, lookbackDays).stream()
                .filter(a -> ids.contains(a.apartmentId())).toList();
        return scoring.features(readings, weatherFrom(from.minusDays(lookbackDays), to, weather, facts), facts);
    }

    /**
     * The weather from {@code first}: the loaded one when it reaches back that far, otherwise the weather
     * files read again for {@code first .. to} (counted as {@code weather_reloaded_from} in the report).
     */
    private Map<String, HourlyWeather> weatherFrom(LocalDate first, LocalDate to, Map<String, HourlyWeather> weather,
                                                   Map<String, Object> facts) throws IOException {
        if (!first.isBefore(weatherFirst)) {
            return weather;
        }
        facts.put("weather_reloaded_from", first.toString());
        return TelemetryLoader.weather(weatherInputs, loaded.buildings(), first, to).byBuilding();
    }

    /** The partitions a day's rows are computed from: its own and the {@code depends} before it. */
    private static Map<LocalDate, String> sources(Map<LocalDate, String> prints, LocalDate day, int depends) {
        return new TreeMap<>(((TreeMap<LocalDate, String>) prints).subMap(day.minusDays(depends), true, day, true));
    }

    private static double seconds(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e6) / 1e3;
    }

    /**
     * Rows in apartment then date order. The concatenated parts are each in that order already (stored days
     * read back sorted; one day's rows sorted by apartment), so their runs are merged, not sorted.
     */
    private static FeatureFrame sorted(FeatureFrame frame) {
        int n = frame.rowCount();
        int split = 1;
        while (split < n && !before(frame, split, split - 1)) {
            split++;
        }
        int[] order = new int[n];
        int a = 0;
        int b = split;
        for (int k = 0; k < n; k++) {
            boolean takeB = a >= split || (b < n && before(frame, b, a));
            order[k] = takeB ? b++ : a++;
        }
        for (int k = 1; k < n; k++) {
            if (before(frame, order[k], order[k - 1])) { // more than two runs: sort them
                order = IntStream.range(0, n).boxed()
                        .sorted(Comparator.comparing(frame::apartmentId).thenComparingLong(frame::epochDay))
                        .mapToInt(Integer::intValue).toArray();
                break;
            }
        }
        return frame.rows(order);
    }

    private static boolean before(FeatureFrame f, int i, int j) {
        int c = f.apartmentId(i).compareTo(f.apartmentId(j));
        return c < 0 || (c == 0 && f.epochDay(i) < f.epochDay(j));
    }
}
