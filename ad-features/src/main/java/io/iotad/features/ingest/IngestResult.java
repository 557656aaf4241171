package io.iotad.features.ingest;

import io.iotad.features.readings.ApartmentReadings;
import java.util.List;
import java.util.Objects;

/**
 * What a successful ingestion produced.
 *
 * @param apartments per-apartment readings, sorted by apartment id
 * @param report the run report
 * @param quarantine the first {@value #MAX_QUARANTINE_SAMPLE} quarantined lines, in file-path then line order
 *     (all of them are in the quarantine file and counted in the report)
 */
public record IngestResult(List<ApartmentReadings> apartments, IngestReport report, List<QuarantineRecord> quarantine) {
    /** Most quarantined lines kept in memory in a result; a feed that is bad throughout cannot exhaust memory. */
    public static final int MAX_QUARANTINE_SAMPLE = 1_000;

    /** Copies the lists. */
    public IngestResult {
        apartments = List.copyOf(apartments);
        Objects.requireNonNull(report, "report");
        quarantine = List.copyOf(quarantine);
    }
}
