package io.iotad.models.testdata;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Small synthetic frames for the detector tests. */
public final class Frames {
    /** The day every synthetic row carries. */
    public static final LocalDate DAY = LocalDate.of(2024, 1, 15);

    private Frames() {
    }

    /**
     * @param names feature names
     * @param rows row-major values
     * @return a frame whose row i belongs to apartment {@code a<i>}
     */
    public static FeatureFrame of(List<String> names, double[][] rows) {
        int n = rows.length;
        double[][] cols = new double[names.size()][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < names.size(); j++) {
                cols[j][i] = rows[i][j];
            }
        }
        String[] apts = new String[n];
        String[] b = new String[n];
        LocalDate[] d = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            apts[i] = "a" + i;
            b[i] = "b1";
            d[i] = DAY;
        }
        Arrays.fill(b, "b1");
        return FeatureFrame.of(FeatureSchema.of(names), apts, b, d, cols);
    }

    /**
     * @param y per row: 1, 0 or -1 (no verdict)
     * @return verdicts for the rows of a frame built by {@link #of}
     */
    public static Labels labels(int[] y) {
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (y[i] >= 0) {
                out.add(new Label("a" + i, DAY, y[i], ""));
            }
        }
        return Labels.of(out);
    }

    /**
     * @param n rows
     * @param f features
     * @param seed seed
     * @return standard normal rows
     */
    public static double[][] gaussian(int n, int f, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][f];
        for (double[] row : x) {
            for (int j = 0; j < f; j++) {
                row[j] = gaussian(r);
            }
        }
        return x;
    }

    /**
     * @param r source
     * @return one standard normal draw (Box-Muller)
     */
    public static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
