package io.iotad.features.ingest;

import io.iotad.core.data.DataException;
import java.util.Locale;

/**
 * A run whose quarantined share of lines exceeds {@link IngestOptions#maxQuarantineShare()}: the message
 * names the share, the limit and the worst file (DATA-CONTRACT §1.1: fail loudly).
 */
public final class QuarantineLimitExceededException extends DataException {
    private static final long serialVersionUID = 1L;

    private final transient IngestReport report;

    /**
     * @param report the report of the failed run
     * @param limit the configured limit, in [0, 1]
     */
    public QuarantineLimitExceededException(IngestReport report, double limit) {
        super(worst(report), 0, "quarantined share", describe(report),
                String.format(Locale.ROOT, "at most %.4f%% of lines quarantined (max quarantine share %s); worst file: %s",
                        100 * limit, limit, worstDetail(report)));
        this.report = report;
    }

    /** @return the report of the failed run */
    public IngestReport report() {
        return report;
    }

    private static String worst(IngestReport r) {
        FileReport f = r.worstFile();
        return f == null ? "(no file)" : f.file();
    }

    private static String describe(IngestReport r) {
        return String.format(Locale.ROOT, "%.4f%% (%d of %d lines)", 100 * r.quarantinedShare(), r.quarantinedLines(),
                r.linesRead());
    }

    private static String worstDetail(IngestReport r) {
        FileReport f = r.worstFile();
        if (f == null) {
            return "(none)";
        }
        return String.format(Locale.ROOT, "%s with %d of %d lines quarantined (%.2f%%)", f.file(), f.quarantinedLines(),
                f.lines(), 100 * f.quarantinedShare());
    }
}
