package io.iotad.pipeline.workflow;

import io.iotad.core.registry.ModelPackage;
import io.iotad.features.scoring.ModelScoring;
import io.iotad.pipeline.alerting.ThresholdFromLabels;
import io.iotad.pipeline.monitoring.FeatureProfile;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An approved model of the inference workflow, read back from its artifact and ready to score.
 * Identity matters (not a record): each instance is one route of {@link ApprovedModels}, a key of
 * the routed frames.
 */
final class ApprovedModel {
    private final ModelPackage pkg;
    private final ModelScoring scoring;
    private final Optional<FeatureProfile> profile;
    private final Optional<ThresholdFromLabels.Choice> fromLabels;
    private final LocalDate trainedTo;

    /**
     * @param pkg the registry package
     * @param scoring its scoring path
     * @param profile the training run's feature profile (drift monitoring), when the artifact has one
     * @param fromLabels the threshold chosen from labels at training, when the artifact has one
     * @param trainedTo the last day of its training data, null when the lineage has none
     */
    ApprovedModel(ModelPackage pkg, ModelScoring scoring, Optional<FeatureProfile> profile,
                  Optional<ThresholdFromLabels.Choice> fromLabels, LocalDate trainedTo) {
        this.pkg = Objects.requireNonNull(pkg, "pkg");
        this.scoring = Objects.requireNonNull(scoring, "scoring");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.fromLabels = Objects.requireNonNull(fromLabels, "fromLabels");
        this.trainedTo = trainedTo;
    }

    ModelPackage pkg() {
        return pkg;
    }

    ModelScoring scoring() {
        return scoring;
    }

    Optional<FeatureProfile> profile() {
        return profile;
    }

    Optional<ThresholdFromLabels.Choice> fromLabels() {
        return fromLabels;
    }

    LocalDate trainedTo() {
        return trainedTo;
    }
}
