package io.iotad.benchmarks.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic raw meter feed (DATA-CONTRACT §1.1) for benchmarks: one file per day holding every
 * apartment's lines of that day, each line every 15 minutes with six readings (two counters, and room and
 * setpoint temperatures of two rooms).
 *
 * @param apartments apartments, at least 1
 * @param days days, at least 1
 * @param gzip whether files are {@code .jsonl.gz}
 * @param seed random seed of the values
 */
public record SyntheticRawFeed(int apartments, int days, boolean gzip, long seed) {
    /** Readings on every line. */
    public static final int READINGS_PER_LINE = 6;
    /** Lines per apartment and day (one every 15 minutes). */
    public static final int LINES_PER_DAY = 96;

    /** Validates the sizes. */
    public SyntheticRawFeed {
        if (apartments < 1 || days < 1) {
            throw new IllegalArgumentException("apartments and days must be >= 1, were " + apartments + ", " + days);
        }
    }

    /** @return the number of readings the feed holds */
    public long readings() {
        return (long) apartments * days * LINES_PER_DAY * READINGS_PER_LINE;
    }

    /**
     * Writes the feed into {@code dir} (created if needed).
     *
     * @return {@code dir}
     * @throws IOException when a file cannot be written
     */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        double[] energy = new double[apartments];
        double[] water = new double[apartments];
        long start = Instant.parse("2024-10-01T00:00:00Z").getEpochSecond();
        StringBuilder b = new StringBuilder(512);
        for (int d = 0; d < days; d++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "day-%04d.jsonl%s", d, gzip ? ".gz" : ""));
            try (OutputStream raw = Files.newOutputStream(file);
                 OutputStream out = new BufferedOutputStream(gzip ? new GZIPOutputStream(raw, 1 << 16) : raw, 1 << 16)) {
                for (int slot = 0; slot < LINES_PER_DAY; slot++) {
                    long t = start + d * 86_400L + slot * 900L + random.nextInt(60);
                    String ts = Instant.ofEpochSecond(t).toString();
                    for (int a = 0; a < apartments; a++) {
                        energy[a] += random.nextDouble() * 0.4;
                        water[a] += random.nextDouble() * 3;
                        b.setLength(0);
                        b.append("{\"timestamp_str\": \"").append(ts).append("\", \"building_id\": \"bldg_").append(a / 30)
                                .append("\", \"apartment_id\": \"apt_").append(a).append("\", \"readings\": [")
                                .append("{\"sensor_type\": \"heating_energy_kwh\", \"value\": ").append(round(energy[a], 3))
                                .append("}, {\"sensor_type\": \"hot_water_litres\", \"value\": ").append(round(water[a], 1))
                                .append("}, {\"sensor_type\": \"room_temp_c\", \"room_name\": \"living_room\", \"value\": ")
                                .append(round(19 + random.nextDouble() * 4, 2))
                                .append("}, {\"sensor_type\": \"setpoint_temp_c\", \"room_name\": \"living_room\", \"value\": 21.0}")
                                .append(", {\"sensor_type\": \"room_temp_c\", \"room_name\": \"bedroom\", \"value\": ")
                                .append(round(17 + random.nextDouble() * 4, 2))
                                .append("}, {\"sensor_type\": \"setpoint_temp_c\", \"room_name\": \"bedroom\", \"value\": 19.0}]}\n");
                        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return dir;
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
