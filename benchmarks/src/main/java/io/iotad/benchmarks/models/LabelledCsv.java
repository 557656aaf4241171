package io.iotad.benchmarks.models;

import io.iotad.core.data.DataException;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain numeric CSV (comma-separated, one header row) with a 0/1 label column, as the peer
 * scripts write it, read into a frame and a label array. Empty cells are missing (NaN).
 *
 * @param frame the feature columns (every column but the label); row i is apartment {@code r<i>}
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
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) {
                throw new DataException(file.toString(), 1, "", "", "a header row");
            }
            String[] cols = header.split(",", -1);
            int label = Arrays.asList(cols).indexOf(labelColumn);
            if (label < 0) {
                throw new DataException(file.toString(), 1, labelColumn, header, "a label column '" + labelColumn + "'");
            }
            List<String> names = new ArrayList<>();
            for (int c = 0; c < cols.length; c++) {
                if (c != label) {
                    names.add(cols[c]);
                }
            }
            List<double[]> rows = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            String line;
            long no = 1;
            while ((line = r.readLine()) != null) {
                no++;
                String[] cells = line.split(",", -1);
                if (cells.length != cols.length) {
                    throw new DataException(file.toString(), no, "", line, cols.length + " cells");
                }
                double[] v = new double[names.size()];
                for (int c = 0, k = 0; c < cells.length; c++) {
                    if (c == label) {
                        continue;
                    }
                    v[k++] = cells[c].isEmpty() ? Double.NaN : parse(file, no, cols[c], cells[c]);
                }
                double l = parse(file, no, labelColumn, cells[label]);
                if (l != 0 && l != 1) {
                    throw new DataException(file.toString(), no, labelColumn, cells[label], "0 or 1");
                }
                rows.add(v);
                y.add((int) l);
            }
            int n = rows.size();
            double[][] colsOut = new double[names.size()][n];
            for (int i = 0; i < n; i++) {
                double[] v = rows.get(i);
                for (int j = 0; j < v.length; j++) {
                    colsOut[j][i] = v[j];
                }
            }
            String[] apts = new String[n];
            String[] bldgs = new String[n];
            LocalDate[] days = new LocalDate[n];
            LocalDate day = LocalDate.of(2024, 1, 1);
            for (int i = 0; i < n; i++) {
                apts[i] = "r" + i;
                bldgs[i] = "b";
                days[i] = day;
            }
            return new LabelledCsv(FeatureFrame.of(FeatureSchema.of(names), apts, bldgs, days, colsOut),
                    y.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private static double parse(Path file, long line, String field, String cell) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new DataException(file.toString(), line, field, cell, "a number");
        }
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
