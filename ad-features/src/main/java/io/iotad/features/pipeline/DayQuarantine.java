package io.iotad.features.pipeline;

import io.iotad.features.contract.RangeLimit;
import io.iotad.features.extract.ApartmentDays;
import io.iotad.features.extract.DailyColumns;
import io.iotad.features.extract.FeatureExtractor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The opt-in alternative to failing the whole portfolio on one glitch reading (a heat counter reading 0.0
 * between two normal values, a room at 5000 °C): an apartment-day whose feature breaks a plausible range
 * ({@link RangeLimit}, normally the data contract's) is quarantined. Every feature of that day becomes
 * missing (NaN, never a filled value), the extractors that read other columns (lags, rolling windows,
 * interactions) are run again with the day's values missing, so no neighbouring day carries the glitch, and
 * the day is listed ({@link QuarantinedDay}) for the run report. Days that break no range are left
 * bit-identical. Many quarantined days still stop a run: they count as missing in the null-rate limits.
 *
 * @param ranges the ranges that decide; none means no quarantine (the pipeline's default)
 */
public record DayQuarantine(List<RangeLimit> ranges) {
    /** Copies the list. */
    public DayQuarantine {
        ranges = List.copyOf(ranges);
    }

    /** @return no quarantine: range breaks are left to the data contract, which fails the run */
    public static DayQuarantine none() {
        return new DayQuarantine(List.of());
    }

    /** @return whether any range is checked */
    public boolean active() {
        return !ranges.isEmpty();
    }

    /**
     * Quarantines the apartment's days that break a range.
     *
     * @param days the apartment's day grid
     * @param columns the columns every extractor wrote
     * @param extractors the pipeline's extractors, in order
     * @param into receives the quarantined days, in date order
     * @return {@code columns} when no day breaks a range, else new columns with the days masked and the
     *     extractors that read columns run again
     */
    DailyColumns apply(ApartmentDays days, DailyColumns columns, List<FeatureExtractor> extractors, List<QuarantinedDay> into) {
        int n = days.dayCount();
        QuarantinedDay[] found = new QuarantinedDay[n];
        boolean any = false;
        for (RangeLimit r : ranges) {
            double[] v = column(columns, extractors, r.feature());
            if (v == null) {
                continue;
            }
            for (int d = 0; d < n; d++) {
                if (found[d] == null && !Double.isNaN(v[d]) && !r.accepts(v[d])) {
                    found[d] = new QuarantinedDay(days.readings().apartmentId(), days.readings().buildingId(), days.date(d),
                            r.feature(), v[d], r.min(), r.max());
                    any = true;
                }
            }
        }
        if (!any) {
            return columns;
        }
        DailyColumns again = new DailyColumns(n);
        for (FeatureExtractor e : extractors) {
            if (e.inputs().isEmpty()) {
                for (String out : e.outputs()) {
                    again.put(out, masked(columns.get(out), found));
                }
            } else {
                e.extract(days, again);
            }
        }
        DailyColumns result = new DailyColumns(n);
        for (FeatureExtractor e : extractors) {
            for (String out : e.outputs()) {
                result.put(out, masked(again.get(out), found));
            }
        }
        for (QuarantinedDay q : found) {
            if (q != null) {
                into.add(q);
            }
        }
        return result;
    }

    /** @return the column when an extractor writes it, else null (a range on an absent feature is skipped) */
    private static double[] column(DailyColumns columns, List<FeatureExtractor> extractors, String name) {
        for (FeatureExtractor e : extractors) {
            if (e.outputs().contains(name)) {
                return columns.get(name);
            }
        }
        return null;
    }

    private static double[] masked(double[] values, QuarantinedDay[] found) {
        double[] out = Arrays.copyOf(values, values.length);
        for (int d = 0; d < out.length; d++) {
            if (found[d] != null) {
                out[d] = Double.NaN;
            }
        }
        return out;
    }
}
