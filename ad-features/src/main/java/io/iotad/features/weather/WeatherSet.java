package io.iotad.features.weather;

import io.iotad.features.readings.HourlyWeather;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hourly weather per building, as loaded from either form of DATA-CONTRACT §1.2.
 *
 * @param byBuilding weather per building id, sorted by id
 * @param holidayHours per building, the sorted hour starts (epoch seconds) flagged {@code is_holiday_flag = 1}
 *     in the processed CSV (empty for the forecast form, which has no such flag)
 * @param duplicateHours rows that repeated a building and hour with the same values, kept once, at least 0
 * @param revisedHours building-hours a later raw forecast file gave other values for (the later kept), at least 0
 * @param rowsOutsideWindow processed-CSV rows skipped because their hour lay outside the window asked for
 *     ({@link WeatherLoader#load(java.util.List, Map, java.time.Instant, java.time.Instant)}), at least 0
 */
public record WeatherSet(Map<String, HourlyWeather> byBuilding, Map<String, long[]> holidayHours, long duplicateHours,
                         long revisedHours, long rowsOutsideWindow) {
    /** Copies the maps and checks the counts. */
    public WeatherSet {
        if (duplicateHours < 0 || revisedHours < 0 || rowsOutsideWindow < 0) {
            throw new IllegalArgumentException("weather counts must be >= 0");
        }
        byBuilding = Collections.unmodifiableMap(new TreeMap<>(byBuilding));
        holidayHours = Collections.unmodifiableMap(new TreeMap<>(holidayHours));
    }
}
