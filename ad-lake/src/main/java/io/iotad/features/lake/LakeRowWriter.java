package io.iotad.features.lake;

import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.features.readings.SensorSeries;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;

/**
 * Turns one apartment's series into processed-zone rows, one per room and instant: at an instant, a column
 * holds the reading of its sensor in that room, or NULL when that sensor did not report then (values are
 * recorded on change; nothing is carried forward or filled). {@code outdoor_temp_c} is the building's
 * temperature of the hour holding the instant, NULL when unknown.
 *
 * <p>The rows go to DuckDB's appender column-wise, one appended row per apartment, room and UTC day, whose
 * list columns hold that day's instants and values ({@link LakeColumns#groupsDdl()}); SQL unnests them
 * into rows ({@link LakeColumns#rowsOfGroups(String)}). So the appender is called about ten times for a
 * room's day of readings instead of twelve times for every reading.
 */
final class LakeRowWriter {
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long SECONDS_PER_HOUR = 3600L;

    private final DuckDBAppender appender;
    private final Map<String, HourlyWeather> weather;
    private final Map<String, Long> notStored = new TreeMap<>();
    private long rows;

    LakeRowWriter(DuckDBAppender appender, Map<String, HourlyWeather> weather) {
        this.appender = appender;
        this.weather = weather;
    }

    void write(ApartmentReadings apartment) throws SQLException {
        Map<String, SensorSeries[]> byRoom = new TreeMap<>();
        for (SensorSeries s : apartment.series()) {
            int column = LakeColumns.SENSORS.indexOf(s.sensorType());
            if (column < 0) {
                notStored.merge(s.sensorType(), (long) s.size(), Long::sum);
                continue;
            }
            byRoom.computeIfAbsent(s.roomName(), k -> new SensorSeries[LakeColumns.SENSORS.size()])[column] = s;
        }
        HourlyWeather w = weather.get(apartment.buildingId());
        for (Map.Entry<String, SensorSeries[]> room : byRoom.entrySet()) {
            SensorSeries[] cols = room.getValue();
            long[] instants = union(cols);
            int[] at = new int[cols.length];
            int weatherAt = 0;
            for (int from = 0; from < instants.length; ) {
                long day = Math.floorDiv(instants[from], NANOS_PER_DAY);
                long end = (day + 1) * NANOS_PER_DAY;
                int to = from;
                while (to < instants.length && instants[to] < end) {
                    to++;
                }
                int n = to - from;
                long[] t = Arrays.copyOfRange(instants, from, to);
                appender.beginRow();
                appender.append(apartment.apartmentId());
                appender.append(apartment.buildingId());
                appender.append(room.getKey());
                appender.appendEpochDays(Math.toIntExact(day));
                appender.append(t);
                for (int c = 0; c < cols.length; c++) {
                    SensorSeries s = cols[c];
                    if (s == null) {
                        appender.appendNull();
                        continue;
                    }
                    long[] st = s.epochNanos();
                    double[] sv = s.values();
                    double[] v = new double[n];
                    boolean[] missing = new boolean[n];
                    int k = at[c];
                    for (int i = 0; i < n; i++) {
                        if (k < st.length && st[k] == t[i]) {
                            v[i] = sv[k++];
                        } else {
                            missing[i] = true;
                        }
                    }
                    at[c] = k;
                    appender.append(v, missing);
                }
                weatherAt = appendOutdoor(w, t, weatherAt);
                appender.endRow();
                rows += n;
                from = to;
            }
        }
    }

    /**
     * Appends the outdoor temperature of each instant's hour (NULL when unknown), walking the building's
     * sorted hours forward from {@code start}.
     *
     * @return where the next (later) instants' search starts
     */
    private int appendOutdoor(HourlyWeather w, long[] t, int start) throws SQLException {
        if (w == null) {
            appender.appendNull();
            return start;
        }
        long[] hours = w.hourStartEpochSeconds();
        double[] temps = w.temperatureC();
        double[] v = new double[t.length];
        boolean[] missing = new boolean[t.length];
        int h = start;
        for (int i = 0; i < t.length; i++) {
            long hour = Math.floorDiv(Math.floorDiv(t[i], NANOS_PER_SECOND), SECONDS_PER_HOUR) * SECONDS_PER_HOUR;
            while (h < hours.length && hours[h] < hour) {
                h++;
            }
            if (h < hours.length && hours[h] == hour) {
                v[i] = temps[h];
            } else {
                missing[i] = true;
            }
        }
        appender.append(v, missing);
        return h;
    }

    private static long[] union(SensorSeries[] cols) {
        int total = 0;
        for (SensorSeries s : cols) {
            if (s != null) {
                total += s.size();
            }
        }
        long[] all = new long[total];
        int n = 0;
        for (SensorSeries s : cols) {
            if (s != null) {
                System.arraycopy(s.epochNanos(), 0, all, n, s.size());
                n += s.size();
            }
        }
        Arrays.sort(all);
        int k = 0;
        for (int i = 0; i < all.length; i++) {
            if (k == 0 || all[i] != all[k - 1]) {
                all[k++] = all[i];
            }
        }
        return Arrays.copyOf(all, k);
    }

    long rows() {
        return rows;
    }

    Map<String, Long> notStored() {
        return notStored;
    }
}
