package io.iotad.benchmarks.features;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a deterministic synthetic portfolio for benchmarks: raw meter JSON Lines (one file per
 * day, DATA-CONTRACT §1.1) and the processed weather CSV (§1.2). Every apartment reports every 15
 * minutes (heating counter, on-change hot water, room temperatures and setpoints of 2–4 rooms), with
 * rare meter resets; buildings hold 15 apartments.
 *
 * <p>Usage: {@code SyntheticTelemetry --out DIR [--apartments 150] [--days 90] [--seed 42]}.
 */
public final class SyntheticTelemetry {
    /** Apartments per building. */
    public static final int APARTMENTS_PER_BUILDING = 15;
    /** First day of the portfolio. */
    public static final LocalDate START = LocalDate.of(2024, 10, 1);

    private SyntheticTelemetry() {
    }

    /**
     * Writes {@code raw/day-YYYY-MM-DD.jsonl} files and {@code weather.csv} under {@code out}.
     *
     * @param out target folder (created)
     * @param apartments number of apartments, at least 1
     * @param days number of days, at least 1
     * @param seed random seed
     * @return the number of lines written
     * @throws IOException when writing fails
     */
    public static long write(Path out, int apartments, int days, long seed) throws IOException {
        if (apartments < 1 || days < 1) {
            throw new IllegalArgumentException("apartments and days must be >= 1, got " + apartments + " and " + days);
        }
        Path raw = Files.createDirectories(out.resolve("raw"));
        double[] energy = new double[apartments];
        double[] water = new double[apartments];
        double[][] temp = new double[apartments][];
        double[][] setpoint = new double[apartments][];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int a = 0; a < apartments; a++) {
            int rooms = 2 + rnd.nextInt(3);
            temp[a] = new double[rooms];
            setpoint[a] = new double[rooms];
            for (int r = 0; r < rooms; r++) {
                temp[a][r] = 19 + rnd.nextDouble(3);
                setpoint[a][r] = 20 + rnd.nextInt(3);
            }
            energy[a] = rnd.nextDouble(1000, 20000);
            water[a] = rnd.nextDouble(10000, 90000);
        }
        long lines = 0;
        StringBuilder b = new StringBuilder(512);
        for (int d = 0; d < days; d++) {
            LocalDate day = START.plusDays(d);
            long dayStart = day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            try (BufferedWriter w = Files.newBufferedWriter(raw.resolve("day-" + day + ".jsonl"), StandardCharsets.UTF_8)) {
                for (int s = 0; s < 96; s++) {
                    String ts = Instant.ofEpochSecond(dayStart + s * 900L).toString();
                    for (int a = 0; a < apartments; a++) {
                        b.setLength(0);
                        b.append("{\"timestamp_str\": \"").append(ts).append("\", \"building_id\": \"bldg_")
                                .append(a / APARTMENTS_PER_BUILDING).append("\", \"apartment_id\": \"apt_")
                                .append(String.format(Locale.ROOT, "%05d", a)).append("\", \"readings\": [");
                        energy[a] = rnd.nextInt(20000) == 0 ? rnd.nextDouble(5) : energy[a] + rnd.nextDouble(0.4);
                        b.append("{\"sensor_type\": \"heating_energy_kwh\", \"value\": ").append(round(energy[a], 3)).append('}');
                        if (rnd.nextInt(4) == 0) {
                            water[a] += rnd.nextDouble(40);
                            b.append(", {\"sensor_type\": \"hot_water_litres\", \"value\": ").append(round(water[a], 2)).append('}');
                        }
                        for (int r = 0; r < temp[a].length; r++) {
                            if (rnd.nextBoolean()) {
                                temp[a][r] = round(temp[a][r] + rnd.nextDouble(-0.3, 0.3), 2);
                                b.append(", {\"sensor_type\": \"room_temp_c\", \"room_name\": \"room_").append(r)
                                        .append("\", \"value\": ").append(temp[a][r]).append('}');
                            }
                            if (s == 0 || rnd.nextInt(200) == 0) {
                                setpoint[a][r] = 19 + rnd.nextInt(4);
                                b.append(", {\"sensor_type\": \"setpoint_temp_c\", \"room_name\": \"room_").append(r)
                                        .append("\", \"value\": ").append(setpoint[a][r]).append('}');
                            }
                        }
                        b.append("]}\n");
                        w.append(b);
                        lines++;
                    }
                }
            }
        }
        writeWeather(out.resolve("weather.csv"), (apartments + APARTMENTS_PER_BUILDING - 1) / APARTMENTS_PER_BUILDING, days, rnd);
        return lines;
    }

    private static void writeWeather(Path file, int buildings, int days, SplittableRandom rnd) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("building_id,timestamp_hour,temperature_c,humidity,solar_irradiance_ghi,is_holiday_flag\n");
            long start = START.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            for (int bldg = 0; bldg < buildings; bldg++) {
                double base = rnd.nextDouble(-2, 6);
                for (int h = 0; h < days * 24; h++) {
                    double t = base - 0.05 * (h / 24) + 3 * Math.sin(2 * Math.PI * ((h % 24) - 9) / 24.0) + rnd.nextDouble(-1, 1);
                    w.write(String.format(Locale.ROOT, "bldg_%d,%s,%.2f,%.0f,%.0f,0%n", bldg,
                            Instant.ofEpochSecond(start + h * 3600L), t, rnd.nextDouble(50, 95), rnd.nextDouble(0, 300)));
                }
            }
        }
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }

    /**
     * Command-line entry point.
     *
     * @param args {@code --out DIR [--apartments N] [--days N] [--seed N]}
     * @throws IOException when writing fails
     */
    public static void main(String[] args) throws IOException {
        Path out = null;
        int apartments = 150;
        int days = 90;
        long seed = 42;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[i + 1]);
                case "--apartments" -> apartments = Integer.parseInt(args[i + 1]);
                case "--days" -> days = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; expected --out, --apartments, --days, --seed");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        long lines = write(out, apartments, days, seed);
        System.out.println("{\"apartments\":" + apartments + ",\"days\":" + days + ",\"lines\":" + lines + "}");
    }
}
