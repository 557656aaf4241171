package io.iotad.features.lake;

import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.SensorSeries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds per-apartment readings from processed-zone rows sorted by apartment, instant and room. */
final class LakeReadingsReader {
    private LakeReadingsReader() {
    }

    static List<ApartmentReadings> read(ResultSet rs) throws SQLException {
        List<ApartmentReadings> out = new ArrayList<>();
        String current = null;
        String building = null;
        Map<String, Growing> series = new TreeMap<>();
        Growing instants = new Growing();
        while (rs.next()) {
            String apt = rs.getString(1);
            if (!apt.equals(current)) {
                if (current != null) {
                    out.add(build(current, building, series, instants));
                }
                current = apt;
                building = rs.getString(2);
                series = new TreeMap<>();
                instants = new Growing();
            }
            long t = rs.getLong(3);
            String room = rs.getString(4);
            boolean any = false;
            for (int c = 0; c < LakeColumns.SENSORS.size(); c++) {
                double v = rs.getDouble(5 + c);
                if (!rs.wasNull()) {
                    series.computeIfAbsent(LakeColumns.SENSORS.get(c) + '\u0000' + room, k -> new Growing()).add(t, v);
                    any = true;
                }
            }
            if (any && (instants.size == 0 || instants.t[instants.size - 1] != t)) {
                instants.add(t, 0);
            }
        }
        if (current != null) {
            out.add(build(current, building, series, instants));
        }
        return out;
    }

    private static ApartmentReadings build(String apt, String building, Map<String, Growing> series, Growing instants) {
        List<SensorSeries> list = new ArrayList<>();
        for (Map.Entry<String, Growing> e : series.entrySet()) {
            int sep = e.getKey().indexOf('\u0000');
            Growing g = e.getValue();
            list.add(new SensorSeries(e.getKey().substring(0, sep), e.getKey().substring(sep + 1),
                    Arrays.copyOf(g.t, g.size), Arrays.copyOf(g.v, g.size)));
        }
        return new ApartmentReadings(apt, building, list, Arrays.copyOf(instants.t, instants.size));
    }

    /** A growing pair of arrays. */
    private static final class Growing {
        long[] t = new long[16];
        double[] v = new double[16];
        int size;

        void add(long time, double value) {
            if (size == t.length) {
                t = Arrays.copyOf(t, size * 2);
                v = Arrays.copyOf(v, size * 2);
            }
            t[size] = time;
            v[size] = value;
            size++;
        }
    }
}
