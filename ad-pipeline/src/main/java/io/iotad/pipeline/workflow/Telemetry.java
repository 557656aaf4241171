package io.iotad.pipeline.workflow;

import io.iotad.features.ingest.IngestReport;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.features.topology.Building;
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
