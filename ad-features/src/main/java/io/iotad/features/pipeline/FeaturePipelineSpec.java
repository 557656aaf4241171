package io.iotad.features.pipeline;

import io.iotad.core.frame.FeatureSchema;
import io.iotad.features.extract.CrossApartmentExtractor;
import io.iotad.features.extract.FeatureExtractor;
import io.iotad.features.extract.FeatureExtractors;
import io.iotad.features.extract.HeatingDegreeDays;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link FeaturePipeline} computes: the calendar's time zone, the staleness limit of the
 * silent rule, and the ordered extractors with their parameters; the output schema follows from
 * them. An immutable value that travels in a model artifact's manifest (key {@value #MANIFEST_KEY})
 * as the JSON-compatible map of {@link #toMap()}, so that inference rebuilds exactly the pipeline
 * training used ({@link #fromMap(Map)}).
 *
 * @param timeZone the zone whose calendar days the rows are (default UTC)
 * @param staleHours the staleness limit in hours, finite, in (0, 8760] (default 48)
 * @param extractors the extractors in the order they run; each one's inputs are outputs of earlier ones, and no column is written twice
 */
public record FeaturePipelineSpec(ZoneId timeZone, double staleHours, List<FeatureExtractor> extractors) {
    /** Key of the spec in a model manifest. */
    public static final String MANIFEST_KEY = "featurePipeline";
    /** Version of the map form written by {@link #toMap()}. */
    public static final int FORMAT_VERSION = 1;
    /** Default zone of the calendar days. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("UTC");
    /** Default staleness limit of the silent rule, in hours. */
    public static final double DEFAULT_STALE_HOURS = 48.0;
    /** Longest staleness limit accepted, in hours (one year). */
    public static final double MAX_STALE_HOURS = 8760.0;

    /** Validates the fields and the order of the extractors. */
    public FeaturePipelineSpec {
        if (timeZone == null) {
            throw new IllegalArgumentException("timeZone must be a zone id such as UTC or Europe/Berlin, got null");
        }
        if (!(staleHours > 0 && staleHours <= MAX_STALE_HOURS)) {
            throw new IllegalArgumentException("staleHours must be in (0, " + MAX_STALE_HOURS + "], got " + staleHours);
        }
        extractors = List.copyOf(extractors);
        if (extractors.isEmpty()) {
            throw new IllegalArgumentException("extractors must not be empty");
        }
        Set<String> written = new HashSet<>();
        Set<String> acrossApartments = new HashSet<>();
        for (FeatureExtractor e : extractors) {
            boolean cross = e instanceof CrossApartmentExtractor;
            for (String in : e.inputs()) {
                if (!written.contains(in)) {
                    throw new IllegalArgumentException("extractor " + e.toMap() + " reads column '" + in
                            + "', which no earlier extractor writes; written so far: " + written);
                }
                if (!cross && acrossApartments.contains(in)) {
                    throw new IllegalArgumentException("extractor " + e.toMap() + " reads column '" + in
                            + "', which a cross-apartment extractor writes: per-apartment extractors run before the "
                            + "cross-apartment stage, so only another cross-apartment extractor may read it");
                }
            }
            if (cross) {
                acrossApartments.addAll(e.outputs());
            }
            for (String out : e.outputs()) {
                if (!written.add(out)) {
                    throw new IllegalArgumentException("column '" + out + "' is written twice (again by " + e.toMap() + ")");
                }
            }
        }
    }

    /** @return the contract's standard ten features with the default zone (UTC), staleness (48 h) and HDD base (18 °C) */
    public static FeaturePipelineSpec standard() {
        return standard(DEFAULT_TIME_ZONE, DEFAULT_STALE_HOURS, HeatingDegreeDays.DEFAULT_BASE_C);
    }

    /**
     * @param timeZone zone of the calendar days
     * @param staleHours staleness limit in hours
     * @param hddBaseC HDD base temperature in °C
     * @return the standard ten features with these parameters
     */
    public static FeaturePipelineSpec standard(ZoneId timeZone, double staleHours, double hddBaseC) {
        return new FeaturePipelineSpec(timeZone, staleHours, FeatureExtractors.standard(hddBaseC));
    }

    /**
     * @param more extractors to run after these
     * @return a spec with them appended
     */
    public FeaturePipelineSpec plus(List<FeatureExtractor> more) {
        List<FeatureExtractor> all = new ArrayList<>(extractors);
        all.addAll(more);
        return new FeaturePipelineSpec(timeZone, staleHours, all);
    }

    /** @return the columns the pipeline writes, in order */
    public FeatureSchema outputSchema() {
        List<String> names = new ArrayList<>();
        for (FeatureExtractor e : extractors) {
            names.addAll(e.outputs());
        }
        return FeatureSchema.of(names);
    }

    /**
     * The days of telemetry before a day that its features read: along every chain of columns, the sum
     * of the extractors' {@link FeatureExtractor#lookbackDays()}, plus one for the counter reading at the
     * end of the day before (a day's consumption starts there).
     *
     * @return days of history the day's features need, {@code >= 1}
     */
    public int lookbackDays() {
        Map<String, Integer> byColumn = new HashMap<>();
        int most = 1;
        for (FeatureExtractor e : extractors) {
            int reads = 1;
            for (String in : e.inputs()) {
                reads = Math.max(reads, byColumn.getOrDefault(in, 1));
            }
            int needs = reads + e.lookbackDays();
            for (String out : e.outputs()) {
                byColumn.put(out, needs);
            }
            most = Math.max(most, needs);
        }
        return most;
    }

    /** @return the staleness limit in nanoseconds */
    public long staleNanos() {
        return Math.round(staleHours * 3600e9);
    }

    /**
     * @return the JSON-compatible form: {@code version}, {@code timeZone}, {@code staleHours},
     *     {@code extractors} (a list of maps, each with its {@code kind}) and {@code outputSchema}
     *     (a list of column names)
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", FORMAT_VERSION);
        m.put("timeZone", timeZone.getId());
        m.put("staleHours", staleHours);
        List<Map<String, Object>> ex = new ArrayList<>();
        for (FeatureExtractor e : extractors) {
            ex.add(e.toMap());
        }
        m.put("extractors", List.copyOf(ex));
        m.put("outputSchema", outputSchema().names());
        return Collections.unmodifiableMap(m);
    }

    /**
     * Rebuilds a spec from {@link #toMap()}'s form (for example read back from a manifest's JSON).
     *
     * @param map the map
     * @return the spec
     * @throws IllegalArgumentException naming the key, value and expectation when the map is invalid,
     *     of another version, or its {@code outputSchema} differs from what its extractors write
     */
    public static FeaturePipelineSpec fromMap(Map<String, ?> map) {
        Object version = map.get("version");
        if (!(version instanceof Number v) || v.intValue() != FORMAT_VERSION || v.doubleValue() != FORMAT_VERSION) {
            throw new IllegalArgumentException(MANIFEST_KEY + ": key 'version' must be " + FORMAT_VERSION + ", got " + version);
        }
        Object tz = map.get("timeZone");
        ZoneId zone;
        try {
            zone = ZoneId.of(String.valueOf(tz));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(MANIFEST_KEY + ": key 'timeZone' must be a zone id such as UTC, got " + tz, e);
        }
        Object stale = map.get("staleHours");
        if (!(stale instanceof Number s)) {
            throw new IllegalArgumentException(MANIFEST_KEY + ": key 'staleHours' must be a number, got " + stale);
        }
        Object ex = map.get("extractors");
        if (!(ex instanceof List<?> list)) {
            throw new IllegalArgumentException(MANIFEST_KEY + ": key 'extractors' must be a list of maps, got " + ex);
        }
        List<FeatureExtractor> extractors = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> em)) {
                throw new IllegalArgumentException(MANIFEST_KEY + ": each of 'extractors' must be a map, got " + o);
            }
            Map<String, Object> typed = new LinkedHashMap<>();
            em.forEach((k, val) -> typed.put(String.valueOf(k), val));
            extractors.add(FeatureExtractors.fromMap(typed));
        }
        for (String key : map.keySet()) {
            if (!Set.of("version", "timeZone", "staleHours", "extractors", "outputSchema").contains(key)) {
                throw new IllegalArgumentException(MANIFEST_KEY + ": unknown key '" + key + "'");
            }
        }
        FeaturePipelineSpec spec = new FeaturePipelineSpec(zone, s.doubleValue(), extractors);
        Object schema = map.get("outputSchema");
        if (schema != null && !spec.outputSchema().names().equals(schema)) {
            throw new IllegalArgumentException(MANIFEST_KEY + ": key 'outputSchema' is " + schema
                    + " but the extractors write " + spec.outputSchema().names());
        }
        return spec;
    }
}
