package io.iotad.features.weather;

/**
 * Options of weather loading.
 *
 * @param maxDistanceKm the farthest a raw forecast location may be from a building to be its weather,
 *     in km, positive and finite (default {@value #DEFAULT_MAX_DISTANCE_KM}: forecast APIs snap requests to a
 *     grid of a few km)
 */
public record WeatherOptions(double maxDistanceKm) {
    /** Default matching tolerance, km. */
    public static final double DEFAULT_MAX_DISTANCE_KM = 10.0;

    /** Validates the options. */
    public WeatherOptions {
        if (!(maxDistanceKm > 0 && Double.isFinite(maxDistanceKm))) {
            throw new IllegalArgumentException("maxDistanceKm must be positive and finite, was " + maxDistanceKm);
        }
    }

    /** @return the defaults */
    public static WeatherOptions defaults() {
        return new WeatherOptions(DEFAULT_MAX_DISTANCE_KM);
    }
}
