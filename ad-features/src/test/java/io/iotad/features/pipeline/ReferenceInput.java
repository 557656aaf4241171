package io.iotad.features.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.features.readings.SensorSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Test-side reader of the golden fixtures' raw JSON Lines and weather CSV, with the reference's
 * semantics (validation, "default" room, duplicates keep the last line in path then line order), so
 * the pipeline can be compared with {@code features_pandas.py} independently of the ingestion module.
 */
final class ReferenceInput {
    private static final Pattern TS = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferenceInput() {
    }

    /** One validated reading. */
    record Row(String apartment, String building, long nanos, String sensor, String room, double value) {
    }

    static List<Row> rows(Path rawDir) {
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.walk(rawDir)) {
            List<Path> sorted = files.filter(p -> p.getFileName().toString().contains(".jsonl")).sorted().toList();
            for (Path p : sorted) {
                for (String line : Files.readAllLines(p)) {
                    parse(line, rows);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static void parse(String line, List<Row> rows) {
        try {
            JsonNode o = JSON.readTree(line);
            String ts = o.get("timestamp_str").asText();
            if (!o.get("timestamp_str").isTextual() || !TS.matcher(ts).matches()) {
                return;
            }
            OffsetDateTime t = OffsetDateTime.parse(ts);
            long nanos = t.toEpochSecond() * 1_000_000_000L + t.getNano();
            JsonNode apt = o.get("apartment_id");
            JsonNode bldg = o.get("building_id");
            if (!apt.isTextual() || !bldg.isTextual() || apt.asText().isEmpty() || bldg.asText().isEmpty()) {
                return;
            }
            List<Row> mine = new ArrayList<>();
            for (JsonNode r : o.get("readings")) {
                JsonNode v = r.get("value");
                if (!v.isNumber() || !Double.isFinite(v.asDouble()) || !r.get("sensor_type").isTextual()) {
                    return;
                }
                JsonNode room = r.get("room_name");
                String roomName = room == null || room.isNull() || room.asText().isEmpty() ? "default" : room.asText();
                mine.add(new Row(apt.asText(), bldg.asText(), nanos, r.get("sensor_type").asText(), roomName, v.asDouble()));
            }
            rows.addAll(mine);
        } catch (IOException | RuntimeException e) {
            // quarantined, as the reference does
        }
    }

    static List<ApartmentReadings> apartments(List<Row> rows) {
        Map<String, Row> last = new LinkedHashMap<>();
        for (Row r : rows) {
            String key = r.apartment() + '\u0000' + r.nanos() + '\u0000' + r.sensor() + '\u0000' + r.room();
            last.remove(key);
            last.put(key, r);
        }
        Map<String, List<Row>> byApartment = new TreeMap<>();
        for (Row r : last.values()) {
            byApartment.computeIfAbsent(r.apartment(), k -> new ArrayList<>()).add(r);
        }
        List<ApartmentReadings> out = new ArrayList<>();
        for (List<Row> apt : byApartment.values()) {
            Map<String, TreeMap<Long, Double>> series = new TreeMap<>();
            TreeSet<Long> instants = new TreeSet<>();
            for (Row r : apt) {
                series.computeIfAbsent(r.sensor() + '\u0000' + r.room(), k -> new TreeMap<>()).put(r.nanos(), r.value());
                instants.add(r.nanos());
            }
            List<SensorSeries> list = new ArrayList<>();
            series.forEach((k, m) -> {
                String[] parts = k.split("\u0000");
                list.add(new SensorSeries(parts[0], parts[1], m.keySet().stream().mapToLong(Long::longValue).toArray(),
                        m.values().stream().mapToDouble(Double::doubleValue).toArray()));
            });
            out.add(new ApartmentReadings(apt.get(0).apartment(), apt.get(0).building(), list,
                    instants.stream().mapToLong(Long::longValue).toArray()));
        }
        return out;
    }

    static Map<String, HourlyWeather> weather(Path csv) {
        Map<String, TreeMap<Long, Double>> byBuilding = new TreeMap<>();
        try {
            List<String> lines = Files.readAllLines(csv);
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split(",", -1);
                long hour = OffsetDateTime.parse(c[1]).toEpochSecond();
                double t = c[2].isEmpty() ? Double.NaN : Double.parseDouble(c[2]);
                byBuilding.computeIfAbsent(c[0], k -> new TreeMap<>()).put(hour, t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, HourlyWeather> out = new TreeMap<>();
        byBuilding.forEach((b, m) -> {
            double[] nan = new double[m.size()];
            Arrays.fill(nan, Double.NaN);
            out.put(b, new HourlyWeather(b, m.keySet().stream().mapToLong(Long::longValue).toArray(),
                    m.values().stream().mapToDouble(Double::doubleValue).toArray(), nan, nan.clone()));
        });
        return out;
    }
}
