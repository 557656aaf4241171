package io.iotad.core.artifact;

import io.iotad.core.explain.FeatureBaseline;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a trainer knows about a model beyond the detector itself, recorded in its manifest.
 *
 * @param lineage where the training data came from
 * @param featurePipeline the feature pipeline's serialised spec (JSON-compatible map); empty when unknown
 * @param metrics evaluation metrics known when the artifact is written, finite values; may be empty
 * @param createdAt when the artifact is written, kept to the millisecond (also the tar entries' modification time)
 * @param featureBaseline the training data's median and robust scale per feature (reasons are
 *     measured against it); {@link FeatureBaseline#EMPTY} when not measured
 * @param provenance the fit's seed, threads, labels hash and environment;
 *     {@link TrainingProvenance#UNKNOWN} when not recorded
 */
public record ArtifactMetadata(TrainingLineage lineage, Map<String, Object> featurePipeline,
                               Map<String, Double> metrics, Instant createdAt, FeatureBaseline featureBaseline,
                               TrainingProvenance provenance) {
    /** Validates the fields and copies the maps. */
    public ArtifactMetadata {
        Objects.requireNonNull(lineage, "lineage");
        featurePipeline = featurePipeline == null ? Map.of() : Map.copyOf(featurePipeline);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        for (Map.Entry<String, Double> e : metrics.entrySet()) {
            if (!Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("metric '" + e.getKey() + "' must be finite, got " + e.getValue());
            }
        }
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MILLIS);
        featureBaseline = featureBaseline == null ? FeatureBaseline.EMPTY : featureBaseline;
        provenance = provenance == null ? TrainingProvenance.UNKNOWN : provenance;
    }

    /**
     * Metadata without provenance.
     *
     * @param lineage where the training data came from
     * @param featurePipeline the feature pipeline's serialised spec; empty when unknown
     * @param metrics evaluation metrics, finite values; may be empty
     * @param createdAt when the artifact is written
     * @param featureBaseline the training data's medians and scales
     */
    public ArtifactMetadata(TrainingLineage lineage, Map<String, Object> featurePipeline, Map<String, Double> metrics,
                            Instant createdAt, FeatureBaseline featureBaseline) {
        this(lineage, featurePipeline, metrics, createdAt, featureBaseline, TrainingProvenance.UNKNOWN);
    }

    /**
     * @param fit the fit's seed, threads, labels hash and environment
     * @return a copy with that provenance
     */
    public ArtifactMetadata withProvenance(TrainingProvenance fit) {
        return new ArtifactMetadata(lineage, featurePipeline, metrics, createdAt, featureBaseline, fit);
    }

    /**
     * Metadata without a feature baseline.
     *
     * @param lineage where the training data came from
     * @param featurePipeline the feature pipeline's serialised spec; empty when unknown
     * @param metrics evaluation metrics, finite values; may be empty
     * @param createdAt when the artifact is written
     */
    public ArtifactMetadata(TrainingLineage lineage, Map<String, Object> featurePipeline, Map<String, Double> metrics,
                            Instant createdAt) {
        this(lineage, featurePipeline, metrics, createdAt, FeatureBaseline.EMPTY);
    }

    /**
     * @param baseline the training data's medians and scales
     * @return a copy with that baseline
     */
    public ArtifactMetadata withFeatureBaseline(FeatureBaseline baseline) {
        return new ArtifactMetadata(lineage, featurePipeline, metrics, createdAt, baseline, provenance);
    }

    /**
     * @param lineage where the training data came from
     * @return metadata with no pipeline spec, no metrics, created now
     */
    public static ArtifactMetadata of(TrainingLineage lineage) {
        return new ArtifactMetadata(lineage, Map.of(), Map.of(), Instant.now());
    }

    /**
     * @param spec the feature pipeline's serialised spec
     * @return a copy with that spec
     */
    public ArtifactMetadata withFeaturePipeline(Map<String, Object> spec) {
        return new ArtifactMetadata(lineage, spec, metrics, createdAt, featureBaseline, provenance);
    }

    /**
     * @param more metrics to add (replacing those of the same name)
     * @return a copy with the metrics added
     */
    public ArtifactMetadata withMetrics(Map<String, Double> more) {
        Map<String, Double> m = new LinkedHashMap<>(metrics);
        m.putAll(more);
        return new ArtifactMetadata(lineage, featurePipeline, m, createdAt, featureBaseline, provenance);
    }

    /**
     * @param when the creation time to record
     * @return a copy with that creation time (for reproducible artifacts)
     */
    public ArtifactMetadata withCreatedAt(Instant when) {
        return new ArtifactMetadata(lineage, featurePipeline, metrics, when, featureBaseline, provenance);
    }
}
