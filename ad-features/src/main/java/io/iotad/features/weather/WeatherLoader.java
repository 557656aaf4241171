package io.iotad.features.weather;

import io.iotad.core.data.DataException;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.features.topology.Building;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Loads hourly weather per building from either form of DATA-CONTRACT §1.2, or both:
 * processed CSV files ({@code *.csv}, keyed by {@code building_id}) and raw forecast-API files
 * ({@code *.json}), each matched to every building whose coordinates are nearest to it (great-circle
 * distance) within {@link WeatherOptions#maxDistanceKm()}. Files are read in path order. A building and hour
 * given twice with the same values is counted once ({@link WeatherSet#duplicateHours()}); a later raw forecast
 * file revises an earlier one's hours (counted, {@link WeatherSet#revisedHours()}); any other two values for
 * one building and hour are a {@link DataException} naming both rows. When raw forecasts are given, a building of the topology
 * with no forecast location in range is a {@link DataException} naming it, its coordinates and the nearest
 * location.
 */
public final class WeatherLoader {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private final WeatherOptions options;

    /** @param options validated options */
    public WeatherLoader(WeatherOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param inputs weather files or directories (searched recursively for {@code *.csv} and {@code *.json})
     * @param buildings the topology, needed when any raw forecast file is among the inputs (may be empty otherwise)
     * @return weather per building
     * @throws IOException when a file cannot be read
     * @throws DataException on a bad row or file, two different values for one building and hour (other than a
     *     forecast revision), or a building without a forecast in range
     */
    public WeatherSet load(List<Path> inputs, Map<String, Building> buildings) throws IOException {
        return load(inputs, buildings, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * Loads only the hours a run needs: the processed CSV's rows whose hour starts in {@code [from, to)}
     * (a row outside is read as far as its building and hour, then skipped and counted in
     * {@link WeatherSet#rowsOutsideWindow()}). A daily run reads a month of a season's file this way. Raw
     * forecast files (a few days each) are read whole.
     *
     * @param inputs weather files or directories
     * @param buildings the topology (see {@link #load(List, Map)})
     * @param from the first hour wanted, inclusive
     * @param to the end of the window, exclusive; after {@code from}
     * @return the window's weather per building
     * @throws IOException when a file cannot be read
     * @throws DataException as {@link #load(List, Map)}, for the rows inside the window
     */
    public WeatherSet load(List<Path> inputs, Map<String, Building> buildings, java.time.Instant from, java.time.Instant to)
            throws IOException {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the weather window must end after it starts: " + from + " .. " + to);
        }
        return load(inputs, buildings, from.getEpochSecond(), to.getEpochSecond());
    }

    private WeatherSet load(List<Path> inputs, Map<String, Building> buildings, long fromSecond, long toSecond)
            throws IOException {
        List<Path> files = files(inputs);
        Map<Path, ForecastFile> forecasts = new HashMap<>();
        for (Path file : files) {
            if (!isCsv(file)) {
                forecasts.put(file, ForecastFile.read(file));
            }
        }
        Map<String, String> locationOf = forecasts.isEmpty() ? Map.of() : match(buildings, forecasts, files);
        Map<String, HourlyAccumulator> byBuilding = new HashMap<>();
        long outside = 0;
        for (Path file : files) {
            if (isCsv(file)) {
                outside += ProcessedWeatherCsv.read(file, byBuilding, fromSecond, toSecond);
            } else {
                ForecastFile f = forecasts.get(file);
                for (Map.Entry<String, String> e : locationOf.entrySet()) {
                    if (e.getValue().equals(location(f))) {
                        byBuilding.computeIfAbsent(e.getKey(), k -> new HourlyAccumulator()).addAll(f.hours());
                    }
                }
            }
        }
        Map<String, HourlyWeather> weather = new TreeMap<>();
        Map<String, long[]> holidays = new TreeMap<>();
        long duplicates = 0;
        long revisions = 0;
        for (Map.Entry<String, HourlyAccumulator> e : new TreeMap<>(byBuilding).entrySet()) {
            weather.put(e.getKey(), e.getValue().build(e.getKey()));
            holidays.put(e.getKey(), e.getValue().holidayHours(e.getKey()));
            duplicates += e.getValue().duplicateHours();
            revisions += e.getValue().revisedHours();
        }
        return new WeatherSet(weather, holidays, duplicates, revisions, outside);
    }

    private static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static String location(ForecastFile f) {
        return f.latitude() + "," + f.longitude();
    }

    /**
     * @return for each building, the location key of its nearest forecast location (the first in path order
     *     on a tie)
     * @throws DataException for a building with no location in range
     */
    private Map<String, String> match(Map<String, Building> buildings, Map<Path, ForecastFile> forecasts, List<Path> order) {
        if (buildings.isEmpty()) {
            throw new DataException(order.get(0).toString(), 0, "", "",
                    "a topology (buildings.csv) to match raw forecast locations to buildings by coordinates");
        }
        Map<String, String> out = new TreeMap<>();
        for (Building b : buildings.values()) {
            ForecastFile best = null;
            double bestKm = Double.POSITIVE_INFINITY;
            for (Path p : order) {
                ForecastFile f = forecasts.get(p);
                if (f != null && distanceKm(b, f) < bestKm) {
                    best = f;
                    bestKm = distanceKm(b, f);
                }
            }
            if (best == null || bestKm > options.maxDistanceKm()) {
                throw new DataException(b.buildingId(), 0, "latitude/longitude",
                        String.format(Locale.ROOT, "(%.4f, %.4f)", b.latitude(), b.longitude()),
                        String.format(Locale.ROOT, "a raw forecast location within %.1f km of building '%s'; the nearest, "
                                + "%s at (%.4f, %.4f), is %.1f km away", options.maxDistanceKm(), b.buildingId(),
                                best == null ? "(none)" : best.file(), best == null ? Double.NaN : best.latitude(),
                                best == null ? Double.NaN : best.longitude(), bestKm));
            }
            out.put(b.buildingId(), location(best));
        }
        return out;
    }

    /** Great-circle distance by the haversine formula, km. */
    static double distanceKm(Building b, ForecastFile f) {
        if (f == null) {
            return Double.POSITIVE_INFINITY;
        }
        return distanceKm(b.latitude(), b.longitude(), f.latitude(), f.longitude());
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    /** @return the weather files of the inputs (a directory: its {@code *.csv} and {@code *.json}), path order */
    static List<Path> files(List<Path> inputs) throws IOException {
        TreeSet<Path> out = new TreeSet<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return !n.startsWith(".") && (n.endsWith(".csv") || n.endsWith(".json"));
                    }).forEach(out::add);
                }
            } else if (Files.isRegularFile(in)) {
                out.add(in);
            } else {
                throw new NoSuchFileException(in.toString(), null, "weather input is neither a file nor a directory");
            }
        }
        return new ArrayList<>(out);
    }
}
