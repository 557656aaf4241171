package io.iotad.features.extract;

import java.util.List;
import java.util.Map;

/**
 * A {@link FeatureExtractor} that states its kind, columns, lookback and parameters in one
 * {@link Declaration}, so that an implementation writes only {@link #declaration()} and
 * {@link #extract}. The built-in extractors are written so; a plug-in may be too.
 */
public interface DeclaredExtractor extends FeatureExtractor {
    /** @return the kind, columns, lookback and parameters of this extractor */
    Declaration declaration();

    /** @return {@link Declaration#kind()} of {@link #declaration()} */
    @Override
    default String kind() {
        return declaration().kind();
    }

    /** @return {@link Declaration#outputs()} of {@link #declaration()} */
    @Override
    default List<String> outputs() {
        return declaration().outputs();
    }

    /** @return {@link Declaration#inputs()} of {@link #declaration()} */
    @Override
    default List<String> inputs() {
        return declaration().inputs();
    }

    /** @return {@link Declaration#lookbackDays()} of {@link #declaration()} */
    @Override
    default int lookbackDays() {
        return declaration().lookbackDays();
    }

    /** @return {@link Declaration#parameters()} of {@link #declaration()} */
    @Override
    default Map<String, Object> parameters() {
        return declaration().parameters();
    }
}
