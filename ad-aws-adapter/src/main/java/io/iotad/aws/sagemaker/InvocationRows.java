package io.iotad.aws.sagemaker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.core.data.DataException;
import io.iotad.core.frame.CsvFrame;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureFrameCsv;
import io.iotad.core.frame.FeatureSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of one {@code /invocations} request: the features the model reads, as a {@link FeatureFrame}, and
 * the identity columns the request carried ({@code apartment_record_id}, {@code apartment_id},
 * {@code building_id}, {@code event_date}), passed through to the answer as given.
 *
 * <ul>
 *   <li>{@code text/csv}: a header row naming the columns, as {@code iotad features} writes them, then one row per
 *       record (read by {@link FeatureFrameCsv}, with its rules: an empty cell or {@code NaN} is missing);</li>
 *   <li>{@code application/jsonlines}: one JSON object per line, keyed by column name; a feature is a number, or
 *       {@code null}/absent for missing. Each line stands alone, so Batch Transform may split the input at any
 *       line ({@code SplitType=Line}).</li>
 * </ul>
 *
 * @param frame the rows, with every feature of the model in its order
 * @param identityColumns the identity columns present, in the data contract's order
 * @param identity per identity column, each row's value as the request gave it
 */
public record InvocationRows(FeatureFrame frame, List<String> identityColumns, Map<String, String[]> identity) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "request body";

    /**
     * @param body the CSV text
     * @param features the model's features
     * @return the rows
     * @throws DataException naming the line and column of a malformed row or a missing feature column
     */
    public static InvocationRows fromCsv(String body, FeatureSchema features) {
        CsvFrame csv;
        try (BufferedReader r = new BufferedReader(new StringReader(body))) {
            csv = FeatureFrameCsv.read(r, SOURCE, features.names(), Set.of());
        } catch (IOException e) {
            throw new IllegalStateException("reading a string failed: " + e.getMessage(), e);
        }
        List<String> present = new ArrayList<>();
        Map<String, String[]> identity = new LinkedHashMap<>();
        for (String c : FeatureFrameCsv.IDENTITY_COLUMNS) {
            String[] values = csv.textColumns().get(c);
            if (values != null) {
                present.add(c);
                identity.put(c, values);
            }
        }
        return new InvocationRows(csv.frame(), present, identity);
    }

    /**
     * @param body JSON Lines text
     * @param features the model's features
     * @return the rows
     * @throws DataException naming the line, field and value of a malformed record
     */
    public static InvocationRows fromJsonLines(String body, FeatureSchema features) {
        List<JsonNode> records = new ArrayList<>();
        List<Long> lineNumbers = new ArrayList<>();
        long lineNo = 0;
        for (String line : body.split("\n", -1)) {
            lineNo++;
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new DataException(SOURCE, lineNo, "", abbreviate(text), "a JSON object (" + e.getOriginalMessage() + ")");
            }
            if (node == null || !node.isObject()) {
                throw new DataException(SOURCE, lineNo, "", abbreviate(text), "a JSON object keyed by column name");
            }
            records.add(node);
            lineNumbers.add(lineNo);
        }
        int n = records.size();
        List<String> present = new ArrayList<>();
        for (String c : FeatureFrameCsv.IDENTITY_COLUMNS) {
            if (records.stream().anyMatch(r -> r.has(c))) {
                present.add(c);
            }
        }
        boolean keyed = present.contains("apartment_id") && present.contains("event_date");
        Map<String, String[]> identity = new LinkedHashMap<>();
        present.forEach(c -> identity.put(c, new String[n]));
        String[] apartments = new String[n];
        String[] buildings = new String[n];
        LocalDate[] dates = new LocalDate[n];
        double[][] columns = new double[features.size()][n];
        for (int i = 0; i < n; i++) {
            JsonNode r = records.get(i);
            long at = lineNumbers.get(i);
            for (String c : present) {
                JsonNode v = r.get(c);
                if (v != null && !v.isNull() && !v.isValueNode()) {
                    throw new DataException(SOURCE, at, c, v.toString(), "a string");
                }
                identity.get(c)[i] = v == null || v.isNull() ? "" : v.asText();
            }
            if (keyed) {
                apartments[i] = identity.get("apartment_id")[i];
                buildings[i] = identity.containsKey("building_id") ? identity.get("building_id")[i] : "none";
                String d = identity.get("event_date")[i];
                try {
                    dates[i] = LocalDate.parse(d);
                } catch (DateTimeParseException e) {
                    throw new DataException(SOURCE, at, "event_date", d, "a date YYYY-MM-DD");
                }
                if (apartments[i].isBlank() || buildings[i].isBlank()) {
                    throw new DataException(SOURCE, at, "apartment_id/building_id", "", "non-empty ids");
                }
            } else {
                apartments[i] = "row_" + i;
                buildings[i] = "none";
                dates[i] = LocalDate.EPOCH;
            }
            for (int f = 0; f < features.size(); f++) {
                String name = features.names().get(f);
                JsonNode v = r.get(name);
                if (v == null || v.isNull()) {
                    columns[f][i] = Double.NaN;
                } else if (v.isNumber() && Double.isFinite(v.asDouble())) {
                    columns[f][i] = v.asDouble();
                } else {
                    throw new DataException(SOURCE, at, name, v.toString(), "a finite number, or null for missing");
                }
            }
        }
        return new InvocationRows(FeatureFrame.of(features, apartments, buildings, dates, columns), present, identity);
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
