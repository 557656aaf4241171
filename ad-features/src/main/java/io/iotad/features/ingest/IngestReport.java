package io.iotad.features.ingest;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The run report of one ingestion: every line is accounted for (read = accepted + quarantined, plus blank
 * lines skipped), so nothing is lost silently.
 *
 * @param files number of raw files read
 * @param linesRead non-blank lines read, all files
 * @param blankLines whitespace-only lines skipped
 * @param readings readings on accepted lines, before de-duplication
 * @param readingsKept readings after de-duplication
 * @param duplicatesDropped readings dropped because a later one had the same apartment, instant, sensor and room
 * @param quarantinedLines lines quarantined
 * @param quarantinedByReason quarantined lines per {@link QuarantineReason#code()}, sorted
 * @param readingsBySensorType readings per sensor type (before de-duplication), sorted
 * @param unknownSensorTypes readings per sensor type outside {@link #KNOWN_SENSOR_TYPES}, sorted: kept, not errors
 * @param outOfOrderLines accepted lines earlier than an earlier line of their apartment in the same file
 * @param lateLines accepted lines earlier than their apartment's latest instant in earlier files
 * @param apartments apartments with at least one reading
 * @param perFile one report per file, in path order
 */
public record IngestReport(long files, long linesRead, long blankLines, long readings, long readingsKept,
                           long duplicatesDropped, long quarantinedLines, SortedMap<String, Long> quarantinedByReason,
                           SortedMap<String, Long> readingsBySensorType, SortedMap<String, Long> unknownSensorTypes,
                           long outOfOrderLines, long lateLines, long apartments, List<FileReport> perFile) {
    /** The sensor types of DATA-CONTRACT §1.1. */
    public static final Set<String> KNOWN_SENSOR_TYPES =
            Set.of("heating_energy_kwh", "hot_water_litres", "room_temp_c", "setpoint_temp_c");

    /** Copies the collections. */
    public IngestReport {
        quarantinedByReason = Collections.unmodifiableSortedMap(new TreeMap<>(quarantinedByReason));
        readingsBySensorType = Collections.unmodifiableSortedMap(new TreeMap<>(readingsBySensorType));
        unknownSensorTypes = Collections.unmodifiableSortedMap(new TreeMap<>(unknownSensorTypes));
        perFile = List.copyOf(perFile);
    }

    /**
     * The report of readings read back from the processed zone (Parquet lake) rather than parsed from
     * raw lines: they were validated, quarantined and de-duplicated when they were ingested, so there
     * are no lines, quarantined lines or duplicates to count here.
     *
     * @param partitions day partitions read (reported as files)
     * @param readings readings read back
     * @param apartments apartments with at least one reading
     * @return the report
     */
    public static IngestReport ofProcessedZone(long partitions, long readings, long apartments) {
        return new IngestReport(partitions, 0, 0, readings, readings, 0, 0, new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), 0, 0, apartments, List.of());
    }

    /** @return quarantined lines over lines read, in [0, 1]; 0 when nothing was read */
    public double quarantinedShare() {
        return linesRead == 0 ? 0.0 : (double) quarantinedLines / linesRead;
    }

    /** @return the file with the most quarantined lines (the first in path order on a tie), or null when none */
    public FileReport worstFile() {
        FileReport worst = null;
        for (FileReport f : perFile) {
            if (f.quarantinedLines() > 0 && (worst == null || f.quarantinedLines() > worst.quarantinedLines())) {
                worst = f;
            }
        }
        return worst;
    }

    /** @return this report as one line of JSON (snake_case keys; per-file reports under {@code files_detail}) */
    public String toJson() {
        StringBuilder b = new StringBuilder(256 + 160 * perFile.size());
        b.append("{\"files\":").append(files).append(",\"lines_read\":").append(linesRead)
                .append(",\"blank_lines\":").append(blankLines).append(",\"readings\":").append(readings)
                .append(",\"readings_kept\":").append(readingsKept).append(",\"duplicates_dropped\":").append(duplicatesDropped)
                .append(",\"quarantined_lines\":").append(quarantinedLines)
                .append(",\"quarantined_share\":").append(quarantinedShare())
                .append(",\"quarantined_by_reason\":");
        counts(quarantinedByReason, b);
        b.append(",\"readings_by_sensor_type\":");
        counts(readingsBySensorType, b);
        b.append(",\"unknown_sensor_types\":");
        counts(unknownSensorTypes, b);
        b.append(",\"out_of_order_lines\":").append(outOfOrderLines).append(",\"late_lines\":").append(lateLines)
                .append(",\"apartments\":").append(apartments).append(",\"files_detail\":[");
        for (int i = 0; i < perFile.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            perFile.get(i).appendJson(b);
        }
        return b.append("]}").toString();
    }

    private static void counts(Map<String, Long> m, StringBuilder b) {
        b.append('{');
        boolean first = true;
        for (Map.Entry<String, Long> e : m.entrySet()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            JsonText.quote(Objects.requireNonNull(e.getKey()), b);
            b.append(':').append(e.getValue());
        }
        b.append('}');
    }
}
