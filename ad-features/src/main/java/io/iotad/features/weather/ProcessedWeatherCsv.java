package io.iotad.features.weather;

import io.iotad.core.data.DataException;
import io.iotad.features.csv.CsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads the processed weather CSV of DATA-CONTRACT §1.2:
 * {@code building_id,timestamp_hour,temperature_c,humidity,solar_irradiance_ghi,is_holiday_flag}
 * (columns in any order; {@code humidity}, {@code solar_irradiance_ghi} and {@code is_holiday_flag} may be
 * absent). An empty measurement cell is missing (NaN), never 0. A repeated (building, hour) is settled by
 * {@link HourlyAccumulator}: the same values again are counted once, other values are refused. Any bad cell is a {@link DataException} naming file, line, column, value and what was expected.
 */
final class ProcessedWeatherCsv {
    private ProcessedWeatherCsv() {
    }

    /**
     * Adds the rows of {@code file} whose hour starts in {@code [fromSecond, toSecond)} to the per-building
     * accumulators, in file order; a row outside is checked as far as its building and hour, then skipped.
     *
     * @return the rows skipped as outside the window
     */
    static long read(Path file, Map<String, HourlyAccumulator> into, long fromSecond, long toSecond) throws IOException {
        long outside = 0;
        java.util.Set<String> startedHere = new java.util.HashSet<>();
        try (CsvReader csv = CsvReader.open(file)) {
            int building = csv.column("building_id");
            int hour = csv.column("timestamp_hour");
            int temperature = csv.column("temperature_c");
            int humidity = csv.optionalColumn("humidity");
            int solar = csv.optionalColumn("solar_irradiance_ghi");
            int holiday = csv.optionalColumn("is_holiday_flag");
            String[] row;
            while ((row = csv.next()) != null) {
                String id = csv.text(row[building], "building_id");
                long start = HourStamp.epochSeconds(row[hour], 0, csv.source(), csv.line(), "timestamp_hour");
                if (start < fromSecond || start >= toSecond) {
                    outside++;
                    continue;
                }
                double t = csv.number(row[temperature], "temperature_c");
                if (t < -90 || t > 60) {
                    throw new DataException(csv.source(), csv.line(), "temperature_c", row[temperature],
                            "an outdoor temperature in [-90, 60] °C");
                }
                double h = humidity < 0 ? Double.NaN : csv.number(row[humidity], "humidity");
                if (h < 0 || h > 100) {
                    throw new DataException(csv.source(), csv.line(), "humidity", row[humidity], "a relative humidity in [0, 100] %");
                }
                double s = solar < 0 ? Double.NaN : csv.number(row[solar], "solar_irradiance_ghi");
                if (s < 0 || s > 2000) {
                    throw new DataException(csv.source(), csv.line(), "solar_irradiance_ghi", row[solar],
                            "an irradiance in [0, 2000] W/m²");
                }
                boolean isHoliday = holiday >= 0 && flag(csv, row[holiday]);
                HourlyAccumulator acc = into.computeIfAbsent(id, k -> new HourlyAccumulator());
                if (startedHere.add(id)) {
                    acc.from(file.toString(), false); // this file's rows of the building start here
                }
                acc.add(start, t, h, s, isHoliday, (int) csv.line());
            }
        }
        return outside;
    }

    private static boolean flag(CsvReader csv, String cell) {
        switch (cell.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "1": case "1.0": case "true":
                return true;
            case "0": case "0.0": case "false": case "":
                return false;
            default:
                throw new DataException(csv.source(), csv.line(), "is_holiday_flag", cell, "0 or 1 (or empty)");
        }
    }
}
