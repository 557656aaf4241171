package io.iotad.features.extract;

import java.util.Map;

/**
 * An extractor of the pipeline's cross-apartment stage: its columns compare an apartment-day with
 * other apartments' rows of the same day (its {@link PeerGroups}), so they cannot be computed from
 * one apartment alone. The pipeline first runs every per-apartment extractor for every apartment,
 * then runs the cross-apartment extractors in spec order over the assembled columns. Their inputs may
 * be any earlier column; no per-apartment extractor may read their outputs (the spec refuses it).
 *
 * <p>In the per-apartment pass ({@link #extract}) these columns are missing (NaN) placeholders; a
 * caller of {@link io.iotad.features.pipeline.FeaturePipeline#apartment} alone sees them missing.
 */
public interface CrossApartmentExtractor extends FeatureExtractor {
    /** Writes missing placeholders for every output: the values come from {@link #extractAcross}. */
    @Override
    default void extract(ApartmentDays days, DailyColumns columns) {
        for (String out : outputs()) {
            columns.put(out, RoomSetpointDeviation.nan(days.dayCount()));
        }
    }

    /**
     * Computes this extractor's columns over all rows of the run.
     *
     * @param groups the rows of each (building, day)
     * @param inputs each of {@link #inputs()} over all rows (do not modify)
     * @return each of {@link #outputs()}, one value per row (NaN = missing)
     */
    Map<String, double[]> extractAcross(PeerGroups groups, Map<String, double[]> inputs);
}
