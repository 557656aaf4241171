package io.iotad.features.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of the daily feature pipeline: computes one or more named daily columns for one
 * apartment, from its readings and weather ({@link ApartmentDays}) and from columns computed by
 * earlier steps ({@link DailyColumns}).
 *
 * <p>Implementations are immutable values with validated parameters, and pure: the same apartment
 * gives the same columns on any thread. {@link #toMap()} and {@link FeatureExtractors#fromMap(Map)}
 * round-trip an extractor through the JSON-compatible form stored in a model artifact's manifest.
 */
public interface FeatureExtractor {
    /** @return the registry key of this kind of extractor, such as {@code "lag"} */
    String kind();

    /** @return the columns this extractor writes, in order; never empty */
    List<String> outputs();

    /** @return the columns it reads, which earlier extractors must write; empty when it reads only raw data */
    List<String> inputs();

    /**
     * @return how many days before a day this extractor itself reads of its inputs (a 7-day window: 6,
     *     a lag of 2: 2, a 28-day baseline before the day: 28); 0 by default. {@link
     *     io.iotad.features.pipeline.FeaturePipelineSpec#lookbackDays()} adds these up along the columns read,
     *     so scoring fetches enough history
     */
    default int lookbackDays() {
        return 0;
    }

    /** @return the parameters, JSON-compatible (strings, numbers, booleans), without the kind */
    Map<String, Object> parameters();

    /**
     * Computes this extractor's columns for one apartment and puts them into {@code columns}.
     *
     * @param days the apartment's readings, weather and day grid
     * @param columns the columns computed so far; receives one array of {@code days.dayCount()} values
     *     per output (NaN = missing)
     */
    void extract(ApartmentDays days, DailyColumns columns);

    /** @return the JSON-compatible form: {@code kind} plus {@link #parameters()} */
    default Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind());
        m.putAll(parameters());
        return Collections.unmodifiableMap(m);
    }
}
