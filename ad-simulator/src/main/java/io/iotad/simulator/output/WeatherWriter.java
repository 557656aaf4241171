package io.iotad.simulator.output;

import io.iotad.simulator.portfolio.Building;
import io.iotad.core.calendar.SwissHolidays;
import io.iotad.simulator.weather.RegionWeather;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the weather in both forms of DATA-CONTRACT §1.2: the processed CSV (one row per building
 * and UTC hour) and, optionally, the forecast-API form, one JSON object per region under
 * {@code weather-raw/<region_id>.json}, at the region's grid point (the coordinates of its
 * buildings in buildings.csv). API times are UTC in the API's own form {@code YYYY-MM-DDTHH:MM}
 * with {@code utc_offset_seconds} 0.
 */
public final class WeatherWriter {
    /** Header of weather.csv. */
    public static final String HEADER =
            "building_id,timestamp_hour,temperature_c,humidity,solar_irradiance_ghi,is_holiday_flag";

    private WeatherWriter() {
    }

    /**
     * @param file weather.csv
     * @param buildings buildings in index order
     * @param weather per region index, its weather
     * @param zone zone of calendar days (holidays and gaps)
     * @param gaps per building index, the local dates whose hours are left out
     * @return number of rows written
     * @throws IOException if the file cannot be written
     */
    public static long writeCsv(Path file, List<Building> buildings, List<RegionWeather> weather, ZoneId zone,
            Map<Integer, Set<LocalDate>> gaps) throws IOException {
        return writeCsv(file, buildings, weather, zone, gaps, Map.of());
    }

    /**
     * @param file weather.csv
     * @param buildings buildings in index order
     * @param weather per region index, its weather
     * @param zone zone of calendar days (holidays and gaps)
     * @param gaps per building index, the local dates whose hours are left out
     * @param offsets per building index, the kelvin added to the reported temperature on a local date (a
     *     data scenario: the feed is wrong, the physics is not)
     * @return number of rows written
     * @throws IOException if the file cannot be written
     */
    public static long writeCsv(Path file, List<Building> buildings, List<RegionWeather> weather, ZoneId zone,
            Map<Integer, Set<LocalDate>> gaps, Map<Integer, java.util.function.Function<LocalDate, Double>> offsets)
            throws IOException {
        long rows = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (Building b : buildings) {
                RegionWeather rw = weather.get(b.region().index());
                Set<LocalDate> skip = gaps.getOrDefault(b.index(), Set.of());
                java.util.function.Function<LocalDate, Double> offset = offsets.get(b.index());
                StringBuilder sb = new StringBuilder(64);
                for (int h = 0; h < rw.hours(); h++) {
                    Instant t = Instant.ofEpochSecond(rw.firstHourEpochSecond() + 3600L * h);
                    LocalDate local = t.atZone(zone).toLocalDate();
                    if (skip.contains(local)) {
                        continue;
                    }
                    sb.setLength(0);
                    sb.append(b.id()).append(',').append(t).append(',')
                            .append(Fixed.oneDecimal(offset == null ? rw.temperatureC()[h]
                                    : rw.temperatureC()[h] + offset.apply(local))).append(',')
                            .append(Fixed.oneDecimal(rw.humidityPct()[h])).append(',')
                            .append(Fixed.oneDecimal(rw.ghiWPerM2()[h])).append(',')
                            .append(SwissHolidays.isHoliday(local) ? '1' : '0').append('\n');
                    w.write(sb.toString());
                    rows++;
                }
            }
        }
        return rows;
    }

    /**
     * @param file the region's JSON file
     * @param rw the region's weather
     * @throws IOException if the file cannot be written
     */
    public static void writeApiJson(Path file, RegionWeather rw) throws IOException {
        StringBuilder sb = new StringBuilder(rw.hours() * 64);
        sb.append("{\"latitude\":").append(Fixed.coordinate(rw.region().latitude()))
                .append(",\"longitude\":").append(Fixed.coordinate(rw.region().longitude()))
                .append(",\"generationtime_ms\":0.5,\"utc_offset_seconds\":0,\"timezone\":\"GMT\",")
                .append("\"hourly_units\":{\"time\":\"iso8601\",\"temperature_2m\":\"°C\",")
                .append("\"relative_humidity_2m\":\"%\",\"cloudcover\":\"%\",\"shortwave_radiation\":\"W/m²\"},")
                .append("\"hourly\":{\"time\":[");
        for (int h = 0; h < rw.hours(); h++) {
            LocalDateTime t = LocalDateTime.ofEpochSecond(rw.firstHourEpochSecond() + 3600L * h, 0, ZoneOffset.UTC);
            sb.append(h == 0 ? "\"" : ",\"").append(t.toLocalDate()).append('T');
            sb.append(t.getHour() < 10 ? "0" : "").append(t.getHour()).append(":00\"");
        }
        array(sb.append("],\"temperature_2m\":["), rw.temperatureC(), false);
        array(sb.append("],\"relative_humidity_2m\":["), rw.humidityPct(), true);
        array(sb.append("],\"cloudcover\":["), rw.cloudCoverPct(), true);
        array(sb.append("],\"shortwave_radiation\":["), rw.ghiWPerM2(), false);
        sb.append("]}}\n");
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    private static void array(StringBuilder sb, double[] v, boolean integer) {
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            if (Double.isNaN(v[i])) {
                sb.append("null"); // the forecast API's missing value; never a number
            } else {
                sb.append(integer ? Long.toString(Math.round(v[i])) : Fixed.oneDecimal(v[i]));
            }
        }
    }
}
