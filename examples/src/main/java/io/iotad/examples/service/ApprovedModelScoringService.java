package io.iotad.examples.service;

import io.iotad.core.artifact.LoadedModel;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.core.score.Scores;
import io.iotad.features.contract.DataContract;
import io.iotad.features.pipeline.FeaturePipeline;
import io.iotad.features.pipeline.FeaturePipelineSpec;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.pipeline.registry.FileModelRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Scores one day with the latest approved model of a registry group, through the library API alone:
 * {@link ModelRegistry#latestApproved} → {@link ModelArtifact#read} → the feature pipeline rebuilt
 * from the spec the artifact records ({@link FeaturePipelineSpec#fromMap}) → {@link FeaturePipeline}
 * → the detector's scores → a ranking, most anomalous first.
 *
 * <p>The pipeline comes from the artifact, never from this service's configuration, so the service
 * computes features exactly as training did. The model is looked up on every call, so a newly
 * approved version is used from the next call on. Safe to share between threads.
 */
public final class ApprovedModelScoringService {
    /** Default largest share of missing values a critical feature may have on the scored day. */
    public static final double DEFAULT_MAX_NULL_RATE = 0.05;

    private final ModelRegistry registry;
    private final String group;
    private final DataContract contract;

    /**
     * @param registry where the approved model is found
     * @param group the registry group, e.g. {@code global} or a building archetype
     * @param maxNullRate largest share of missing values of a critical feature on the scored day, in [0, 1];
     *     a day over it is refused (the seed's Challenge 1: a weather feed that failed)
     */
    public ApprovedModelScoringService(ModelRegistry registry, String group, double maxNullRate) {
        this.registry = Objects.requireNonNull(registry, "registry");
        if (group == null || group.isBlank()) {
            throw new IllegalArgumentException("group must be a registry group name, got '" + group + "'");
        }
        if (!(maxNullRate >= 0 && maxNullRate <= 1)) {
            throw new IllegalArgumentException("maxNullRate must be in [0, 1], got " + maxNullRate);
        }
        this.group = group;
        this.contract = DataContract.standard(maxNullRate);
    }

    /**
     * A service over a local registry folder (the one {@code iotad train} registers into), with
     * the default null-rate limit.
     *
     * @param registryRoot the registry's folder
     * @param group the registry group
     * @return the service
     * @throws IOException when the registry folder cannot be opened
     */
    public static ApprovedModelScoringService overFolder(Path registryRoot, String group) throws IOException {
        return new ApprovedModelScoringService(new FileModelRegistry(registryRoot), group, DEFAULT_MAX_NULL_RATE);
    }

    /**
     * Scores one day.
     *
     * @param day the day to score
     * @param apartments the apartments' readings, covering {@code day} and the days before it that
     *     lags and rolling windows look back over (a week is enough for the standard features)
     * @param weatherByBuilding hourly weather by building id; a building without any gets missing weather features
     * @return the day's scored apartments, most anomalous first (unscored apartments are left out)
     * @throws IOException when the model's artifact cannot be read
     * @throws NoSuchElementException when the group has no approved model
     * @throws IllegalArgumentException when no readings cover {@code day}
     * @throws io.iotad.features.contract.ContractViolationException when the day's features break the data contract
     */
    public List<ScoredApartment> scoreDay(LocalDate day, Collection<ApartmentReadings> apartments,
                                          Map<String, HourlyWeather> weatherByBuilding) throws IOException {
        Objects.requireNonNull(day, "day");
        ModelPackage pkg = registry.latestApproved(group).orElseThrow(() -> new NoSuchElementException(
                "no Approved model in registry group '" + group + "'; train one and approve it"));
        LoadedModel model = ModelArtifact.read(registry.artifactPath(pkg));
        if (model.manifest().featurePipeline().isEmpty()) {
            throw new IllegalStateException("model " + pkg.id() + " records no feature pipeline; it was trained on a "
                    + "features CSV and can only score such a CSV");
        }
        FeaturePipeline pipeline = new FeaturePipeline(FeaturePipelineSpec.fromMap(model.manifest().featurePipeline()));
        FeatureFrame all = pipeline.run(apartments, weatherByBuilding, ProgressListener.NONE);
        long epochDay = day.toEpochDay();
        FeatureFrame rows = all.filter(i -> all.epochDay(i) == epochDay);
        if (rows.rowCount() == 0) {
            throw new IllegalArgumentException("no readings cover " + day + "; the readings given cover other days");
        }
        contract.enforce(rows);
        Scores scores = model.detector().score(rows);
        int[] ranking = scores.ranking();
        List<ScoredApartment> out = new ArrayList<>(ranking.length);
        for (int i : ranking) {
            out.add(new ScoredApartment(out.size() + 1, rows.apartmentId(i), rows.buildingId(i), day, scores.score(i), pkg.id()));
        }
        return out;
    }
}
