package io.iotad.simulator.weather;

import io.iotad.simulator.SeedStreams;
import io.iotad.simulator.portfolio.Region;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

/**
 * Generates a region's hourly weather: a seasonal cosine (coldest in mid-January, lowland annual
 * mean 9.5 °C, amplitude 10 K), a day cycle (a cosine, coldest at 03:00 and warmest at 15:00 solar time, damped
 * by clouds), a day-to-day synoptic anomaly (AR(1), σ ≈ 2.5 K), cold fronts (on average every
 * 18 days, −4 to −10 K, lasting 2–6 days with a one-day ramp), cloud cover as a persistent random
 * process, irradiance from the sun's elevation reduced by clouds, and humidity that rises with
 * clouds and cold.
 */
public final class WeatherGenerator {
    private static final double ANNUAL_MEAN_C = 9.5;
    private static final double SEASONAL_AMPLITUDE_C = 10.0;
    private static final double FRONT_PER_HOUR = 1.0 / (18 * 24);

    private WeatherGenerator() {
    }

    /**
     * @param seed the run's seed
     * @param region the region
     * @param firstHourEpochSecond start of the first hour (multiple of 3600)
     * @param hours number of hours, positive
     * @return the region's weather
     */
    public static RegionWeather generate(long seed, Region region, long firstHourEpochSecond, int hours) {
        SplittableRandom rnd = SeedStreams.stream(seed, SeedStreams.WEATHER, region.index());
        double[] temp = new double[hours];
        double[] hum = new double[hours];
        double[] cloud = new double[hours];
        double[] ghi = new double[hours];
        double anomaly = rnd.nextGaussian() * 2.0;
        double cloudState = 0.5;
        double frontDepth = 0;
        int frontLeft = 0;
        int frontLength = 1;
        for (int h = 0; h < hours; h++) {
            long t = firstHourEpochSecond + 3600L * h + 1800;
            ZonedDateTime z = Instant.ofEpochSecond(t).atZone(ZoneOffset.UTC);
            double doy = z.getDayOfYear() + z.getHour() / 24.0;
            double hourOfDay = z.getHour() + z.getMinute() / 60.0 + region.longitude() / 15.0;
            // hourly AR(1) steps equivalent to a daily correlation of about 0.7
            anomaly = anomaly * 0.985 + rnd.nextGaussian() * 0.43;
            cloudState = clamp(cloudState * 0.97 + 0.03 * 0.6 + rnd.nextGaussian() * 0.08, 0, 1);
            if (frontLeft == 0 && rnd.nextDouble() < FRONT_PER_HOUR) {
                frontLength = 48 + rnd.nextInt(97);
                frontLeft = frontLength;
                frontDepth = 4.0 + rnd.nextDouble() * 6.0;
            }
            double front = 0;
            if (frontLeft > 0) {
                int into = frontLength - frontLeft;
                double ramp = Math.min(1.0, Math.min(into / 24.0, frontLeft / 24.0));
                front = -frontDepth * ramp;
                frontLeft--;
                cloudState = Math.max(cloudState, 0.5 * ramp);
            }
            double seasonal = ANNUAL_MEAN_C + region.temperatureOffsetC()
                    + SEASONAL_AMPLITUDE_C * StrictMath.cos(2 * Math.PI * (doy - 200.0) / 365.25);
            double dayCycle = -StrictMath.cos(2 * Math.PI * (hourOfDay - 3.0) / 24.0) * region.dailyAmplitudeC()
                    * (1.0 - 0.6 * cloudState);
            temp[h] = round(seasonal + dayCycle + anomaly + front, 10);
            cloud[h] = Math.round(cloudState * 100);
            double elevation = solarElevationSine(region.latitude(), doy, hourOfDay);
            double clearSky = elevation <= 0 ? 0 : 1000.0 * StrictMath.pow(elevation, 1.15);
            ghi[h] = round(clearSky * (1 - 0.75 * StrictMath.pow(cloudState, 3.4)), 10);
            hum[h] = round(clamp(62 + 30 * cloudState - 1.2 * (temp[h] - seasonal) + rnd.nextGaussian() * 3,
                    25, 100), 1);
        }
        return new RegionWeather(region, firstHourEpochSecond, temp, hum, cloud, ghi);
    }

    /** Sine of the sun's elevation (declination approximation of Cooper, 1969). */
    static double solarElevationSine(double latitudeDeg, double dayOfYear, double solarHour) {
        double decl = Math.toRadians(23.45) * StrictMath.sin(2 * Math.PI * (284 + dayOfYear) / 365.0);
        double lat = Math.toRadians(latitudeDeg);
        double hourAngle = Math.toRadians(15.0 * (solarHour - 12.0));
        return StrictMath.sin(lat) * StrictMath.sin(decl) + StrictMath.cos(lat) * StrictMath.cos(decl) * StrictMath.cos(hourAngle);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double round(double v, int per) {
        return Math.round(v * per) / (double) per;
    }
}
