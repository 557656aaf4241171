package io.iotad.aws.sagemaker;

import static io.iotad.core.csv.Csv.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Scores;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to an {@code /invocations} request: one line per input record, in input order, with the record's
 * identity columns as given, its {@code score} (empty in CSV, {@code null} in JSON when the model left the row
 * unscored) and, when asked, its {@code reason}: for an unscored row the features it lacked, otherwise empty.
 * No header line, so that Batch Transform can join the answers of many requests line by line
 * ({@code AssembleWith=Line}).
 */
public final class ScoreLines {
    /** {@code text/csv}. */
    public static final String CSV = "text/csv";
    /** {@code application/jsonlines}. */
    public static final String JSON_LINES = "application/jsonlines";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScoreLines() {
    }

    /**
     * @param rows the request's rows
     * @param scores their scores, same order
     * @param format {@link #CSV} or {@link #JSON_LINES}
     * @param reasons whether to add each row's reason
     * @return the answer body, each line ending in '\n'
     */
    public static String render(InvocationRows rows, Scores scores, String format, boolean reasons) {
        StringBuilder out = new StringBuilder(scores.size() * 64);
        FeatureFrame frame = rows.frame();
        for (int i = 0; i < scores.size(); i++) {
            double s = scores.score(i);
            String reason = reasons ? reason(frame, i, s) : null;
            if (format.equals(CSV)) {
                for (String c : rows.identityColumns()) {
                    out.append(quote(rows.identity().get(c)[i])).append(',');
                }
                if (!Double.isNaN(s)) {
                    out.append(s);
                }
                if (reasons) {
                    out.append(',').append(quote(reason));
                }
            } else {
                Map<String, Object> line = new LinkedHashMap<>();
                for (String c : rows.identityColumns()) {
                    line.put(c, rows.identity().get(c)[i]);
                }
                line.put("score", Double.isNaN(s) ? null : s);
                if (reasons) {
                    line.put("reason", reason);
                }
                try {
                    out.append(JSON.writeValueAsString(line));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("cannot write a score line: " + e.getMessage(), e);
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String reason(FeatureFrame frame, int row, double score) {
        if (!Double.isNaN(score)) {
            return "";
        }
        List<String> missing = new ArrayList<>();
        for (int f = 0; f < frame.schema().size(); f++) {
            if (Double.isNaN(frame.value(row, f))) {
                missing.add(frame.schema().names().get(f));
            }
        }
        return missing.isEmpty() ? "not scored" : "not scored: missing " + String.join(", ", missing);
    }
}
