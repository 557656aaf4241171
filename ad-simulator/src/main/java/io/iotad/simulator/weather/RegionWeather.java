package io.iotad.simulator.weather;

import io.iotad.simulator.portfolio.Region;

/**
 * A region's hourly weather over the run. Hour {@code h} starts at
 * {@code firstHourEpochSecond + 3600 h} (UTC).
 *
 * @param region the region
 * @param firstHourEpochSecond start of the first hour, in seconds since the epoch, a multiple of 3600
 * @param temperatureC outdoor air temperature at 2 m, in °C
 * @param humidityPct relative humidity, 0–100 %
 * @param cloudCoverPct cloud cover, 0–100 %
 * @param ghiWPerM2 global horizontal irradiance, in W/m² (0 at night)
 */
public record RegionWeather(Region region, long firstHourEpochSecond, double[] temperatureC, double[] humidityPct,
        double[] cloudCoverPct, double[] ghiWPerM2) {

    /** @return number of hours covered */
    public int hours() {
        return temperatureC.length;
    }

    /**
     * @param epochSecond an instant inside the covered span
     * @return outdoor temperature at that instant, linearly interpolated between hours, in °C
     */
    public double temperatureAt(long epochSecond) {
        return interpolate(temperatureC, epochSecond);
    }

    /**
     * @param epochSecond an instant inside the covered span
     * @return irradiance at that instant, linearly interpolated, in W/m²
     */
    public double ghiAt(long epochSecond) {
        return interpolate(ghiWPerM2, epochSecond);
    }

    private double interpolate(double[] series, long epochSecond) {
        double pos = (epochSecond - firstHourEpochSecond) / 3600.0;
        int h = (int) Math.floor(pos);
        if (h < 0) {
            return series[0];
        }
        if (h >= series.length - 1) {
            return series[series.length - 1];
        }
        double f = pos - h;
        return series[h] * (1 - f) + series[h + 1] * f;
    }
}
