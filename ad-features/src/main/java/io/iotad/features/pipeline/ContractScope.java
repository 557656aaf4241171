package io.iotad.features.pipeline;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.features.contract.DataContract;
import io.iotad.features.contract.NullRateLimit;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which days of a {@link FeatureRun}'s frame the data contract checked, and what the earlier (lookback)
 * days miss. A training run checks every day of its window; a scoring run checks the days it scores, and
 * the lookback days before them are input: their gaps stay missing (NaN) in the lags and windows that
 * read them, and are reported here instead of blocking today's scoring.
 *
 * @param from first checked day, or null for every day
 * @param to last checked day, or null for every day
 * @param lookbackRows rows before {@code from} (0 when every day was checked)
 * @param lookbackMissing per feature with a null-rate rule, its missing values among the lookback rows, sorted
 */
public record ContractScope(LocalDate from, LocalDate to, int lookbackRows, SortedMap<String, Long> lookbackMissing) {
    /** Validates the fields and copies the map. */
    public ContractScope {
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("from and to are both set or both null");
        }
        if (from != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the checked days end (" + to + ") before they start (" + from + ")");
        }
        if (lookbackRows < 0) {
            throw new IllegalArgumentException("lookbackRows must be >= 0, got " + lookbackRows);
        }
        lookbackMissing = Collections.unmodifiableSortedMap(new TreeMap<>(lookbackMissing));
    }

    /** @return the scope of a run that checked every day */
    public static ContractScope allDays() {
        return new ContractScope(null, null, 0, new TreeMap<>());
    }

    /**
     * The scope of checking {@code from..to} of a frame whose rows may start earlier: counts the rows
     * before {@code from} (the lookback) and, per feature of the frame with a null-rate rule in the
     * contract, its missing (NaN) values among them.
     *
     * @param frame the run's whole frame, lookback included
     * @param contract the contract whose null-rate rules name the features to count
     * @param from first checked day
     * @param to last checked day, not before {@code from}
     * @return the scope
     */
    public static ContractScope lookback(FeatureFrame frame, DataContract contract, LocalDate from, LocalDate to) {
        TreeMap<String, Long> missing = new TreeMap<>();
        int rows = 0;
        for (int i = 0; i < frame.rowCount(); i++) {
            if (frame.eventDate(i).isBefore(from)) {
                rows++;
            }
        }
        for (NullRateLimit rule : contract.nullRates()) {
            if (!frame.schema().contains(rule.feature()) || missing.containsKey(rule.feature())) {
                continue;
            }
            int c = frame.schema().require(rule.feature());
            long n = 0;
            for (int i = 0; i < frame.rowCount(); i++) {
                if (frame.eventDate(i).isBefore(from) && Double.isNaN(frame.value(i, c))) {
                    n++;
                }
            }
            missing.put(rule.feature(), n);
        }
        return new ContractScope(from, to, rows, missing);
    }

    /** @return whether every day was checked */
    public boolean isAllDays() {
        return from == null;
    }

    /** @return {@code "all"} or {@code "FROM..TO"} */
    public String describe() {
        return isAllDays() ? "all" : from + ".." + to;
    }
}
