package io.iotad.pipeline.monitoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One drift statistic of one scored day, segment, feature and band.
 *
 * @param day the scored day
 * @param segment {@code portfolio} or a building id
 * @param feature the feature (or the derived {@code outdoor_temp_offset_c})
 * @param band the band's label, e.g. {@code hdd [5, 10)} or {@code all days}
 * @param statistic {@code psi}, {@code ks} or {@code null_rate} (the rise of the null rate over training)
 * @param value the statistic's value
 * @param warnLimit its warning limit
 * @param stopLimit its stop limit
 * @param batchRows the day's rows in the segment and band
 * @param referenceRows the training rows there
 * @param level where the value lies against the limits
 */
public record DriftFinding(LocalDate day, String segment, String feature, String band, String statistic, double value,
                           double warnLimit, double stopLimit, int batchRows, long referenceRows, DriftLevel level) {
    /** Validates the fields. */
    public DriftFinding {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(level, "level");
    }

    /**
     * @param newLevel the level the finding takes instead of its own
     * @return the same finding at {@code newLevel}
     */
    public DriftFinding withLevel(DriftLevel newLevel) {
        return new DriftFinding(day, segment, feature, band, statistic, value, warnLimit, stopLimit, batchRows,
                referenceRows, newLevel);
    }

    /** @return how far the value went towards the stop limit: {@code value / stopLimit} (infinite for a 0 limit) */
    public double severity() {
        return stopLimit > 0 ? value / stopLimit : (value > 0 ? Double.POSITIVE_INFINITY : 0);
    }

    /** @return the configuration key of the limit the level names, e.g. {@code monitoring.psi_stop} */
    public String limitKey() {
        return "monitoring." + statistic + (level == DriftLevel.STOP ? "_stop" : "_warn");
    }

    /** @return one sentence naming the day, feature, statistic, value, limit, segment and band */
    public String describe() {
        double limit = level == DriftLevel.STOP ? stopLimit : warnLimit;
        return String.format(java.util.Locale.ROOT, "%s: feature %s, statistic %s = %.3f %s %s=%s, segment %s, band %s "
                + "(%d scored rows against %d training rows)", day, feature, statistic, value,
                level == DriftLevel.OK ? "within" : "above", limitKey(), limit, segment, band, batchRows, referenceRows);
    }

    /** @return the finding as a JSON-compatible map */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", day.toString());
        m.put("segment", segment);
        m.put("feature", feature);
        m.put("band", band);
        m.put("statistic", statistic);
        m.put("value", Double.isFinite(value) ? value : null);
        m.put("warn_limit", warnLimit);
        m.put("stop_limit", stopLimit);
        m.put("batch_rows", batchRows);
        m.put("reference_rows", referenceRows);
        m.put("level", level.id());
        return m;
    }
}
