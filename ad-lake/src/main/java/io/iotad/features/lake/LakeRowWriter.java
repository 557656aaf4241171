package io.iotad.features.lake;

import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.features.readings.SensorSeries;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;

/**
 * Turns one apartment's series into processed-zone rows, one per room and instant: at an instant, a column
 * holds the reading of its sensor in that room, or NULL when that sensor did not report then (values are
 * recorded on change; nothing is carried forward or filled). {@code outdoor_temp_c} is the building's
 * temperature of the hour holding the instant, NULL when unknown.
 *
 * <p>The rows are collected column-wise, one {@link Group} per apartment, room and UTC day, whose arrays hold
 * that day's instants and values, and reach DuckDB's appender as one appended row of lists per group
 * ({@link LakeColumns#groupsDdl()}), which SQL unnests into rows ({@link LakeColumns#rowsOfGroups(String)}):
 * about ten appender calls for a room's day of readings instead of twelve for every reading. Groups are
 * kept by day, so that each day partition is written from its own rows alone.
 */
final class LakeRowWriter {
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long SECONDS_PER_HOUR = 3600L;

    private final Map<String, HourlyWeather> weather;
    private final Map<String, Long> notStored = new TreeMap<>();
    private final NavigableMap<Long, List<Group>> byDay = new TreeMap<>();
    private long rows;

    LakeRowWriter(Map<String, HourlyWeather> weather) {
        this.weather = weather;
    }

    /**
     * One apartment's readings in one room on one UTC day, column-wise.
     *
     * @param apartmentId the apartment
     * @param buildingId its building
     * @param room the room
     * @param epochDay the UTC day, days since 1970-01-01
     * @param instants the instants, ns, increasing
     * @param values per lake column ({@link LakeColumns#SENSORS}, then {@code outdoor_temp_c}): the value at
     *     each instant, or {@code null} when the room has no such column at all
     * @param missing per lake column: {@code true} where there is no value at that instant ({@code null}
     *     with its column)
     */
    record Group(String apartmentId, String buildingId, String room, long epochDay, long[] instants, double[][] values,
                 boolean[][] missing) {
        /** Appends this group as one row of {@link LakeColumns#groupsDdl()}. */
        void appendTo(DuckDBAppender appender) throws SQLException {
            appender.beginRow();
            appender.append(apartmentId);
            appender.append(buildingId);
            appender.append(room);
            appender.appendEpochDays(Math.toIntExact(epochDay));
            appender.append(instants);
            for (int c = 0; c < values.length; c++) {
                if (values[c] == null) {
                    appender.appendNull();
                } else {
                    appender.append(values[c], missing[c]);
                }
            }
            appender.endRow();
        }
    }

    void write(ApartmentReadings apartment) {
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
        int sensors = LakeColumns.SENSORS.size();
        for (Map.Entry<String, SensorSeries[]> room : byRoom.entrySet()) {
            SensorSeries[] cols = room.getValue();
            long[] instants = union(cols);
            int[] at = new int[sensors];
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
                double[][] values = new double[sensors + 1][];
                boolean[][] missing = new boolean[sensors + 1][];
                for (int c = 0; c < sensors; c++) {
                    SensorSeries s = cols[c];
                    if (s == null) {
                        continue;
                    }
                    long[] st = s.epochNanos();
                    double[] sv = s.values();
                    double[] v = new double[n];
                    boolean[] none = new boolean[n];
                    int k = at[c];
                    for (int i = 0; i < n; i++) {
                        if (k < st.length && st[k] == t[i]) {
                            v[i] = sv[k++];
                        } else {
                            none[i] = true;
                        }
                    }
                    at[c] = k;
                    values[c] = v;
                    missing[c] = none;
                }
                if (w != null) {
                    values[sensors] = new double[n];
                    missing[sensors] = new boolean[n];
                    weatherAt = outdoor(w, t, weatherAt, values[sensors], missing[sensors]);
                }
                byDay.computeIfAbsent(day, k -> new ArrayList<>())
                        .add(new Group(apartment.apartmentId(), apartment.buildingId(), room.getKey(), day, t, values, missing));
                rows += n;
                from = to;
            }
        }
    }

    /**
     * Fills the outdoor temperature of each instant's hour ({@code missing} when unknown), walking the
     * building's sorted hours forward from {@code start}.
     *
     * @return where the next (later) instants' search starts
     */
    private static int outdoor(HourlyWeather w, long[] t, int start, double[] v, boolean[] missing) {
        long[] hours = w.hourStartEpochSeconds();
        double[] temps = w.temperatureC();
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

    /** @return the groups collected so far, by UTC day (days since 1970-01-01), each day's in append order */
    NavigableMap<Long, List<Group>> byDay() {
        return byDay;
    }

    Map<String, Long> notStored() {
        return notStored;
    }
}
