package io.iotad.pipeline.monitoring;

import io.iotad.core.data.DataException;
import io.iotad.core.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The drift level of every scored day, kept across scoring runs in a CSV file
 * ({@code day,model,drift_level}) so that the {@code drift_days} retraining trigger sees days scored
 * by earlier runs. A day scored again replaces its row.
 */
public final class MonitoringHistory {
    /** The file's header. */
    public static final String HEADER = "day,model,drift_level";

    private MonitoringHistory() {
    }

    /**
     * @param file the history file; absent means no history
     * @return its days, in day order
     * @throws IOException when it cannot be read
     * @throws DataException naming the line and field of a bad row
     */
    public static List<RetrainingPolicy.DriftDay> read(Path file) throws IOException {
        List<RetrainingPolicy.DriftDay> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 3) {
                throw new DataException(file.toString(), i + 1, "drift_level", line, "3 fields: " + HEADER);
            }
            LocalDate day;
            try {
                day = LocalDate.parse(f[0]);
            } catch (DateTimeParseException e) {
                throw new DataException(file.toString(), i + 1, "day", f[0], "a date YYYY-MM-DD");
            }
            DriftLevel level;
            try {
                level = DriftLevel.valueOf(f[2].trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DataException(file.toString(), i + 1, "drift_level", f[2], "ok, warn or stop");
            }
            out.add(new RetrainingPolicy.DriftDay(day, level));
        }
        return out;
    }

    /**
     * Adds or replaces the rows of some days, atomically.
     *
     * @param file the history file (created when absent)
     * @param model the model that scored them
     * @param days the days' levels
     * @throws IOException when it cannot be read or written
     */
    public static void record(Path file, String model, List<RetrainingPolicy.DriftDay> days) throws IOException {
        Map<LocalDate, String> rows = new TreeMap<>();
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    rows.put(LocalDate.parse(lines.get(i).substring(0, lines.get(i).indexOf(','))), lines.get(i));
                }
            }
        }
        for (RetrainingPolicy.DriftDay d : days) {
            rows.put(d.day(), d.day() + "," + model + "," + d.level().id());
        }
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        rows.values().forEach(l -> sb.append(l).append('\n'));
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        AtomicFile.writeString(file, sb);
    }
}
