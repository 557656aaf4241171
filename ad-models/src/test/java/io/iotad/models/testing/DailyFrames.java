package io.iotad.models.testing;

import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.detect.Detector;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** Synthetic daily feature frames shaped like DATA-CONTRACT §3, for the detector tests. */
public final class DailyFrames {
    /** The features every synthetic frame carries. */
    public static final FeatureSchema SCHEMA = FeatureSchema.of("daily_energy_kwh", "avg_temp_diff",
            "avg_outdoor_temp_c", "hdd");
    /** The first day of every synthetic frame. */
    public static final LocalDate START = LocalDate.of(2024, 1, 1);

    private DailyFrames() {
    }

    /**
     * Energy = 5 + 1.5 × hdd + 2 × temp diff + weekly pattern + Gaussian noise (σ = 0.5 kWh).
     *
     * @param apartments how many apartments (two per building)
     * @param days days per apartment
     * @param seed the random seed
     * @return the frame, rows ordered by apartment then day
     */
    public static FeatureFrame heating(int apartments, int days, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        FeatureFrame.Builder b = FeatureFrame.builder(SCHEMA);
        double[] week = {1.0, 0.8, 0.6, 0.4, 0.2, -1.5, -1.5};
        for (int a = 0; a < apartments; a++) {
            double level = 3 + rnd.nextDouble() * 4;
            for (int d = 0; d < days; d++) {
                double outdoor = 2 + 6 * Math.sin(d / 20.0) + rnd.nextDouble() * 2;
                double hdd = Math.max(0, 18 - outdoor);
                double diff = 0.5 + rnd.nextDouble();
                double energy = level + 1.5 * hdd + 2 * diff + week[d % 7] + 0.5 * gaussian(rnd);
                b.add(key(a, d), energy, diff, outdoor, hdd);
            }
        }
        return b.build();
    }

    /**
     * @param apartment apartment number
     * @param day day offset from {@link #START}
     * @return its row key (building = apartment / 2)
     */
    public static RowKey key(int apartment, int day) {
        return new RowKey("apt-" + apartment, "bld-" + apartment / 2, START.plusDays(day));
    }

    /**
     * @param rnd the generator
     * @return a standard normal draw (Box-Muller)
     */
    public static double gaussian(SplittableRandom rnd) {
        double u1 = rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    /**
     * Writes and reads back a detector through its codec.
     *
     * @param codec the strategy's codec
     * @param detector the detector
     * @return the detector read back
     * @throws IOException when the codec fails
     */
    public static Detector roundTrip(PayloadCodec codec, Detector detector) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(detector, out);
        return codec.read(new ByteArrayInputStream(out.toByteArray()), codec.version());
    }

    /**
     * @param frame a frame
     * @param row the row to change
     * @param feature the feature
     * @param value the new value
     * @return a copy of the frame with that one value replaced
     */
    public static FeatureFrame withValue(FeatureFrame frame, int row, String feature, double value) {
        FeatureFrame.Builder b = FeatureFrame.builder(frame.schema());
        int f = frame.schema().require(feature);
        for (int r = 0; r < frame.rowCount(); r++) {
            double[] v = new double[frame.schema().size()];
            for (int c = 0; c < v.length; c++) {
                v[c] = frame.value(r, c);
            }
            if (r == row) {
                v[f] = value;
            }
            b.add(frame.key(r), v);
        }
        return b.build();
    }
}
