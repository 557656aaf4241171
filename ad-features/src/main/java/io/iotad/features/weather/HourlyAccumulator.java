package io.iotad.features.weather;

import io.iotad.core.data.DataException;
import io.iotad.features.readings.HourlyWeather;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects one building's (or forecast location's) hourly rows in arrival order, each with where it came
 * from; {@link #build} sorts them by hour and settles repeated hours:
 * <ul>
 *   <li>the same values again (a re-delivered row) are kept once and counted ({@link #duplicateHours()});</li>
 *   <li>a raw forecast file that gives other values for an hour an earlier forecast file gave is a forecast
 *       revision: the later file (path order) wins, counted ({@link #revisedHours()});</li>
 *   <li>any other conflict (two processed-CSV rows, or a CSV row and a forecast, with different values for one
 *       building and hour) is a {@link DataException} naming both rows: picking one would silently change the
 *       day's outdoor temperature.</li>
 * </ul>
 */
final class HourlyAccumulator {
    private long[] hours = new long[64];
    private double[] temperature = new double[64];
    private double[] humidity = new double[64];
    private double[] solar = new double[64];
    private boolean[] holiday = new boolean[64];
    private int[] source = new int[64];
    private int[] position = new int[64];
    private final List<Source> sources = new ArrayList<>();
    private int size;
    private int[] settled;
    private long duplicates;
    private long revisions;

    /** Where rows come from: a file, and whether it is a (revisable) raw forecast. */
    private record Source(String file, boolean forecast) {
        String at(int position) {
            return forecast ? file + " hourly.time[" + position + "]" : file + ":" + position;
        }
    }

    /**
     * Starts the rows of one file; later {@link #add} calls belong to it.
     *
     * @param file the file
     * @param forecast whether it is a raw forecast (whose later files revise earlier ones)
     */
    void from(String file, boolean forecast) {
        sources.add(new Source(file, forecast));
    }

    /**
     * @param hourStart the hour's start, epoch seconds
     * @param position the CSV line, or the index in {@code hourly.time} of a forecast
     */
    void add(long hourStart, double t, double h, double s, boolean isHoliday, int position) {
        if (sources.isEmpty()) {
            throw new IllegalStateException("from(file, forecast) must come before the rows");
        }
        add(hourStart, t, h, s, isHoliday, sources.size() - 1, position);
    }

    private void add(long hourStart, double t, double h, double s, boolean isHoliday, int sourceId, int pos) {
        if (size == hours.length) {
            int n = size * 2;
            hours = Arrays.copyOf(hours, n);
            temperature = Arrays.copyOf(temperature, n);
            humidity = Arrays.copyOf(humidity, n);
            solar = Arrays.copyOf(solar, n);
            holiday = Arrays.copyOf(holiday, n);
            source = Arrays.copyOf(source, n);
            position = Arrays.copyOf(position, n);
        }
        hours[size] = hourStart;
        temperature[size] = t;
        humidity[size] = h;
        solar[size] = s;
        holiday[size] = isHoliday;
        source[size] = sourceId;
        position[size] = pos;
        size++;
        settled = null;
    }

    /** Adds every row of another accumulator after this one's, keeping where each came from. */
    void addAll(HourlyAccumulator other) {
        int base = sources.size();
        sources.addAll(other.sources);
        for (int i = 0; i < other.size; i++) {
            add(other.hours[i], other.temperature[i], other.humidity[i], other.solar[i], other.holiday[i],
                    base + other.source[i], other.position[i]);
        }
    }

    int size() {
        return size;
    }

    /**
     * @param buildingId the building, for messages
     * @return the sorted weather with one row per hour
     * @throws DataException when two rows give different values for one hour and are not a forecast revision
     */
    HourlyWeather build(String buildingId) {
        int[] order = settle(buildingId);
        int n = order.length;
        long[] h = new long[n];
        double[] t = new double[n];
        double[] hu = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = hours[order[i]];
            t[i] = temperature[order[i]];
            hu[i] = humidity[order[i]];
            s[i] = solar[order[i]];
        }
        return new HourlyWeather(buildingId, h, t, hu, s);
    }

    /** @return the sorted hours flagged as holidays, of the rows {@link #build} kept */
    long[] holidayHours(String buildingId) {
        return Arrays.stream(settle(buildingId)).filter(i -> holiday[i]).mapToLong(i -> hours[i]).toArray();
    }

    /** @return rows that repeated an hour with the same values (kept once) */
    long duplicateHours() {
        return duplicates;
    }

    /** @return hours a later forecast file gave other values for (the later one kept) */
    long revisedHours() {
        return revisions;
    }

    /** Indices of the row kept for each distinct hour, in hour order; counts repeats once. */
    private int[] settle(String buildingId) {
        if (settled != null) {
            return settled;
        }
        Integer[] idx = new Integer[size];
        for (int i = 0; i < size; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Long.compare(hours[a], hours[b])); // stable: equal hours keep arrival order
        int[] out = new int[size];
        int n = 0;
        duplicates = 0;
        revisions = 0;
        for (int i = 0; i < size; i++) {
            int k = idx[i];
            if (n > 0 && hours[out[n - 1]] == hours[k]) {
                int kept = out[n - 1];
                String field = firstDifference(kept, k);
                if (field == null) {
                    duplicates++;
                } else if (sources.get(source[kept]).forecast() && sources.get(source[k]).forecast()
                        && source[kept] != source[k]) {
                    revisions++;
                } else {
                    throw conflict(buildingId, kept, k, field);
                }
                out[n - 1] = k;
            } else {
                out[n++] = k;
            }
        }
        settled = Arrays.copyOf(out, n);
        return settled;
    }

    /** @return the name of the first measurement two rows disagree on, or null when they agree */
    private String firstDifference(int a, int b) {
        if (Double.compare(temperature[a], temperature[b]) != 0) {
            return "temperature_c";
        }
        if (Double.compare(humidity[a], humidity[b]) != 0) {
            return "humidity";
        }
        if (Double.compare(solar[a], solar[b]) != 0) {
            return "solar_irradiance_ghi";
        }
        return holiday[a] != holiday[b] ? "is_holiday_flag" : null;
    }

    private DataException conflict(String buildingId, int earlier, int later, String field) {
        Source where = sources.get(source[later]);
        return new DataException(where.file(), where.forecast() ? 0 : position[later], field, value(later, field),
                "one value per building and hour, but " + sources.get(source[earlier]).at(position[earlier]) + " gave "
                        + value(earlier, field) + " for building " + buildingId + " at " + Instant.ofEpochSecond(hours[later])
                        + (where.forecast() ? " (" + where.at(position[later]) + ")" : "")
                        + "; remove one of the two rows (only a later raw forecast file may revise an earlier one)");
    }

    private String value(int row, String field) {
        return switch (field) {
            case "temperature_c" -> String.valueOf(temperature[row]);
            case "humidity" -> String.valueOf(humidity[row]);
            case "solar_irradiance_ghi" -> String.valueOf(solar[row]);
            default -> holiday[row] ? "1" : "0";
        };
    }
}
