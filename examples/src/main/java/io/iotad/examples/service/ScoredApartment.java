package io.iotad.examples.service;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One apartment-day in a ranking, most anomalous first.
 *
 * @param rank position in the day's ranking, from 1
 * @param apartmentId the apartment
 * @param buildingId its building
 * @param day the scored day
 * @param score the model's anomaly score, higher = more anomalous (finite: unscored rows are not ranked)
 * @param modelVersion the model package that scored it, e.g. {@code global/3}
 */
public record ScoredApartment(int rank, String apartmentId, String buildingId, LocalDate day, double score,
                              String modelVersion) {
    /** Validates the fields. */
    public ScoredApartment {
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be >= 1, got " + rank);
        }
        Objects.requireNonNull(apartmentId, "apartmentId");
        Objects.requireNonNull(buildingId, "buildingId");
        Objects.requireNonNull(day, "day");
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite, got " + score);
        }
        Objects.requireNonNull(modelVersion, "modelVersion");
    }
}
