package io.iotad.features.ingest;

import io.iotad.features.readings.ApartmentReadings;
import java.util.List;
import java.util.Objects;

/**
 * What a successful ingestion produced.
 *
 * @param apartments per-apartment readings, sorted by apartment id
 * @param report the run report
 * @param quarantine the quarantined lines, in file-path then line order
 */
public record IngestResult(List<ApartmentReadings> apartments, IngestReport report, List<QuarantineRecord> quarantine) {
    /** Copies the lists. */
    public IngestResult {
        apartments = List.copyOf(apartments);
        Objects.requireNonNull(report, "report");
        quarantine = List.copyOf(quarantine);
    }
}
