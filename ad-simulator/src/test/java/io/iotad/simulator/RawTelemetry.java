package io.iotad.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Test-side reader of the simulator's raw JSON Lines: parses every valid line (malformed ones are
 * counted and skipped) and answers the questions the physics tests ask, by last observation
 * carried forward, independently of the simulator's own code.
 */
final class RawTelemetry {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Per series key ("apt|sensor|room"): epoch second → value (last one wins). */
    private final Map<String, TreeMap<Long, Double>> series = new HashMap<>();
    private int malformed;
    private long lines;

    private RawTelemetry() {
    }

    static RawTelemetry read(Path outDir) throws IOException {
        RawTelemetry t = new RawTelemetry();
        List<Path> files;
        try (Stream<Path> s = Files.walk(outDir.resolve("raw"))) {
            files = new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
        }
        for (Path f : files) {
            try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f))
                    : Files.newInputStream(f);
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    t.lines++;
                    t.parse(line);
                }
            }
        }
        return t;
    }

    private void parse(String line) {
        try {
            JsonNode o = JSON.readTree(line);
            String apt = o.get("apartment_id").asText();
            long ts = Instant.parse(o.get("timestamp_str").asText()).getEpochSecond();
            for (JsonNode r : o.get("readings")) {
                if (!r.get("value").isNumber()) {
                    malformed++;
                    return;
                }
                String room = r.has("room_name") ? r.get("room_name").asText() : "";
                series.computeIfAbsent(apt + "|" + r.get("sensor_type").asText() + "|" + room, k -> new TreeMap<>())
                        .put(ts, r.get("value").asDouble());
            }
        } catch (IOException | RuntimeException e) {
            malformed++;
        }
    }

    int malformed() {
        return malformed;
    }

    long lines() {
        return lines;
    }

    /** @return counter increase over (from, to], by the last readings at or before each end; no reset handling */
    double counterIncrease(String apt, String sensor, Instant from, Instant to) {
        TreeMap<Long, Double> s = series.get(apt + "|" + sensor + "|");
        Map.Entry<Long, Double> a = s.floorEntry(from.getEpochSecond());
        Map.Entry<Long, Double> b = s.floorEntry(to.getEpochSecond());
        if (a == null || b == null) {
            return Double.NaN;
        }
        return b.getValue() - a.getValue();
    }

    /** @return time-weighted mean of a room sensor over [from, to), carrying each reading forward */
    double roomMean(String apt, String sensor, String room, Instant from, Instant to) {
        TreeMap<Long, Double> s = series.get(apt + "|" + sensor + "|" + room);
        long a = from.getEpochSecond();
        long b = to.getEpochSecond();
        Map.Entry<Long, Double> cur = s.floorEntry(a);
        double value = cur == null ? Double.NaN : cur.getValue();
        long at = a;
        double sum = 0;
        for (Map.Entry<Long, Double> e : s.subMap(a, false, b, false).entrySet()) {
            sum += value * (e.getKey() - at);
            at = e.getKey();
            value = e.getValue();
        }
        sum += value * (b - at);
        return sum / (b - a);
    }

    /** @return the values of one series, by epoch second */
    TreeMap<Long, Double> series(String apt, String sensor, String room) {
        return series.getOrDefault(apt + "|" + sensor + "|" + room, new TreeMap<>());
    }
}
