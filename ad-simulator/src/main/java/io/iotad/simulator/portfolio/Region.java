package io.iotad.simulator.portfolio;

/**
 * A climate region: buildings in it share one weather grid point (the coordinates that the
 * forecast API answers for) and so one weather series.
 *
 * @param id region identifier such as {@code region_01}
 * @param index 0-based index, also the weather stream's index
 * @param latitude grid-point latitude in degrees north
 * @param longitude grid-point longitude in degrees east
 * @param temperatureOffsetC offset of the region's seasonal mean against the lowland, in °C (altitude)
 * @param dailyAmplitudeC half of a clear day's day-night temperature swing, in °C
 */
public record Region(String id, int index, double latitude, double longitude, double temperatureOffsetC,
        double dailyAmplitudeC) {
}
