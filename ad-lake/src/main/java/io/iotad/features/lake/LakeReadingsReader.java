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

    /**
     * @param rs rows of {@code ai, event_epoch_ns, ri} and the sensor columns, sorted by apartment code, instant
     *     and room code
     * @param apartments apartment id and building id by apartment code
     * @param rooms room name by room code
     * @return the apartments' readings, in apartment code order
     * @throws SQLException when a row cannot be read
     */
    static List<ApartmentReadings> read(ResultSet rs, List<String[]> apartments, List<String> rooms) throws SQLException {
        List<ApartmentReadings> out = new ArrayList<>();
        int sensors = LakeColumns.SENSORS.size();
        int current = -1;
        Growing[] byKey = new Growing[0];
        Growing instants = new Growing();
        while (rs.next()) {
            int apt = rs.getInt(1);
            if (apt != current) {
                if (current >= 0) {
                    out.add(build(apartments.get(current), rooms, byKey, instants));
                }
                current = apt;
                byKey = new Growing[sensors * rooms.size()];
                instants = new Growing();
            }
            long t = rs.getLong(2);
            int room = rs.getInt(3);
            boolean any = false;
            for (int c = 0; c < sensors; c++) {
                double v = rs.getDouble(4 + c);
                if (!rs.wasNull()) {
                    int key = c * rooms.size() + room;
                    if (byKey[key] == null) {
                        byKey[key] = new Growing();
                    }
                    byKey[key].add(t, v);
                    any = true;
                }
            }
            if (any && (instants.size == 0 || instants.t[instants.size - 1] != t)) {
                instants.add(t, 0);
            }
        }
        if (current >= 0) {
            out.add(build(apartments.get(current), rooms, byKey, instants));
        }
        return out;
    }

    private static ApartmentReadings build(String[] apartment, List<String> rooms, Growing[] byKey, Growing instants) {
        Map<String, Growing> series = new TreeMap<>();
        for (int key = 0; key < byKey.length; key++) {
            if (byKey[key] != null) {
                series.put(LakeColumns.SENSORS.get(key / rooms.size()) + '\u0000' + rooms.get(key % rooms.size()), byKey[key]);
            }
        }
        return build(apartment[0], apartment[1], series, instants);
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
