package io.iotad.features.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Options of raw ingestion, validated on construction.
 *
 * @param maxQuarantineShare the largest quarantined share of lines a run may have, in [0, 1]; above it the
 *     run fails with {@link QuarantineLimitExceededException} (default {@value #DEFAULT_MAX_QUARANTINE_SHARE})
 * @param threads files parsed in parallel, at least 1 (default: available processors); results do not
 *     depend on it
 * @param maxLineBytes the longest line accepted, in bytes, at least 1,024 (default {@value #DEFAULT_MAX_LINE_BYTES});
 *     a longer line is quarantined as {@link QuarantineReason#LINE_TOO_LONG}
 * @param quarantineFile where quarantined lines are written as JSON Lines, or null to keep them only
 *     in the result
 * @param plausibleTimestamps the window of plausible reading instants; lines outside it are quarantined
 * @param clock the run's clock, the reference of {@link PlausibleTimestamps} (default: when the options were made)
 */
public record IngestOptions(double maxQuarantineShare, int threads, int maxLineBytes, Path quarantineFile,
                            PlausibleTimestamps plausibleTimestamps, Instant clock) {
    /** Default limit on the quarantined share of lines: 1% (DATA-CONTRACT §1.1). */
    public static final double DEFAULT_MAX_QUARANTINE_SHARE = 0.01;
    /** Default longest line, bytes: 1 MiB. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;
    /** Smallest allowed {@link #maxLineBytes()}. */
    public static final int MIN_MAX_LINE_BYTES = 1024;

    /** Validates the options. */
    public IngestOptions {
        if (!(maxQuarantineShare >= 0.0 && maxQuarantineShare <= 1.0)) {
            throw new IllegalArgumentException("maxQuarantineShare must be in [0, 1], was " + maxQuarantineShare);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (maxLineBytes < MIN_MAX_LINE_BYTES) {
            throw new IllegalArgumentException("maxLineBytes must be >= " + MIN_MAX_LINE_BYTES + ", was " + maxLineBytes);
        }
        Objects.requireNonNull(plausibleTimestamps, "plausibleTimestamps");
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * Options with the default timestamp window and the current time as the run's clock.
     *
     * @param maxQuarantineShare the largest quarantined share of lines, in [0, 1]
     * @param threads files parsed in parallel, at least 1
     * @param maxLineBytes the longest line accepted, at least {@value #MIN_MAX_LINE_BYTES}
     * @param quarantineFile where quarantined lines are written, or null
     */
    public IngestOptions(double maxQuarantineShare, int threads, int maxLineBytes, Path quarantineFile) {
        this(maxQuarantineShare, threads, maxLineBytes, quarantineFile, PlausibleTimestamps.defaults(), Instant.now());
    }

    /** @return the defaults: 1% limit, all processors, 1 MiB lines, no quarantine file, default timestamp window, now */
    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_QUARANTINE_SHARE, Runtime.getRuntime().availableProcessors(),
                DEFAULT_MAX_LINE_BYTES, null);
    }

    /**
     * @param share the largest quarantined share of lines, in [0, 1]
     * @return a copy with that quarantine limit
     */
    public IngestOptions withMaxQuarantineShare(double share) {
        return new IngestOptions(share, threads, maxLineBytes, quarantineFile, plausibleTimestamps, clock);
    }

    /**
     * @param n files parsed in parallel, at least 1
     * @return a copy with that thread count
     */
    public IngestOptions withThreads(int n) {
        return new IngestOptions(maxQuarantineShare, n, maxLineBytes, quarantineFile, plausibleTimestamps, clock);
    }

    /**
     * @param bytes the longest line accepted, in bytes, at least {@value #MIN_MAX_LINE_BYTES}
     * @return a copy with that line limit
     */
    public IngestOptions withMaxLineBytes(int bytes) {
        return new IngestOptions(maxQuarantineShare, threads, bytes, quarantineFile, plausibleTimestamps, clock);
    }

    /**
     * @param file where quarantined lines are written as JSON Lines, or null to keep them only in the result
     * @return a copy writing quarantined lines there
     */
    public IngestOptions withQuarantineFile(Path file) {
        return new IngestOptions(maxQuarantineShare, threads, maxLineBytes, file, plausibleTimestamps, clock);
    }

    /**
     * @param window the window of plausible reading instants
     * @return a copy with that window
     */
    public IngestOptions withPlausibleTimestamps(PlausibleTimestamps window) {
        return new IngestOptions(maxQuarantineShare, threads, maxLineBytes, quarantineFile, window, clock);
    }

    /**
     * @param now the run's clock, the reference of the timestamp window
     * @return a copy with that clock
     */
    public IngestOptions withClock(Instant now) {
        return new IngestOptions(maxQuarantineShare, threads, maxLineBytes, quarantineFile, plausibleTimestamps, now);
    }
}
