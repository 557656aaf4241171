package io.iotad.models.testing;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Builds small feature frames for detector tests. */
public final class Frames {
    private Frames() {
    }

    /**
     * @param rows one array per row
     * @return a frame with features x0..x(d-1) and one synthetic apartment per row
     */
    public static FeatureFrame of(double[][] rows) {
        int d = rows.length == 0 ? 1 : rows[0].length;
        List<String> names = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            names.add("x" + j);
        }
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of(names));
        for (int i = 0; i < rows.length; i++) {
            b.add(new RowKey("apt" + i, "b1", LocalDate.of(2024, 1, 1)), rows[i]);
        }
        return b.build();
    }

    /**
     * @param n rows
     * @param d features
     * @param seed seed
     * @return standard normal rows
     */
    public static double[][] gaussian(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = gauss(r);
            }
        }
        return x;
    }

    /**
     * @param r random source
     * @return a standard normal draw (Box-Muller)
     */
    public static double gauss(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /**
     * Reads a small numeric CSV resource with a header.
     *
     * @param anchor class whose package holds the resource
     * @param name resource name
     * @return the rows, without the header
     * @throws IOException when the resource is missing
     */
    public static double[][] readCsv(Class<?> anchor, String name) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<double[]> out = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] cells = lines[i].trim().split(",");
                double[] row = new double[cells.length];
                for (int j = 0; j < cells.length; j++) {
                    row[j] = Double.parseDouble(cells[j]);
                }
                out.add(row);
            }
            return out.toArray(new double[0][]);
        }
    }

    /**
     * @param rows rows
     * @param from first column
     * @param to last column, exclusive
     * @return the columns [from, to) of each row
     */
    public static double[][] columns(double[][] rows, int from, int to) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = java.util.Arrays.copyOfRange(rows[i], from, to);
        }
        return out;
    }
}
