package io.iotad.benchmarks.models;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Builds seeded benchmark frames: rows driven by 3 latent factors plus noise, like correlated sensor features. */
final class SyntheticFrames {
    private SyntheticFrames() {
    }

    /**
     * @param rows rows
     * @param features feature columns
     * @param seed seed
     * @return a frame with features f0..f(features-1) and synthetic keys
     */
    static FeatureFrame sensorLike(int rows, int features, long seed) {
        SplittableRandom loadingsRandom = new SplittableRandom(12345);
        double[][] loadings = new double[3][features];
        for (double[] l : loadings) {
            for (int j = 0; j < features; j++) {
                l[j] = loadingsRandom.nextGaussian();
            }
        }
        SplittableRandom r = new SplittableRandom(seed);
        double[][] cols = new double[features][rows];
        double[] z = new double[3];
        for (int i = 0; i < rows; i++) {
            for (int f = 0; f < 3; f++) {
                z[f] = r.nextGaussian();
            }
            for (int j = 0; j < features; j++) {
                double v = 0.1 * r.nextGaussian();
                for (int f = 0; f < 3; f++) {
                    v += z[f] * loadings[f][j];
                }
                cols[j][i] = v;
            }
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < features; j++) {
            names.add("f" + j);
        }
        String[] apts = new String[rows];
        String[] buildings = new String[rows];
        LocalDate[] dates = new LocalDate[rows];
        for (int i = 0; i < rows; i++) {
            apts[i] = "row_" + i;
        }
        Arrays.fill(buildings, "none");
        Arrays.fill(dates, LocalDate.EPOCH);
        return FeatureFrame.of(FeatureSchema.of(names), apts, buildings, dates, cols);
    }
}
