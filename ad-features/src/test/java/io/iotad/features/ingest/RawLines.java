package io.iotad.features.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Builds raw meter lines and files for tests. */
final class RawLines {
    private RawLines() {
    }

    /** @return a valid line with one counter and one room temperature reading */
    static String line(String apartment, String building, String timestamp, double energy, double roomTemp) {
        return String.format(Locale.ROOT, "{\"timestamp_str\": \"%s\", \"building_id\": \"%s\", \"apartment_id\": \"%s\", "
                + "\"readings\": [{\"sensor_type\": \"heating_energy_kwh\", \"value\": %s}, "
                + "{\"sensor_type\": \"room_temp_c\", \"room_name\": \"living_room\", \"value\": %s}]}",
                timestamp, building, apartment, Double.toString(energy), Double.toString(roomTemp));
    }

    static Path write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    static Path writeGzip(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (String l : lines) {
                out.write((l + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }
}
