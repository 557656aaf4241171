package io.iotad.benchmarks.models;

import io.iotad.core.data.DataException;
import io.iotad.core.frame.CsvFrame;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureFrameCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A plain numeric CSV (comma-separated, one header row) with a 0/1 label column, as the peer
 * scripts write it, read into a frame and a label array. Empty cells are missing (NaN).
 *
 * @param frame the feature columns (every column but the label); row i is apartment {@code row_<i>}
 * @param labels the label of each row, 0 or 1
 */
public record LabelledCsv(FeatureFrame frame, int[] labels) {
    /**
     * @param file the CSV file
     * @param labelColumn the label column's name
     * @return its rows
     * @throws IOException when the file cannot be read
     * @throws DataException naming line, column and value for a malformed cell
     */
    public static LabelledCsv read(Path file, String labelColumn) throws IOException {
        CsvFrame csv = FeatureFrameCsv.read(file, List.of(), Set.of(labelColumn));
        double[] l = csv.numeric(labelColumn).orElseThrow(() -> new DataException(file.toString(), 1, labelColumn, "",
                "a numeric label column '" + labelColumn + "'"));
        int[] y = new int[l.length];
        for (int i = 0; i < l.length; i++) {
            if (l[i] != 0 && l[i] != 1) {
                throw new DataException(file.toString(), i + 2, labelColumn, String.valueOf(l[i]), "0 or 1");
            }
            y[i] = (int) l[i];
        }
        return new LabelledCsv(csv.frame(), y);
    }

    /**
     * Rank-based ROC-AUC (the Mann-Whitney statistic, ties counted half).
     *
     * @param scores one score per row, higher = more likely positive
     * @param labels one 0/1 label per row
     * @return the area under the ROC curve, NaN when one class is absent
     */
    public static double rocAuc(double[] scores, int[] labels) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSumPos = 0;
        long pos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] == 1) {
                    rankSumPos += rank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }
}
