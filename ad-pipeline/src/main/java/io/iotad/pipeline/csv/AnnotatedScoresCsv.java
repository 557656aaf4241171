package io.iotad.pipeline.csv;

import static io.iotad.core.csv.Csv.quote;

import io.iotad.core.files.AtomicFile;
import io.iotad.core.frame.CsvFrame;
import io.iotad.core.csv.CsvLines;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes scores beside a scored file's non-feature columns (identity, label, cause, timestamps), in
 * the file's column order, as a comma-separated CSV with a {@code score} column last. An unscored
 * row's score is an empty cell. The file is written atomically (temporary file, then rename).
 */
public final class AnnotatedScoresCsv {
    private final Path source;
    private final CsvFrame csv;
    private final List<String> features;

    /**
     * @param source the file that was scored (its header gives the column order)
     * @param csv its contents as read
     * @param features the feature columns, left out of the output
     */
    public AnnotatedScoresCsv(Path source, CsvFrame csv, List<String> features) {
        this.source = source;
        this.csv = csv;
        this.features = List.copyOf(features);
    }

    /**
     * @param scores one score per row of the source, NaN = unscored
     * @param target where to write
     * @throws IOException when reading the header or writing fails
     */
    public void write(double[] scores, Path target) throws IOException {
        List<String> columns = new ArrayList<>();
        for (String c : header()) {
            if (!features.contains(c) && csv.textColumns().containsKey(c)) {
                columns.add(c);
            }
        }
        if (columns.contains("score")) {
            throw new IllegalArgumentException(source + " already has a column named 'score'");
        }
        Map<String, String[]> text = csv.textColumns();
        AtomicFile.writeText(target, w -> {
            StringBuilder line = new StringBuilder();
            for (String c : columns) {
                line.append(quote(c)).append(',');
            }
            w.append(line).append("score\n");
            for (int i = 0; i < scores.length; i++) {
                line.setLength(0);
                for (String c : columns) {
                    line.append(quote(text.get(c)[i])).append(',');
                }
                if (!Double.isNaN(scores[i])) {
                    line.append(scores[i]);
                }
                w.append(line).append('\n');
            }
        });
    }

    /** The header's column names, split as {@code FeatureFrameCsv} splits it (one tokenizer, separator sniffed). */
    private List<String> header() throws IOException {
        List<String> out = new ArrayList<>();
        try (CsvLines lines = CsvLines.open(source, ',')) {
            if (!lines.next(false)) {
                return List.of();
            }
            lines.separator(CsvLines.sniffSeparator(lines.lineText()));
            for (int i = 0; i < lines.cellCount(); i++) {
                out.add(lines.text(i).trim());
            }
        }
        return out;
    }
}
