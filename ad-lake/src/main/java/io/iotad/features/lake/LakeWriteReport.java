package io.iotad.features.lake;

import io.iotad.features.ingest.JsonText;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one write to the processed zone did.
 *
 * @param rowsByDay rows in each day partition written (after merging with what it held), by UTC day, sorted
 * @param rowsFromBatch rows built from the batch (one per apartment, room and instant)
 * @param readingsNotStored readings of sensor types the processed schema has no column for, per type: counted
 *     here, not stored (they stay in the raw zone)
 */
public record LakeWriteReport(SortedMap<LocalDate, Long> rowsByDay, long rowsFromBatch, SortedMap<String, Long> readingsNotStored) {
    /** Copies the maps. */
    public LakeWriteReport {
        rowsByDay = Collections.unmodifiableSortedMap(new TreeMap<>(rowsByDay));
        readingsNotStored = Collections.unmodifiableSortedMap(new TreeMap<>(readingsNotStored));
    }

    /** @return rows in all day partitions written */
    public long rowsWritten() {
        return rowsByDay.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return this report as one JSON object (days as {@code YYYY-MM-DD} keys) */
    public String toJson() {
        StringBuilder b = new StringBuilder("{\"days_written\":").append(rowsByDay.size())
                .append(",\"rows_from_batch\":").append(rowsFromBatch).append(",\"rows_written\":").append(rowsWritten())
                .append(",\"readings_not_stored\":{");
        boolean first = true;
        for (Map.Entry<String, Long> e : readingsNotStored.entrySet()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            JsonText.quote(e.getKey(), b);
            b.append(':').append(e.getValue());
        }
        return b.append("}}").toString();
    }
}
