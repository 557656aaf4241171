package io.iotad.pipeline.monitoring;

import io.iotad.core.frame.FeatureFrame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the {@link FeatureProfile} of a training frame. */
public final class FeatureProfiler {
    private FeatureProfiler() {
    }

    /**
     * @param frame the training rows (every pipeline feature)
     * @param weatherFeatures the frame's weather features (judged by null rate and offset only)
     * @param bands the heating-degree-day bands
     * @return the profile: per segment (portfolio, each building), feature and band; bands come from the
     *     frame's {@value FeatureProfile#HDD} column (without one, every row is in band 0)
     */
    public static FeatureProfile profile(FeatureFrame frame, Set<String> weatherFeatures, HddBands bands) {
        List<String> features = frame.schema().names();
        List<String> weather = features.stream().filter(weatherFeatures::contains).toList();
        Segments seg = Segments.of(frame, bands);
        Map<FeatureProfile.Key, ReferenceDistribution> entries = new LinkedHashMap<>();
        double[] offset = outdoorTempOffset(frame);
        for (Map.Entry<String, int[]> s : seg.rowsBySegment.entrySet()) {
            int[] rows = s.getValue();
            for (String f : features) {
                double[] col = frame.column(f);
                entries.put(new FeatureProfile.Key(s.getKey(), f, HddBands.ALL), ReferenceDistribution.of(pick(col, rows)));
                if (weather.contains(f)) {
                    continue;
                }
                for (Map.Entry<Integer, List<Integer>> b : seg.byBand(rows).entrySet()) {
                    entries.put(new FeatureProfile.Key(s.getKey(), f, b.getKey()),
                            ReferenceDistribution.of(pick(col, b.getValue().stream().mapToInt(Integer::intValue).toArray())));
                }
            }
            if (offset != null) {
                entries.put(new FeatureProfile.Key(s.getKey(), FeatureProfile.OUTDOOR_TEMP_OFFSET, HddBands.ALL),
                        ReferenceDistribution.of(pick(offset, rows)));
            }
        }
        return new FeatureProfile(bands.width(), features, weather, entries);
    }

    /**
     * @param frame rows with {@value FeatureProfile#OUTDOOR_TEMP}
     * @return per row, its outdoor temperature minus the median of its day's present temperatures (NaN when
     *     missing); null when the frame has no such column
     */
    static double[] outdoorTempOffset(FeatureFrame frame) {
        if (!frame.schema().contains(FeatureProfile.OUTDOOR_TEMP)) {
            return null;
        }
        double[] t = frame.column(FeatureProfile.OUTDOOR_TEMP);
        Map<Long, List<Integer>> byDay = new HashMap<>();
        for (int r = 0; r < frame.rowCount(); r++) {
            byDay.computeIfAbsent(frame.epochDay(r), k -> new ArrayList<>()).add(r);
        }
        double[] out = new double[t.length];
        Arrays.fill(out, Double.NaN);
        for (List<Integer> rows : byDay.values()) {
            double[] present = rows.stream().mapToDouble(r -> t[r]).filter(v -> !Double.isNaN(v)).sorted().toArray();
            if (present.length == 0) {
                continue;
            }
            double median = ReferenceDistribution.quantile(present, 0.5);
            for (int r : rows) {
                out[r] = t[r] - median;
            }
        }
        return out;
    }

    static double[] pick(double[] col, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = col[rows[i]];
        }
        return out;
    }

    /** Rows by segment and band. */
    static final class Segments {
        final Map<String, int[]> rowsBySegment;
        final int[] band;

        private Segments(Map<String, int[]> rowsBySegment, int[] band) {
            this.rowsBySegment = rowsBySegment;
            this.band = band;
        }

        static Segments of(FeatureFrame frame, HddBands bands) {
            int n = frame.rowCount();
            int[] band = new int[n];
            if (frame.schema().contains(FeatureProfile.HDD)) {
                double[] hdd = frame.column(FeatureProfile.HDD);
                for (int r = 0; r < n; r++) {
                    band[r] = bands.band(hdd[r]);
                }
            }
            Map<String, List<Integer>> lists = new java.util.TreeMap<>();
            for (int r = 0; r < n; r++) {
                lists.computeIfAbsent(frame.buildingId(r), k -> new ArrayList<>()).add(r);
            }
            Map<String, int[]> out = new LinkedHashMap<>();
            int[] all = new int[n];
            for (int r = 0; r < n; r++) {
                all[r] = r;
            }
            out.put(FeatureProfile.PORTFOLIO, all);
            lists.forEach((b, rows) -> out.put(b, rows.stream().mapToInt(Integer::intValue).toArray()));
            return new Segments(out, band);
        }

        Map<Integer, List<Integer>> byBand(int[] rows) {
            Map<Integer, List<Integer>> out = new java.util.TreeMap<>();
            for (int r : rows) {
                if (band[r] != HddBands.ALL) {
                    out.computeIfAbsent(band[r], k -> new ArrayList<>()).add(r);
                }
            }
            return out;
        }
    }
}
