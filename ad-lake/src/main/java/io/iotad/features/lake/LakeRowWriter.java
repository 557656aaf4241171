package io.iotad.features.lake;

import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.features.readings.SensorSeries;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;

/**
 * Turns one apartment's series into processed-zone rows, one per room and instant: at an instant, a column
 * holds the reading of its sensor in that room, or NULL when that sensor did not report then (values are
 * recorded on change; nothing is carried forward or filled). {@code outdoor_temp_c} is the building's
 * temperature of the hour holding the instant, NULL when unknown.
 */
final class LakeRowWriter {
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

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
            for (long t : instants) {
                appender.beginRow();
                appender.append(apartment.apartmentId());
                appender.append(apartment.buildingId());
                appender.append(t);
                appender.append(room.getKey());
                for (int c = 0; c < cols.length; c++) {
                    SensorSeries s = cols[c];
                    if (s != null && at[c] < s.size() && s.epochNanos()[at[c]] == t) {
                        appender.append(s.values()[at[c]++]);
                    } else {
                        appender.appendNull();
                    }
                }
                double outdoor = outdoor(w, t);
                if (Double.isNaN(outdoor)) {
                    appender.appendNull();
                } else {
                    appender.append(outdoor);
                }
                appender.appendEpochDays((int) Math.floorDiv(t, NANOS_PER_DAY));
                appender.endRow();
                rows++;
            }
        }
    }

    private static long[] union(SensorSeries[] cols) {
        List<long[]> parts = new ArrayList<>();
        int total = 0;
        for (SensorSeries s : cols) {
            if (s != null) {
                parts.add(s.epochNanos());
                total += s.size();
            }
        }
        long[] all = new long[total];
        int n = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, all, n, p.length);
            n += p.length;
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

    private static double outdoor(HourlyWeather w, long epochNanos) {
        if (w == null) {
            return Double.NaN;
        }
        long hour = Math.floorDiv(Math.floorDiv(epochNanos, 1_000_000_000L), 3600L) * 3600L;
        int i = Arrays.binarySearch(w.hourStartEpochSeconds(), hour);
        return i >= 0 ? w.temperatureC()[i] : Double.NaN;
    }

    long rows() {
        return rows;
    }

    Map<String, Long> notStored() {
        return notStored;
    }
}
