package io.iotad.features.extract;

import io.iotad.features.readings.SensorSeries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily room climate of DATA-CONTRACT §3: {@code avg_room_temp_c}, {@code avg_setpoint_temp_c} and
 * {@code avg_temp_diff} (°C). Each is the mean over the day's 96 slots of the mean over rooms of the
 * slot's carried-forward value (setpoint − room temperature for the difference, using only rooms
 * that have both in the slot); slots where no room has a value are skipped, and the day is missing
 * when all are. Silent slots have no values.
 */
public record RoomClimateAverages() implements DeclaredExtractor {
    /** Registry key. */
    public static final String KIND = "room_climate";
    /** Room temperature sensor type. */
    public static final String ROOM_TEMP = "room_temp_c";
    /** Setpoint sensor type. */
    public static final String SETPOINT = "setpoint_temp_c";

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, "avg_room_temp_c", "avg_setpoint_temp_c", "avg_temp_diff");
    }

    @Override
    public void extract(ApartmentDays days, DailyColumns columns) {
        int n = days.dayCount() * ApartmentDays.SLOTS_PER_DAY;
        RoomMean temp = new RoomMean(n);
        RoomMean setpoint = new RoomMean(n);
        RoomMean diff = new RoomMean(n);
        Map<String, double[]> tempByRoom = new HashMap<>();
        for (SensorSeries s : days.series(ROOM_TEMP)) {
            double[] v = days.slotValues(s);
            tempByRoom.put(s.roomName(), v);
            temp.add(v);
        }
        for (SensorSeries s : days.series(SETPOINT)) {
            double[] v = days.slotValues(s);
            setpoint.add(v);
            double[] t = tempByRoom.get(s.roomName());
            if (t != null) {
                double[] gap = new double[n];
                for (int k = 0; k < n; k++) {
                    gap[k] = v[k] - t[k];
                }
                diff.add(gap);
            }
        }
        List<String> out = outputs();
        columns.put(out.get(0), temp.dailyMeans(days.dayCount()));
        columns.put(out.get(1), setpoint.dailyMeans(days.dayCount()));
        columns.put(out.get(2), diff.dailyMeans(days.dayCount()));
    }

    /** Running per-slot sums and counts over rooms (rooms added in name order, NaN skipped). */
    private static final class RoomMean {
        private final double[] sum;
        private final int[] count;

        RoomMean(int slots) {
            sum = new double[slots];
            count = new int[slots];
        }

        void add(double[] values) {
            for (int k = 0; k < values.length; k++) {
                double v = values[k];
                if (!Double.isNaN(v)) {
                    sum[k] += v;
                    count[k]++;
                }
            }
        }

        double[] dailyMeans(int dayCount) {
            double[] out = new double[dayCount];
            for (int d = 0; d < dayCount; d++) {
                double total = 0.0;
                int present = 0;
                for (int s = 0; s < ApartmentDays.SLOTS_PER_DAY; s++) {
                    int k = d * ApartmentDays.SLOTS_PER_DAY + s;
                    if (count[k] > 0) {
                        total += sum[k] / count[k];
                        present++;
                    }
                }
                out[d] = present > 0 ? total / present : Double.NaN;
            }
            return out;
        }
    }

    /** This extractor's kind, found through {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers the kind; it catalogues no name (the extractor is one of the standard ten). */
        public Kind() {
            super(KIND, p -> new RoomClimateAverages(), Map.of());
        }
    }
}
