package io.iotad.features.extract;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@link FeatureExtractorKind} declared by its parts: the kind key, how to rebuild an extractor
 * from its parameters, and its catalogue. Extend it with a public no-argument constructor (the
 * {@link java.util.ServiceLoader} needs one) that passes these to {@code super}.
 */
public abstract class AbstractExtractorKind implements FeatureExtractorKind {
    private final String kind;
    private final Function<ExtractorParameters, FeatureExtractor> fromParameters;
    private final Map<String, FeatureExtractor> catalogue;

    /**
     * @param kind the registry key recorded in a spec
     * @param fromParameters rebuilds an extractor, reading its parameters
     * @param catalogue ready-made extractors by catalogue name (copied)
     */
    protected AbstractExtractorKind(String kind, Function<ExtractorParameters, FeatureExtractor> fromParameters,
                                    Map<String, FeatureExtractor> catalogue) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fromParameters = Objects.requireNonNull(fromParameters, "fromParameters");
        this.catalogue = Map.copyOf(catalogue);
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final FeatureExtractor fromParameters(ExtractorParameters parameters) {
        return fromParameters.apply(parameters);
    }

    @Override
    public final Map<String, FeatureExtractor> catalogue() {
        return catalogue;
    }
}
