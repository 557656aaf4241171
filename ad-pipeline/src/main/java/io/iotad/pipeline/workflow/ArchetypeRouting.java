package io.iotad.pipeline.workflow;

import io.iotad.core.detect.BatchScoring;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorOptions;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.explain.FeatureBaseline;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Per-archetype models ({@code training.model_grouping: archetype}): which model scores which
 * building. A building whose archetype has a model of its own is scored by it; every other building
 * (an archetype that had too few rows or faults to train on, a building of an unknown archetype) by
 * the global model, the fallback. Scores of the routes are merged back into one ranking, in the
 * order of the rows, so alerting and evaluation see one list; the scores of one archetype's model
 * are on its own scale (for xgboost, each a probability of a fault). Immutable.
 */
public final class ArchetypeRouting {
    /**
     * One model and the buildings it scores.
     *
     * @param group the model's registry group ({@code <model_group>} for the global model,
     *     {@code <model_group>.<archetype>} for an archetype's)
     * @param detector the fitted detector
     * @param baseline its training rows' feature medians and scales (the reasons' reference)
     */
    public record Route(String group, Detector detector, FeatureBaseline baseline) {
        /** Validates the fields. */
        public Route {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(detector, "detector");
            Objects.requireNonNull(baseline, "baseline");
        }
    }

    private final Route fallback;
    private final Map<String, Route> byArchetype;
    private final Map<String, String> archetypeByBuilding;

    /**
     * @param fallback the global model, for every building without a model of its archetype
     * @param byArchetype archetype → its own model
     * @param archetypeByBuilding building id → archetype (the topology)
     */
    public ArchetypeRouting(Route fallback, Map<String, Route> byArchetype, Map<String, String> archetypeByBuilding) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.byArchetype = Collections.unmodifiableMap(new TreeMap<>(byArchetype));
        this.archetypeByBuilding = Map.copyOf(archetypeByBuilding);
    }

    /**
     * @param model the one model
     * @param baseline its training baseline
     * @param group its registry group
     * @return a routing that sends every building to that model
     */
    public static ArchetypeRouting single(String group, Detector model, FeatureBaseline baseline) {
        return new ArchetypeRouting(new Route(group, model, baseline), Map.of(), Map.of());
    }

    /** @return the global model */
    public Route fallback() {
        return fallback;
    }

    /** @return archetype → its own model, archetypes in name order */
    public Map<String, Route> byArchetype() {
        return byArchetype;
    }

    /**
     * @param buildingId a building
     * @return the model that scores it
     */
    public Route routeOf(String buildingId) {
        String archetype = archetypeByBuilding.get(buildingId);
        Route own = archetype == null ? null : byArchetype.get(archetype);
        return own == null ? fallback : own;
    }

    /** @return every route: the fallback first, then the archetypes' in name order */
    public List<Route> routes() {
        List<Route> out = new ArrayList<>();
        out.add(fallback);
        out.addAll(byArchetype.values());
        return out;
    }

    /** @return the most history any of the models reads ({@link Detector#historyDays()}) */
    public int historyDays() {
        return routes().stream().mapToInt(r -> r.detector().historyDays()).max().orElse(0);
    }

    /**
     * Scores the days {@code from}..{@code to}: each route's buildings with its model, in the
     * context of their earlier days ({@link BatchScoring#inContext(Detector, FeatureBaseline,
     * FeatureFrame, LocalDate, LocalDate)}), each scored row with its reason.
     *
     * @param context the rows to score and their history
     * @param from first day to score
     * @param to last day to score
     * @return one score per row of {@link BatchScoring#days(FeatureFrame, LocalDate, LocalDate)}, in its order
     */
    public Scores score(FeatureFrame context, LocalDate from, LocalDate to) {
        FeatureFrame batch = BatchScoring.days(context, from, to);
        Map<Route, Scores> parts = new LinkedHashMap<>();
        for (Route r : routes()) {
            FeatureFrame part = context.filter(i -> routeOf(context.buildingId(i)) == r);
            if (BatchScoring.days(part, from, to).rowCount() > 0) {
                parts.put(r, BatchScoring.inContext(r.detector(), r.baseline(), part, from, to));
            }
        }
        return merge(batch, parts, true);
    }

    /** @return a detector that scores each row with its building's model (no reasons), for the backtest */
    public Detector asDetector() {
        return new Routed();
    }

    private Scores merge(FeatureFrame rows, Map<Route, Scores> parts, boolean withReasons) {
        Map<Route, int[]> cursor = new LinkedHashMap<>();
        parts.keySet().forEach(r -> cursor.put(r, new int[1]));
        double[] values = new double[rows.rowCount()];
        Scores[] part = new Scores[rows.rowCount()];
        int[] index = new int[rows.rowCount()];
        for (int i = 0; i < values.length; i++) {
            Route r = routeOf(rows.buildingId(i));
            Scores s = parts.get(r);
            int j = cursor.get(r)[0]++;
            if (!s.key(j).equals(rows.key(i))) {
                throw new IllegalStateException("routed scores out of order: " + s.key(j) + " for " + rows.key(i));
            }
            values[i] = s.score(j);
            part[i] = s;
            index[i] = j;
        }
        Scores out = Scores.of(rows, values);
        return withReasons ? out.withReasons(i -> part[i].reason(index[i])) : out;
    }

    /** The routing as one detector: each row scored by its building's model. */
    private final class Routed implements Detector {
        @Override
        public String strategy() {
            return fallback.detector().strategy();
        }

        @Override
        public FeatureSchema features() {
            return fallback.detector().features();
        }

        @Override
        public MissingValuePolicy missingValuePolicy() {
            return fallback.detector().missingValuePolicy();
        }

        @Override
        public DetectorOptions options() {
            return fallback.detector().options();
        }

        @Override
        public int historyDays() {
            return ArchetypeRouting.this.historyDays();
        }

        @Override
        public Scores score(FeatureFrame frame) {
            Map<Route, Scores> parts = new LinkedHashMap<>();
            for (Route r : routes()) {
                FeatureFrame part = frame.filter(i -> routeOf(frame.buildingId(i)) == r);
                if (part.rowCount() > 0) {
                    parts.put(r, r.detector().score(part));
                }
            }
            return merge(frame, parts, false);
        }
    }
}
