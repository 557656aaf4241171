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
 */
public record WeatherSet(Map<String, HourlyWeather> byBuilding, Map<String, long[]> holidayHours) {
    /** Copies the maps. */
    public WeatherSet {
        byBuilding = Collections.unmodifiableMap(new TreeMap<>(byBuilding));
        holidayHours = Collections.unmodifiableMap(new TreeMap<>(holidayHours));
    }
}
