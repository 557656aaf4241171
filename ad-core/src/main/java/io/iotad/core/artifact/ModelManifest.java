package io.iotad.core.artifact;

import io.iotad.core.explain.FeatureBaseline;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code manifest.json} of a {@code model.tar.gz}: what the payload is and where it came from.
 *
 * @param formatVersion version of the artifact layout itself, at least 1
 * @param strategy detector strategy name, e.g. {@code isolation_forest}
 * @param payloadVersion version of the strategy's payload codec that wrote the payload
 * @param options the detector's options as written by {@link io.iotad.core.detect.DetectorOptions#toMap()}
 * @param features feature names the detector reads, in order
 * @param missingValuePolicy the detector's {@link io.iotad.core.detect.MissingValuePolicy} name
 * @param featurePipeline the feature pipeline's serialised spec (JSON-compatible map); empty when unknown
 * @param lineage the training data's lineage
 * @param metrics evaluation metrics known when the artifact was written (may be empty)
 * @param libraryVersion iotad version that wrote the artifact
 * @param createdAt when the artifact was written
 * @param payloadSha256 hex SHA-256 of the payload bytes, checked on load
 * @param featureBaseline the training data's median and robust scale of each feature, which the
 *     reasons of scored rows are measured against ({@code feature_baseline}); empty in artifacts
 *     written before reasons existed
 * @param provenance the fit's seed, threads, labels hash and environment ({@code provenance});
 *     {@link TrainingProvenance#UNKNOWN} in artifacts written before provenance existed
 */
public record ModelManifest(int formatVersion, String strategy, int payloadVersion, Map<String, Object> options,
                            List<String> features, String missingValuePolicy, Map<String, Object> featurePipeline,
                            TrainingLineage lineage, Map<String, Double> metrics, String libraryVersion,
                            Instant createdAt, String payloadSha256, FeatureBaseline featureBaseline,
                            TrainingProvenance provenance) {
    /** Validates and copies the fields. */
    public ModelManifest {
        if (formatVersion < 1) {
            throw new IllegalArgumentException("formatVersion must be >= 1, got " + formatVersion);
        }
        Objects.requireNonNull(strategy, "strategy");
        options = Map.copyOf(options);
        features = List.copyOf(features);
        Objects.requireNonNull(missingValuePolicy, "missingValuePolicy");
        featurePipeline = featurePipeline == null ? Map.of() : Map.copyOf(featurePipeline);
        Objects.requireNonNull(lineage, "lineage");
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(payloadSha256, "payloadSha256");
        featureBaseline = featureBaseline == null ? FeatureBaseline.EMPTY : featureBaseline;
        provenance = provenance == null ? TrainingProvenance.UNKNOWN : provenance;
    }

    /**
     * A manifest without provenance (as written before provenance existed).
     *
     * @param formatVersion version of the artifact layout itself, at least 1
     * @param strategy detector strategy name
     * @param payloadVersion version of the strategy's payload codec
     * @param options the detector's options
     * @param features feature names the detector reads, in order
     * @param missingValuePolicy the detector's missing-value policy name
     * @param featurePipeline the feature pipeline's serialised spec
     * @param lineage the training data's lineage
     * @param metrics evaluation metrics
     * @param libraryVersion iotad version that wrote the artifact
     * @param createdAt when the artifact was written
     * @param payloadSha256 hex SHA-256 of the payload bytes
     * @param featureBaseline the training data's medians and robust scales
     */
    public ModelManifest(int formatVersion, String strategy, int payloadVersion, Map<String, Object> options,
                         List<String> features, String missingValuePolicy, Map<String, Object> featurePipeline,
                         TrainingLineage lineage, Map<String, Double> metrics, String libraryVersion,
                         Instant createdAt, String payloadSha256, FeatureBaseline featureBaseline) {
        this(formatVersion, strategy, payloadVersion, options, features, missingValuePolicy, featurePipeline, lineage,
                metrics, libraryVersion, createdAt, payloadSha256, featureBaseline, TrainingProvenance.UNKNOWN);
    }

    /**
     * A manifest without a feature baseline (as written before reasons existed).
     *
     * @param formatVersion version of the artifact layout itself, at least 1
     * @param strategy detector strategy name
     * @param payloadVersion version of the strategy's payload codec
     * @param options the detector's options
     * @param features feature names the detector reads, in order
     * @param missingValuePolicy the detector's missing-value policy name
     * @param featurePipeline the feature pipeline's serialised spec
     * @param lineage the training data's lineage
     * @param metrics evaluation metrics
     * @param libraryVersion iotad version that wrote the artifact
     * @param createdAt when the artifact was written
     * @param payloadSha256 hex SHA-256 of the payload bytes
     */
    public ModelManifest(int formatVersion, String strategy, int payloadVersion, Map<String, Object> options,
                         List<String> features, String missingValuePolicy, Map<String, Object> featurePipeline,
                         TrainingLineage lineage, Map<String, Double> metrics, String libraryVersion,
                         Instant createdAt, String payloadSha256) {
        this(formatVersion, strategy, payloadVersion, options, features, missingValuePolicy, featurePipeline, lineage,
                metrics, libraryVersion, createdAt, payloadSha256, FeatureBaseline.EMPTY);
    }

    /**
     * @return this manifest as the {@code manifest.json} text the artifact stores (UTF-8, indented,
     *     fields in the documented order)
     */
    public String toJson() {
        try {
            return new String(ManifestJson.write(this), java.nio.charset.StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a validated manifest always serialises", e);
        }
    }
}
