package io.iotad.pipeline.monitoring;

import io.iotad.core.config.MonitoringConfig;
import io.iotad.core.frame.FeatureFrame;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares each scored day of a batch with the training {@link FeatureProfile}: per segment (the
 * portfolio, each building) and feature, the rise of the null rate over training; per segment,
 * non-weather feature and heating-degree-day band, the population-stability index and the
 * Kolmogorov–Smirnov distance of the day's values against the training values of the same band;
 * per segment, those two of {@value FeatureProfile#OUTDOOR_TEMP_OFFSET}. Days are judged one by one,
 * so a batch of many days gives the verdicts that as many daily runs would.
 *
 * <p>A band's Kolmogorov–Smirnov distance at or above {@code ks_stop} stops the run only when the same
 * values are as far from the segment's whole training season ({@code all days}): the band's verdict is
 * then confirmed by a second {@code ks} finding in the {@code all days} band. Otherwise the band's finding
 * is a warning and the unconfirming {@code all days} finding stands beside it. A band holds only the
 * training days of that weather, often a few days of one building, so a normal day of a building's
 * unusual week can lie beyond all of them (KS 1) while sitting well inside the season's range; a meter
 * that reports Wh instead of kWh lies beyond the whole season as well (docs/operations.md, data drift).
 */
public final class DriftCheck {
    /** How many of a day's most severe findings within the limits its verdict keeps. */
    public static final int MOST_SEVERE_KEPT = 5;

    private final FeatureProfile profile;
    private final MonitoringConfig limits;

    /**
     * @param profile the training profile
     * @param limits the limits and minimum row counts
     */
    public DriftCheck(FeatureProfile profile, MonitoringConfig limits) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * @param batch the batch's feature rows (history days may be included; only {@code from..to} are judged)
     * @param from the first scored day
     * @param to the last scored day
     * @return one verdict per scored day that has rows
     */
    public DriftReport check(FeatureFrame batch, LocalDate from, LocalDate to) {
        HddBands bands = profile.bands();
        double[] offset = FeatureProfiler.outdoorTempOffset(batch);
        List<DayDrift> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            long day = d.toEpochDay();
            FeatureFrame rows = batch.filter(r -> batch.epochDay(r) == day);
            if (rows.rowCount() == 0) {
                continue;
            }
            double[] dayOffset = offset == null ? null
                    : FeatureProfiler.pick(offset, indices(batch, day));
            days.add(checkDay(d, rows, dayOffset, bands));
        }
        return new DriftReport(days);
    }

    private static int[] indices(FeatureFrame batch, long day) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < batch.rowCount(); r++) {
            if (batch.epochDay(r) == day) {
                out.add(r);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private DayDrift checkDay(LocalDate d, FeatureFrame rows, double[] offset, HddBands bands) {
        FeatureProfiler.Segments seg = FeatureProfiler.Segments.of(rows, bands);
        List<DriftFinding> all = new ArrayList<>();
        int notJudged = 0;
        for (Map.Entry<String, int[]> s : seg.rowsBySegment.entrySet()) {
            String segment = s.getKey();
            int[] segRows = s.getValue();
            for (String f : profile.features()) {
                if (!rows.schema().contains(f)) {
                    continue;
                }
                double[] col = rows.column(f);
                var ref = profile.get(segment, f, HddBands.ALL);
                if (ref.isEmpty() || ref.get().rows() < limits.minReferenceRows() || segRows.length < limits.minBatchRows()) {
                    notJudged++;
                } else {
                    double[] values = FeatureProfiler.pick(col, segRows);
                    long missing = java.util.Arrays.stream(values).filter(Double::isNaN).count();
                    double rise = Math.max(0, missing / (double) values.length - ref.get().nullRate());
                    all.add(finding(d, segment, f, bands.label(HddBands.ALL), "null_rate", rise, limits.nullRateWarn(),
                            limits.nullRateStop(), values.length, ref.get().rows()));
                }
                if (profile.weatherFeatures().contains(f)) {
                    continue;
                }
                for (Map.Entry<Integer, List<Integer>> b : seg.byBand(segRows).entrySet()) {
                    int[] bandRows = b.getValue().stream().mapToInt(Integer::intValue).toArray();
                    notJudged += distribution(all, d, segment, f, b.getKey(), bands.label(b.getKey()),
                            FeatureProfiler.pick(col, bandRows));
                }
            }
            if (offset != null) {
                notJudged += distribution(all, d, segment, FeatureProfile.OUTDOOR_TEMP_OFFSET, HddBands.ALL,
                        bands.label(HddBands.ALL), FeatureProfiler.pick(offset, segRows));
            }
        }
        all.sort(Comparator.comparing(DriftFinding::level).reversed()
                .thenComparing(Comparator.comparingDouble(DriftFinding::severity).reversed()));
        List<DriftFinding> kept = new ArrayList<>();
        int ok = 0;
        for (DriftFinding f : all) {
            if (f.level() != DriftLevel.OK) {
                kept.add(f);
            } else if (ok++ < MOST_SEVERE_KEPT) {
                kept.add(f);
            }
        }
        DriftLevel level = all.stream().map(DriftFinding::level).max(Comparator.naturalOrder()).orElse(DriftLevel.OK);
        return new DayDrift(d, level, all.size(), notJudged, kept);
    }

    /** Adds the PSI and KS findings of one segment-band; returns 1 when it could not be judged. */
    private int distribution(List<DriftFinding> out, LocalDate d, String segment, String feature, int band, String label,
                             double[] values) {
        double[] present = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        var ref = profile.get(segment, feature, band);
        if (ref.isEmpty() || ref.get().presentRows() < limits.minReferenceRows() || present.length < limits.minBatchRows()) {
            return 1;
        }
        out.add(finding(d, segment, feature, label, "psi", DriftStatistics.psi(ref.get(), present), limits.psiWarn(),
                limits.psiStop(), present.length, ref.get().presentRows()));
        DriftFinding ks = finding(d, segment, feature, label, "ks", DriftStatistics.ks(ref.get(), present), limits.ksWarn(),
                limits.ksStop(), present.length, ref.get().presentRows());
        if (ks.level() == DriftLevel.STOP && band != HddBands.ALL) {
            // the band's stop needs the segment's whole season to agree (class Javadoc); a band's reference
            // rows are a subset of the season's, so the season's reference is present and large enough
            ReferenceDistribution season = profile.get(segment, feature, HddBands.ALL).orElseThrow();
            DriftFinding confirmation = finding(d, segment, feature, profile.bands().label(HddBands.ALL), "ks",
                    DriftStatistics.ks(season, present), limits.ksWarn(), limits.ksStop(), present.length,
                    season.presentRows());
            out.add(confirmation.level() == DriftLevel.STOP ? ks : ks.withLevel(DriftLevel.WARN));
            out.add(confirmation);
        } else {
            out.add(ks);
        }
        return 0;
    }

    private static DriftFinding finding(LocalDate d, String segment, String feature, String band, String statistic,
                                        double value, double warn, double stop, int batchRows, long referenceRows) {
        return new DriftFinding(d, segment, feature, band, statistic, value, warn, stop, batchRows, referenceRows,
                DriftLevel.of(value, warn, stop));
    }
}
