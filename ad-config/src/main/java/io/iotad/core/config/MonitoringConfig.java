package io.iotad.core.config;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code monitoring} section: the data-drift step of inference (the limits of its statistics and
 * the heating-degree-day bands its profile is conditioned on) and the retraining triggers judged after
 * each scoring run. See {@code docs/configuration.md} and {@code docs/operations.md}.
 *
 * @param drift what drift above a stop limit does: {@code block} (stops the run), {@code warn} (reported
 *     only) or {@code skip} (no drift step); default {@code block}
 * @param psiWarn population-stability index above which a feature-band is reported, at least 0; default 11.5 (above
 *     the 95th percentile of normal days' largest value, docs/operations.md)
 * @param psiStop population-stability index above which the run stops, at least {@code psiWarn}; default 20, above
 *     the largest value the share floor allows (18.4): by default the index warns only (on a building's ~25 rows a
 *     normal day reaches 13)
 * @param ksWarn Kolmogorov–Smirnov distance above which a feature-band is reported, in [0, 1]; default 0.92 (above the
 *     95th percentile of normal days' largest value)
 * @param ksStop Kolmogorov–Smirnov distance above which the run stops, in [{@code ksWarn}, 1]; default 0.999: a
 *     building whose every value lies outside the training distribution (distance 1; normal days reached 0.998)
 * @param nullRateWarn rise of a null rate over its training value that is reported, in [0, 1]; default 0.2
 * @param nullRateStop rise of a null rate over its training value that stops the run, in [{@code nullRateWarn}, 1];
 *     default 1, which never stops (a rise cannot exceed 1): the data contract's null-rate limit is what stops a run
 *     on missing values, the drift step reports them
 * @param hddBandWidth width of the heating-degree-day bands, in (0, 100] HDD (K·day); default 5
 * @param minReferenceRows fewest training rows of a segment-band for it to be judged, at least 1; default 50
 * @param minBatchRows fewest rows of a scored day's segment-band for it to be judged, at least 1; default 10 (the
 *     simulator's smallest buildings have 13 apartments)
 * @param retrainNewLabels retrain when this many verdicts were recorded after the model's training data ended; default 100
 * @param retrainDriftDays retrain after this many consecutive scored days with a warning; default 3
 * @param retrainPrecisionWeeks weeks of verdicts the precision trigger looks back over; default 4
 * @param retrainMinPrecision retrain when technicians' reported precision falls under this, in [0, 1]; default 0.5
 * @param retrainMinVisits fewest verdicts in those weeks for the precision trigger to judge; default 20
 */
public record MonitoringConfig(String drift, double psiWarn, double psiStop, double ksWarn, double ksStop,
                               double nullRateWarn, double nullRateStop, double hddBandWidth, int minReferenceRows,
                               int minBatchRows, int retrainNewLabels, int retrainDriftDays, int retrainPrecisionWeeks,
                               double retrainMinPrecision, int retrainMinVisits) {
    static final String SECTION = "monitoring.";
    /** {@link #drift()} value: a stop limit passed stops the run. */
    public static final String BLOCK = "block";
    /** {@link #drift()} value: statistics are reported, the run never stops for drift. */
    public static final String WARN = "warn";
    /** {@link #drift()} value: no drift step. */
    public static final String OFF = "skip";

    /** Validates every field against {@link ConfigSchema}; a stop limit under its warning limit is refused. */
    public MonitoringConfig {
        drift = ((String) ConfigSchema.check(SECTION + "drift", drift)).toLowerCase(Locale.ROOT);
        ConfigSchema.check(SECTION + "psi_warn", psiWarn);
        ConfigSchema.check(SECTION + "psi_stop", psiStop);
        ConfigSchema.check(SECTION + "ks_warn", ksWarn);
        ConfigSchema.check(SECTION + "ks_stop", ksStop);
        ConfigSchema.check(SECTION + "null_rate_warn", nullRateWarn);
        ConfigSchema.check(SECTION + "null_rate_stop", nullRateStop);
        ConfigSchema.check(SECTION + "hdd_band_width", hddBandWidth);
        ConfigSchema.check(SECTION + "min_reference_rows", minReferenceRows);
        ConfigSchema.check(SECTION + "min_batch_rows", minBatchRows);
        ConfigSchema.check(SECTION + "retrain_new_labels", retrainNewLabels);
        ConfigSchema.check(SECTION + "retrain_drift_days", retrainDriftDays);
        ConfigSchema.check(SECTION + "retrain_precision_weeks", retrainPrecisionWeeks);
        ConfigSchema.check(SECTION + "retrain_min_precision", retrainMinPrecision);
        ConfigSchema.check(SECTION + "retrain_min_visits", retrainMinVisits);
        orderedLimits("psi", psiWarn, psiStop);
        orderedLimits("ks", ksWarn, ksStop);
        orderedLimits("null_rate", nullRateWarn, nullRateStop);
    }

    private static void orderedLimits(String name, double warn, double stop) {
        if (stop < warn) {
            throw new IllegalArgumentException(SECTION + name + "_stop has value " + stop + ": expected at least "
                    + SECTION + name + "_warn (" + warn + ")");
        }
    }

    /** @return whether the inference workflow runs the drift step */
    public boolean driftEnabled() {
        return !OFF.equals(drift);
    }

    /** @return whether a statistic above its stop limit stops the run */
    public boolean driftBlocks() {
        return BLOCK.equals(drift);
    }

    static MonitoringConfig fromValues(Map<String, Object> v) {
        return new MonitoringConfig((String) v.get(SECTION + "drift"), (Double) v.get(SECTION + "psi_warn"),
                (Double) v.get(SECTION + "psi_stop"), (Double) v.get(SECTION + "ks_warn"),
                (Double) v.get(SECTION + "ks_stop"), (Double) v.get(SECTION + "null_rate_warn"),
                (Double) v.get(SECTION + "null_rate_stop"), (Double) v.get(SECTION + "hdd_band_width"),
                (Integer) v.get(SECTION + "min_reference_rows"), (Integer) v.get(SECTION + "min_batch_rows"),
                (Integer) v.get(SECTION + "retrain_new_labels"), (Integer) v.get(SECTION + "retrain_drift_days"),
                (Integer) v.get(SECTION + "retrain_precision_weeks"), (Double) v.get(SECTION + "retrain_min_precision"),
                (Integer) v.get(SECTION + "retrain_min_visits"));
    }

    void putValues(Map<String, Object> out) {
        out.put(SECTION + "drift", drift);
        out.put(SECTION + "psi_warn", psiWarn);
        out.put(SECTION + "psi_stop", psiStop);
        out.put(SECTION + "ks_warn", ksWarn);
        out.put(SECTION + "ks_stop", ksStop);
        out.put(SECTION + "null_rate_warn", nullRateWarn);
        out.put(SECTION + "null_rate_stop", nullRateStop);
        out.put(SECTION + "hdd_band_width", hddBandWidth);
        out.put(SECTION + "min_reference_rows", minReferenceRows);
        out.put(SECTION + "min_batch_rows", minBatchRows);
        out.put(SECTION + "retrain_new_labels", retrainNewLabels);
        out.put(SECTION + "retrain_drift_days", retrainDriftDays);
        out.put(SECTION + "retrain_precision_weeks", retrainPrecisionWeeks);
        out.put(SECTION + "retrain_min_precision", retrainMinPrecision);
        out.put(SECTION + "retrain_min_visits", retrainMinVisits);
    }
}
