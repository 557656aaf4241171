package io.iotad.features.extract;

import io.iotad.features.readings.SensorSeries;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Room-level deviation from the setpoint, the view the apartment mean hides: one room far below its
 * setpoint while the others are at it is a valve stuck closed (or a failing radiator), one room far
 * above it a valve stuck open. For every room that reports both a room temperature and a setpoint, the
 * slot deficit is setpoint − room temperature (K) on the 15-minute grid (carried-forward values,
 * silent slots skipped), and the room's daily deficit is its mean over the day's slots with both values.
 * <ul>
 *   <li>{@code worst_room_deficit_k}: the largest room daily deficit (K; positive = colder than set);</li>
 *   <li>{@code max_room_excess_k}: the largest room daily excess, −(smallest deficit) (K; positive = warmer than set);</li>
 *   <li>{@code room_deficit_spread_k}: largest − smallest room daily deficit (K, ≥ 0; 0 with one room);</li>
 *   <li>{@code room_hours_below_setpoint}: room-hours of the day with the deficit above {@code belowK},
 *       summed over rooms (h, 0…24 × rooms).</li>
 * </ul>
 * All four are missing on a day on which no room has both values in any slot.
 *
 * @param belowK the deficit (K) above which a room-slot counts as below setpoint, in (0, 20]; default 1 K
 */
public record RoomSetpointDeviation(double belowK) implements DeclaredExtractor {
    /** Registry key. */
    public static final String KIND = "room_setpoint_deviation";
    /** Default deficit threshold of {@code room_hours_below_setpoint}, K. */
    public static final double DEFAULT_BELOW_K = 1.0;

    /** Validates {@code belowK}. */
    public RoomSetpointDeviation {
        if (!(belowK > 0 && belowK <= 20)) {
            throw new IllegalArgumentException("belowK must be in (0, 20] K, got " + belowK);
        }
    }

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, "worst_room_deficit_k", "max_room_excess_k", "room_deficit_spread_k",
                "room_hours_below_setpoint").withParameters("belowK", belowK);
    }

    @Override
    public void extract(ApartmentDays days, DailyColumns columns) {
        int nd = days.dayCount();
        int slots = ApartmentDays.SLOTS_PER_DAY;
        double[] worst = nan(nd);
        double[] excess = nan(nd);
        double[] spread = nan(nd);
        double[] hoursBelow = nan(nd);
        Map<String, double[]> tempByRoom = new HashMap<>();
        for (SensorSeries s : days.series(RoomClimateAverages.ROOM_TEMP)) {
            tempByRoom.put(s.roomName(), days.slotValues(s));
        }
        for (SensorSeries s : days.series(RoomClimateAverages.SETPOINT)) {
            double[] t = tempByRoom.get(s.roomName());
            if (t == null) {
                continue;
            }
            double[] set = days.slotValues(s);
            for (int d = 0; d < nd; d++) {
                double sum = 0.0;
                int present = 0;
                int below = 0;
                for (int k = d * slots; k < (d + 1) * slots; k++) {
                    double gap = set[k] - t[k];
                    if (!Double.isNaN(gap)) {
                        sum += gap;
                        present++;
                        if (gap > belowK) {
                            below++;
                        }
                    }
                }
                if (present == 0) {
                    continue;
                }
                double mean = sum / present;
                if (Double.isNaN(worst[d])) {
                    worst[d] = mean;
                    excess[d] = -mean;
                    hoursBelow[d] = 0.0;
                } else {
                    worst[d] = Math.max(worst[d], mean);
                    excess[d] = Math.max(excess[d], -mean);
                }
                hoursBelow[d] += below * 0.25;
            }
        }
        for (int d = 0; d < nd; d++) {
            spread[d] = worst[d] + excess[d]; // largest deficit − smallest deficit
        }
        List<String> out = outputs();
        columns.put(out.get(0), worst);
        columns.put(out.get(1), excess);
        columns.put(out.get(2), spread);
        columns.put(out.get(3), hoursBelow);
    }

    static double[] nan(int n) {
        double[] v = new double[n];
        Arrays.fill(v, Double.NaN);
        return v;
    }

    /** This extractor's kind, found through {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers the kind and its catalogue name. */
        public Kind() {
            super(KIND, p -> new RoomSetpointDeviation(p.number("belowK")),
                    Map.of(KIND, new RoomSetpointDeviation(DEFAULT_BELOW_K)));
        }
    }
}
