package io.iotad.features.extract;

import java.util.Map;

/**
 * One kind of {@link FeatureExtractor}, found by its {@link #kind()} through
 * {@link java.util.ServiceLoader} (see {@link FeatureExtractors}), as detector strategies are: it
 * rebuilds extractors of its kind from the map form a pipeline spec records, and offers ready-made
 * extractors under catalogue names ({@code feature_engineering.extractors}, {@code iotad features
 * --extractors}). To add an extractor, write the record with a nested kind (extend
 * {@link AbstractExtractorKind}) and list the kind's class in
 * {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}, e.g.
 * {@code io.iotad.features.extract.DailyLag$Kind}. A spec written before records the same kind
 * names and parameters, so existing artifacts rebuild their pipelines unchanged.
 */
public interface FeatureExtractorKind {
    /** @return the registry key recorded in a spec as {@code kind}, such as {@code "lag"}; unique */
    String kind();

    /**
     * Rebuilds an extractor of this kind. Read every parameter through {@code parameters}: keys it
     * was not asked for are refused afterwards as unknown.
     *
     * @param parameters the recorded parameters, with typed, validated access
     * @return the extractor
     * @throws IllegalArgumentException naming the parameter, value and expectation
     */
    FeatureExtractor fromParameters(ExtractorParameters parameters);

    /** @return ready-made extractors of this kind by catalogue name (unique across kinds); empty by default */
    default Map<String, FeatureExtractor> catalogue() {
        return Map.of();
    }
}
