package io.iotad.pipeline.run;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What one named workflow step did.
 *
 * @param name the step's name, as in the seed's Step Functions (e.g. {@code FeatureEngineering})
 * @param status {@code Succeeded}, {@code Failed} or {@code Skipped}
 * @param startedAt when it started
 * @param durationMillis how long it ran, in milliseconds, at least 0
 * @param facts what it counted or measured (row counts, quarantined lines, metrics): JSON-compatible values
 * @param failure the failure message, empty unless it failed
 */
public record StepReport(String name, String status, Instant startedAt, long durationMillis, Map<String, Object> facts,
                         String failure) {
    /** Validates and copies the fields. */
    public StepReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        facts = Map.copyOf(facts);
        failure = failure == null ? "" : failure;
    }
}
