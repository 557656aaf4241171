package io.iotad.pipeline.tuning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a search measured: every trial with its fold scores, and the chosen one.
 *
 * @param options what was run
 * @param folds the folds every trial was scored on
 * @param trials every trial, in the order run (trial 1 = the defaults)
 * @param best the chosen trial: highest mean P@K, then highest mean PR-AUC, then the earliest
 */
public record TuningResult(TuningOptions options, List<RollingOriginSplit.Fold> folds, List<Trial> trials, Trial best) {
    /** Validates and copies the fields. */
    public TuningResult {
        Objects.requireNonNull(options, "options");
        folds = List.copyOf(folds);
        trials = List.copyOf(trials);
        Objects.requireNonNull(best, "best");
    }

    /**
     * One fold's score of one trial.
     *
     * @param fold the fold's index (1-based)
     * @param precisionAtK P@K over the fold's evaluated rows ranked together, in [0, 1]
     * @param prAuc average precision (PR-AUC) over the same rows, in [0, 1]; NaN without positives
     * @param rows evaluated rows that count (scored, and labelled or counted as normal)
     * @param positives faults among them
     * @param fitSeconds wall time of the fold's fit, in seconds
     */
    public record FoldScore(int fold, double precisionAtK, double prAuc, int rows, int positives, double fitSeconds) {
    }

    /**
     * One trial.
     *
     * @param number 1-based
     * @param params the options the strategy was bound to: the sampled values then the fixed ones (trial 1:
     *     the fixed ones only, i.e. the defaults)
     * @param scores one per fold, in fold order
     */
    public record Trial(int number, Map<String, Object> params, List<FoldScore> scores) {
        /** Copies the fields. */
        public Trial {
            params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
            scores = List.copyOf(scores);
        }

        /** @return the objective: mean P@K over the folds */
        public double meanPrecisionAtK() {
            return scores.stream().mapToDouble(FoldScore::precisionAtK).average().orElse(Double.NaN);
        }

        /** @return the tie-break: mean PR-AUC over the folds that have positives (NaN when none has) */
        public double meanPrAuc() {
            return scores.stream().mapToDouble(FoldScore::prAuc).filter(Double::isFinite).average().orElse(Double.NaN);
        }

        /** @return whether this is trial 1, the strategy's defaults */
        public boolean isDefaults() {
            return number == 1;
        }

        /**
         * @param other another trial
         * @return whether this one ranks above it: higher mean P@K, then higher mean PR-AUC, then earlier
         */
        public boolean beats(Trial other) {
            int c = Double.compare(orZero(meanPrecisionAtK()), orZero(other.meanPrecisionAtK()));
            if (c == 0) {
                c = Double.compare(orZero(meanPrAuc()), orZero(other.meanPrAuc()));
            }
            return c > 0 || (c == 0 && number < other.number);
        }

        private static double orZero(double v) {
            return Double.isFinite(v) ? v : 0.0;
        }
    }

    /** @return the trial of the strategy's defaults (trial 1) */
    public Trial defaults() {
        return trials.get(0);
    }

    /** @return the report as a JSON-compatible map ({@code tune.json}) */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", options.strategy());
        m.put("trials_run", trials.size());
        m.put("seed", options.seed());
        m.put("objective", "mean precision_at_k over folds, tie-break mean pr_auc");
        m.put("k", options.k());
        m.put("labels_complete", options.labelsComplete());
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("kind", "rolling_origin_expanding");
        split.put("folds", options.split().folds());
        split.put("horizon_days", options.split().horizonDays());
        split.put("min_train_days", options.split().minTrainDays());
        List<Map<String, Object>> fs = new ArrayList<>();
        for (RollingOriginSplit.Fold f : folds) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("fold", f.index());
            fm.put("train_from", f.trainFrom().toString());
            fm.put("train_to", f.trainTo().toString());
            fm.put("eval_from", f.evalFrom().toString());
            fm.put("eval_to", f.evalTo().toString());
            fs.add(fm);
        }
        split.put("fold_days", fs);
        m.put("split", split);
        List<String> space = new ArrayList<>();
        options.space().dimensions().forEach(d -> space.add(d.toString()));
        m.put("space", space);
        m.put("fixed", options.fixed());
        List<Map<String, Object>> ts = new ArrayList<>();
        for (Trial t : trials) {
            ts.add(trialMap(t));
        }
        m.put("trials", ts);
        m.put("best", trialMap(best));
        m.put("defaults", trialMap(defaults()));
        return m;
    }

    /**
     * @param t a trial
     * @return its number, parameters, mean scores and fold scores, as a JSON-compatible map
     */
    public static Map<String, Object> trialMap(Trial t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trial", t.number());
        m.put("params", t.params());
        m.put("mean_precision_at_k", finite(t.meanPrecisionAtK()));
        m.put("mean_pr_auc", finite(t.meanPrAuc()));
        List<Map<String, Object>> fs = new ArrayList<>();
        for (FoldScore f : t.scores()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("fold", f.fold());
            fm.put("precision_at_k", finite(f.precisionAtK()));
            fm.put("pr_auc", finite(f.prAuc()));
            fm.put("rows", f.rows());
            fm.put("positives", f.positives());
            fm.put("fit_seconds", Math.round(f.fitSeconds() * 1000) / 1000.0);
            fs.add(fm);
        }
        m.put("folds", fs);
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
