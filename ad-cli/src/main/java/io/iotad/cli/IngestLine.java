package io.iotad.cli;

import io.iotad.features.ingest.IngestReport;
import java.util.Locale;

/** The line the workflow commands print about what reading the telemetry counted. */
final class IngestLine {
    private IngestLine() {
    }

    /**
     * @param ingest what ingestion read, quarantined and dropped
     * @return e.g. {@code ingested 89413 readings of 20 apartments; quarantined 10 lines (0.027%), dropped 29 duplicates}
     */
    static String of(IngestReport ingest) {
        return String.format(Locale.ROOT, "ingested %d readings of %d apartments; quarantined %d lines (%.3f%%), "
                        + "dropped %d duplicates", ingest.readingsKept(), ingest.apartments(), ingest.quarantinedLines(),
                100 * ingest.quarantinedShare(), ingest.duplicatesDropped());
    }
}
