package io.iotad.core.frame;

import java.util.Map;
import java.util.Optional;

/**
 * What {@link FeatureFrameCsv#read} returns: the feature frame plus the file's other columns
 * (labels, causes, ...), which are not features.
 *
 * @param frame the feature rows
 * @param numericColumns the other columns whose every non-empty cell is a number, NaN for empty cells
 * @param textColumns the other columns, as text (all non-feature columns, numeric ones included)
 */
public record CsvFrame(FeatureFrame frame, Map<String, double[]> numericColumns, Map<String, String[]> textColumns) {
    /** Copies the maps. */
    public CsvFrame {
        numericColumns = Map.copyOf(numericColumns);
        textColumns = Map.copyOf(textColumns);
    }

    /**
     * @param name a non-feature column
     * @return its values as numbers, if the column exists and is numeric
     */
    public Optional<double[]> numeric(String name) {
        double[] v = numericColumns.get(name);
        return v == null ? Optional.empty() : Optional.of(v.clone());
    }
}
