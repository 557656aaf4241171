package io.iotad.simulator.output;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One injected data fault, as written to data_faults.csv.
 *
 * @param id identifier such as {@code df_00003}, unique in the run
 * @param kind what was injected
 * @param buildingId the building concerned, or empty
 * @param apartmentId the apartment concerned, or empty
 * @param date the calendar day the affected data belongs to
 * @param file the affected file relative to the output folder (with '/' separators), or empty
 * @param line the 1-based line number in that file, or 0 when not about one line
 * @param detail a short human-readable description
 */
public record DataFaultRecord(String id, DataFaultKind kind, String buildingId, String apartmentId, LocalDate date,
        String file, long line, String detail) {
    /** Validates and normalises the fields. */
    public DataFaultRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        buildingId = buildingId == null ? "" : buildingId;
        apartmentId = apartmentId == null ? "" : apartmentId;
        file = file == null ? "" : file;
        detail = detail == null ? "" : detail;
    }
}
