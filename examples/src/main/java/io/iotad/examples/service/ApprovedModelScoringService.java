package io.iotad.examples.service;

import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.core.score.Scores;
import io.iotad.features.contract.DataContract;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.features.scoring.ModelScoring;
import io.iotad.pipeline.registry.FileModelRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Scores one day with the latest approved model of a registry group, through the library API alone:
 * {@link ModelRegistry#latestApproved} → {@link ModelArtifact#read} → {@link ModelScoring}, the
 * scoring path the inference and evaluation workflows take (the feature pipeline rebuilt from the
 * spec the artifact records, the data contract on the day, the day scored in the context of the
 * days before it) → a ranking, most anomalous first.
 *
 * <p>The pipeline comes from the artifact, never from this service's configuration, so the service
 * computes features exactly as training did; and the day is scored with the history the readings
 * hold, so a model that looks back along each apartment's days (STL, history rules) ranks the day as
 * the inference workflow does. The model is looked up on every call, so a newly approved version is
 * used from the next call on. Safe to share between threads.
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
     *     lags, rolling windows and the model's detector look back over (a week for the standard
     *     features; {@link io.iotad.core.detect.Detector#historyDays()} more for a detector with history)
     * @param weatherByBuilding hourly weather by building id; a building without any gets missing weather features
     * @return the day's scored apartments, most anomalous first (unscored apartments are left out)
     * @throws IOException when the model's artifact cannot be read
     * @throws NoSuchElementException when the group has no approved model
     * @throws IllegalArgumentException when no readings cover {@code day}, or the model was trained on a
     *     features CSV and records no feature pipeline
     * @throws io.iotad.features.contract.ContractViolationException when the day's features break the data contract
     */
    public List<ScoredApartment> scoreDay(LocalDate day, Collection<ApartmentReadings> apartments,
                                          Map<String, HourlyWeather> weatherByBuilding) throws IOException {
        Objects.requireNonNull(day, "day");
        ModelPackage pkg = registry.latestApproved(group).orElseThrow(() -> new NoSuchElementException(
                "no Approved model in registry group '" + group + "'; train one and approve it"));
        ModelScoring scoring = new ModelScoring(pkg.id(), ModelArtifact.read(registry.artifactPath(pkg)), contract,
                ProgressListener.NONE);
        Map<String, Object> facts = new HashMap<>();
        FeatureFrame all = scoring.checkDays(scoring.features(apartments, weatherByBuilding, facts), day, day, facts);
        Scores scores = scoring.score(all, day, day, facts);
        FeatureFrame rows = scores.rows();
        int[] ranking = scores.ranking();
        List<ScoredApartment> out = new ArrayList<>(ranking.length);
        for (int i : ranking) {
            out.add(new ScoredApartment(out.size() + 1, rows.apartmentId(i), rows.buildingId(i), day, scores.score(i), pkg.id()));
        }
        return out;
    }
}
