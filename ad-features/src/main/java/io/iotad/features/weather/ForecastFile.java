package io.iotad.features.weather;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.core.data.DataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One raw forecast-API file (DATA-CONTRACT §1.2, seed appendix 3.1): {@code latitude}, {@code longitude},
 * optional {@code utc_offset_seconds} (applied to {@code hourly.time} entries without an offset, default 0),
 * and {@code hourly.time[]}, {@code hourly.temperature_2m[]}, optional {@code hourly.shortwave_radiation[]},
 * {@code hourly.relative_humidity_2m[]} and {@code hourly.cloudcover[]}. A {@code null} entry is missing
 * (NaN); an absent optional array leaves that measurement missing for every hour.
 *
 * @param file the file
 * @param latitude forecast location, degrees north
 * @param longitude forecast location, degrees east
 * @param hours the file's rows, in file order
 */
record ForecastFile(String file, double latitude, double longitude, HourlyAccumulator hours) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads and validates one forecast file. */
    static ForecastFile read(Path path) throws IOException {
        String file = path.toString();
        JsonNode root;
        try {
            root = JSON.readTree(Files.newInputStream(path));
        } catch (JsonProcessingException e) {
            throw new DataException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "", "",
                    "a JSON object (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new DataException(file, 0, "", "", "a JSON object with latitude, longitude and hourly");
        }
        double lat = coordinate(file, root, "latitude", 90);
        double lon = coordinate(file, root, "longitude", 180);
        JsonNode offsetNode = root.get("utc_offset_seconds");
        int offset = 0;
        if (offsetNode != null && !offsetNode.isNull()) {
            if (!offsetNode.canConvertToInt() || !offsetNode.isIntegralNumber() || Math.abs(offsetNode.asInt()) > 18 * 3600) {
                throw new DataException(file, 0, "utc_offset_seconds", offsetNode.toString(), "an integer in [-64800, 64800]");
            }
            offset = offsetNode.asInt();
        }
        JsonNode hourly = root.get("hourly");
        if (hourly == null || !hourly.isObject()) {
            throw new DataException(file, 0, "hourly", String.valueOf(hourly), "an object of hourly arrays");
        }
        JsonNode time = array(file, hourly, "time", -1, true);
        int n = time.size();
        JsonNode temperature = array(file, hourly, "temperature_2m", n, true);
        JsonNode solar = array(file, hourly, "shortwave_radiation", n, false);
        JsonNode humidity = array(file, hourly, "relative_humidity_2m", n, false);
        array(file, hourly, "cloudcover", n, false);
        HourlyAccumulator acc = new HourlyAccumulator();
        acc.from(file, true);
        for (int i = 0; i < n; i++) {
            JsonNode t = time.get(i);
            if (!t.isTextual()) {
                throw new DataException(file, 0, "hourly.time[" + i + "]", t.toString(), "an ISO 8601 hour as a string");
            }
            long start = HourStamp.epochSeconds(t.asText(), offset, file, 0, "hourly.time[" + i + "]");
            acc.add(start, value(file, temperature, "temperature_2m", i), value(file, humidity, "relative_humidity_2m", i),
                    value(file, solar, "shortwave_radiation", i), false, i);
        }
        return new ForecastFile(file, lat, lon, acc);
    }

    private static double coordinate(String file, JsonNode root, String field, double limit) {
        JsonNode v = root.get(field);
        if (v == null || !v.isNumber() || !(Math.abs(v.asDouble()) <= limit)) {
            throw new DataException(file, 0, field, String.valueOf(v), "a number in [-" + (int) limit + ", " + (int) limit + "]");
        }
        return v.asDouble();
    }

    private static JsonNode array(String file, JsonNode hourly, String field, int length, boolean required) {
        JsonNode a = hourly.get(field);
        if (a == null) {
            if (required) {
                throw new DataException(file, 0, "hourly." + field, "", "an array (it is required)");
            }
            return null;
        }
        if (!a.isArray()) {
            throw new DataException(file, 0, "hourly." + field, a.getNodeType().toString(), "an array");
        }
        if (length >= 0 && a.size() != length) {
            throw new DataException(file, 0, "hourly." + field, a.size() + " entries",
                    length + " entries, as many as hourly.time");
        }
        return a;
    }

    private static double value(String file, JsonNode array, String field, int i) {
        if (array == null) {
            return Double.NaN;
        }
        JsonNode v = array.get(i);
        if (v.isNull()) {
            return Double.NaN;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new DataException(file, 0, "hourly." + field + "[" + i + "]", v.toString(), "a finite number or null");
        }
        return v.asDouble();
    }
}
