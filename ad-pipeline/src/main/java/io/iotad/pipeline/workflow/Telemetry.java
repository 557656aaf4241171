package io.iotad.pipeline.workflow;

import io.iotad.features.ingest.IngestReport;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.features.topology.Building;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A portfolio's validated telemetry in memory: what the {@code ValidateSchema} step produces and
 * the feature pipeline consumes.
 *
 * @param apartments every apartment's readings
 * @param weather hourly weather by building id
 * @param buildings topology by building id
 * @param ingest what ingestion read, quarantined and dropped
 */
public record Telemetry(List<ApartmentReadings> apartments, Map<String, HourlyWeather> weather,
                        Map<String, Building> buildings, IngestReport ingest) {
    /** Copies the collections. */
    public Telemetry {
        apartments = List.copyOf(apartments);
        weather = Map.copyOf(weather);
        buildings = Map.copyOf(buildings);
        Objects.requireNonNull(ingest, "ingest");
    }

    /**
     * The calendar day of the latest reading: the default last day a scoring run scores.
     *
     * @param zone the time zone of the daily rows ({@code feature_engineering.timezone})
     * @return the day
     * @throws IllegalArgumentException when the telemetry holds no reading
     */
    public LocalDate lastDay(ZoneId zone) {
        long max = Long.MIN_VALUE;
        for (ApartmentReadings a : apartments) {
            long[] at = a.reportInstants();
            if (at.length > 0) {
                max = Math.max(max, at[at.length - 1]);
            }
        }
        if (max == Long.MIN_VALUE) {
            throw new IllegalArgumentException("the telemetry holds no reading; nothing to score");
        }
        Instant last = Instant.ofEpochSecond(Math.floorDiv(max, 1_000_000_000L), Math.floorMod(max, 1_000_000_000L));
        return last.atZone(zone).toLocalDate();
    }

    /**
     * The archetype of each building, from the {@code archetype} column of {@code buildings.csv}
     * when present (the segments of evaluation and, later, the model groups).
     *
     * @return building id to archetype; buildings without one are absent
     */
    public Map<String, String> archetypeByBuilding() {
        Map<String, String> out = new TreeMap<>();
        buildings.forEach((id, b) -> {
            String a = b.metadata().get("archetype");
            if (a != null && !a.isBlank()) {
                out.put(id, a);
            }
        });
        return out;
    }
}
