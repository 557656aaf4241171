package io.iotad.features.extract;

import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.SensorSeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds an apartment's readings in tests, reading by reading (later readings of the same key win). */
public final class ReadingsBuilder {
    private final String apartment;
    private final String building;
    private final Map<String, TreeMap<Long, Double>> series = new TreeMap<>();
    private final TreeSet<Long> instants = new TreeSet<>();
    private long now;

    /** @param apartment apartment id @param building building id */
    public ReadingsBuilder(String apartment, String building) {
        this.apartment = apartment;
        this.building = building;
    }

    /** @param instant ISO instant such as 2024-01-01T10:00:00Z @return this */
    public ReadingsBuilder at(String instant) {
        Instant t = Instant.parse(instant);
        now = t.getEpochSecond() * 1_000_000_000L + t.getNano();
        return this;
    }

    /** @param epochNanos instant @return this */
    public ReadingsBuilder atNanos(long epochNanos) {
        now = epochNanos;
        return this;
    }

    /** @param sensor sensor type @param room room @param value value @return this */
    public ReadingsBuilder reading(String sensor, String room, double value) {
        series.computeIfAbsent(sensor + "\u0000" + room, k -> new TreeMap<>()).put(now, value);
        instants.add(now);
        return this;
    }

    /** @param kwh heating counter @return this */
    public ReadingsBuilder energy(double kwh) {
        return reading("heating_energy_kwh", "default", kwh);
    }

    /** @param room room @param c room temperature @return this */
    public ReadingsBuilder temp(String room, double c) {
        return reading("room_temp_c", room, c);
    }

    /** @param room room @param c setpoint @return this */
    public ReadingsBuilder setpoint(String room, double c) {
        return reading("setpoint_temp_c", room, c);
    }

    /** @return the readings */
    public ApartmentReadings build() {
        List<SensorSeries> list = new ArrayList<>();
        series.forEach((k, m) -> {
            String[] p = k.split("\u0000");
            list.add(new SensorSeries(p[0], p[1], m.keySet().stream().mapToLong(Long::longValue).toArray(),
                    m.values().stream().mapToDouble(Double::doubleValue).toArray()));
        });
        return new ApartmentReadings(apartment, building, list, instants.stream().mapToLong(Long::longValue).toArray());
    }
}
