package io.iotad.cli.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Map;

/** Renders a command's summary as one JSON line, the form scripts and the Python peers compare. */
public final class JsonSummary {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSummary() {
    }

    /**
     * @param fields field name to value (numbers, text, booleans, lists, maps), in output order
     * @return the fields as compact JSON on one line
     */
    public static String line(Map<String, ?> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param seconds a duration in seconds
     * @return the duration rounded to milliseconds
     */
    public static double seconds(double seconds) {
        return Math.round(seconds * 1000.0) / 1000.0;
    }
}
