package io.iotad.features.readings;

import java.util.Objects;

/**
 * One building's hourly weather (DATA-CONTRACT §1.2), sorted by hour, one entry per hour.
 * A missing measurement is NaN, never 0.
 *
 * @param buildingId the building
 * @param hourStartEpochSeconds start of each hour, seconds since 1970-01-01T00:00Z, strictly increasing
 * @param temperatureC outdoor temperature in °C per hour (NaN = missing)
 * @param humidityPct relative humidity in % per hour (NaN = missing)
 * @param solarIrradianceWm2 global horizontal irradiance in W/m² per hour (NaN = missing)
 */
public record HourlyWeather(String buildingId, long[] hourStartEpochSeconds, double[] temperatureC,
                            double[] humidityPct, double[] solarIrradianceWm2) {
    /** Validates lengths and order. */
    public HourlyWeather {
        Objects.requireNonNull(buildingId, "buildingId");
        int n = hourStartEpochSeconds.length;
        if (temperatureC.length != n || humidityPct.length != n || solarIrradianceWm2.length != n) {
            throw new IllegalArgumentException("weather of " + buildingId + ": arrays differ in length");
        }
        for (int i = 1; i < n; i++) {
            if (hourStartEpochSeconds[i] <= hourStartEpochSeconds[i - 1]) {
                throw new IllegalArgumentException("weather of " + buildingId + ": hours must be strictly increasing at index " + i);
            }
        }
    }
}
