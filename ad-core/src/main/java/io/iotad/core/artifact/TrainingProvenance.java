package io.iotad.core.artifact;

import io.iotad.core.detect.FitContext;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a model was fitted, beyond the data's {@link TrainingLineage}: the fit's seed and thread
 * count, a hash of the verdicts used and the environment that ran the fit. Recorded in the
 * manifest's optional {@code provenance} object; every field is absent ({@code null} or empty) in
 * artifacts written before provenance existed.
 *
 * @param seed the fit's random seed; null when unknown
 * @param threads worker threads the fit was allowed, at least 1; null when unknown
 * @param labelsSha256 hex SHA-256 of the verdicts used, see {@link #labelsHash(Labels)}; null when unknown
 * @param environment the fitting environment, e.g. {@code java.version}, {@code os.arch},
 *     {@code native.xgboost4j} (see
 *     {@link #currentEnvironment()}); empty when unknown
 * @param tuning where the hyperparameters came from when they were chosen by {@code iotad tune} and given
 *     with {@code iotad train --params}: the parameters file, its SHA-256, the strategy, the options and
 *     the study (trial, seed, folds, scores); JSON-compatible values; empty when the parameters were not tuned
 */
public record TrainingProvenance(Long seed, Integer threads, String labelsSha256, Map<String, String> environment,
                                 Map<String, Object> tuning) {
    /** Provenance of an artifact written before provenance was recorded: every field absent. */
    public static final TrainingProvenance UNKNOWN = new TrainingProvenance(null, null, null, Map.of());

    private static final byte[] LABELS_TAG = "iotad-labels-v1".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> ENVIRONMENT_PROPERTIES = List.of(
            "java.version", "java.vendor", "java.vm.name", "os.name", "os.arch", "os.version");

    /** Validates the fields and copies the environment (sorted by key). */
    public TrainingProvenance {
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (labelsSha256 != null && !labelsSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("labelsSha256 must be 64 lower-case hex digits, got '" + labelsSha256 + "'");
        }
        environment = environment == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(environment));
        tuning = tuning == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tuning));
    }

    /**
     * Provenance without a tuning record.
     *
     * @param seed the fit's random seed; null when unknown
     * @param threads worker threads, at least 1; null when unknown
     * @param labelsSha256 hex SHA-256 of the verdicts used; null when unknown
     * @param environment the fitting environment; empty when unknown
     */
    public TrainingProvenance(Long seed, Integer threads, String labelsSha256, Map<String, String> environment) {
        this(seed, threads, labelsSha256, environment, Map.of());
    }

    /**
     * @param record where the hyperparameters came from (JSON-compatible), see {@link #tuning()}
     * @return a copy with that tuning record
     */
    public TrainingProvenance withTuning(Map<String, Object> record) {
        return new TrainingProvenance(seed, threads, labelsSha256, environment, record);
    }

    /**
     * The provenance of a fit run here and now.
     *
     * @param ctx the fit's context (seed and threads)
     * @param labels the verdicts the fit was given (may be empty)
     * @return seed, threads, {@link #labelsHash(Labels)} and {@link #currentEnvironment()}
     */
    public static TrainingProvenance of(FitContext ctx, Labels labels) {
        return new TrainingProvenance(ctx.seed(), ctx.threads(), labelsHash(labels), currentEnvironment());
    }

    /** @return whether every field is absent (nothing is written to the manifest then) */
    public boolean isUnknown() {
        return seed == null && threads == null && labelsSha256 == null && environment.isEmpty() && tuning.isEmpty();
    }

    /**
     * @param more entries to add to the environment, e.g. {@code native.xgboost4j}
     * @return a copy with those entries added (replacing those of the same key)
     */
    public TrainingProvenance withEnvironment(Map<String, String> more) {
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.putAll(more);
        return new TrainingProvenance(seed, threads, labelsSha256, env, tuning);
    }

    /**
     * The running JVM and OS, and the native libraries on the class path: the system properties
     * {@code java.version}, {@code java.vendor}, {@code java.vm.name}, {@code os.name}, {@code os.arch}
     * and {@code os.version} (those set), and {@code native.<library>} for each library
     * {@link NativeLibraries#versions()} finds (xgboost4j, DuckDB and SQLite JDBC, libsvm), its version
     * as its jar states it.
     *
     * @return the entries by name, sorted
     */
    public static Map<String, String> currentEnvironment() {
        Map<String, String> env = new TreeMap<>();
        for (String p : ENVIRONMENT_PROPERTIES) {
            String v = System.getProperty(p);
            if (v != null) {
                env.put(p, v);
            }
        }
        env.putAll(NativeLibraries.versions());
        return env;
    }

    /**
     * The hex SHA-256 of a set of verdicts, independent of the order they were read in. Byte order
     * (integers big-endian, strings as an int32 length then UTF-8 bytes): the ASCII tag
     * {@code iotad-labels-v1}; the verdict count (int64); then per verdict, sorted by apartment id
     * then event date, the apartment id, the date as epoch day (int64), the label (int32, 0 or 1)
     * and the cause.
     *
     * @param labels the verdicts (may be empty)
     * @return 64 lower-case hex digits; equal verdict sets give equal hashes
     */
    public static String labelsHash(Labels labels) {
        List<Label> sorted = new ArrayList<>(labels.all());
        sorted.sort(Comparator.comparing(Label::apartmentId).thenComparing(Label::eventDate));
        MessageDigest sha = FrameContentHash.sha256();
        sha.update(LABELS_TAG);
        sha.update(ByteBuffer.allocate(8).putLong(sorted.size()).array());
        for (Label l : sorted) {
            string(sha, l.apartmentId());
            sha.update(ByteBuffer.allocate(12).putLong(l.eventDate().toEpochDay()).putInt(l.label()).array());
            string(sha, l.cause());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void string(MessageDigest sha, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(b.length).array());
        sha.update(b);
    }
}
