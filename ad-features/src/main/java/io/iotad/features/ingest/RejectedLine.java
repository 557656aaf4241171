package io.iotad.features.ingest;

/**
 * Signals inside the line parser that a line is to be quarantined. Carries no stack trace: bad lines are
 * data, not bugs, and a corrupt feed can produce many.
 */
final class RejectedLine extends Exception {
    private static final long serialVersionUID = 1L;

    private final QuarantineReason reason;
    private final String detail;

    RejectedLine(QuarantineReason reason, String detail) {
        super(reason.code() + ": " + detail, null, false, false);
        this.reason = reason;
        this.detail = detail;
    }

    QuarantineReason reason() {
        return reason;
    }

    String detail() {
        return detail;
    }
}
