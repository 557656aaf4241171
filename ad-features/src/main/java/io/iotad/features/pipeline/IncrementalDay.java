package io.iotad.features.pipeline;

import io.iotad.core.concurrent.Workers;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.features.extract.CrossApartmentExtractor;
import io.iotad.features.extract.DailyColumns;
import io.iotad.features.extract.FeatureExtractor;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One day's feature rows computed from that day's readings and the stored rows of the days before it,
 * through the pipeline's own extractors: the daily run's incremental path (docs/features.md, "The daily run").
 *
 * <p>Each apartment's extractors run over a grid that starts {@link #gridDays} before the day, in spec order,
 * on the readings of the day and the {@link #contextDays} before it. After each per-apartment extractor, its
 * values on the days before the day are replaced by the stored ones (where the apartment has a stored row;
 * days before the apartment's first stored row and first reading are missing, as in a batch that has no row
 * there), so the next extractor — a lag, a rolling window, a 28-day baseline, a trend — reads the history a
 * batch run over the whole lookback would have computed. The cross-apartment stage then runs over the day's
 * rows alone (peers are the same day's rows). Every extractor's value on a day depends only on the readings
 * up to its staleness limit before the day and on the columns of the days its lookback reads, and not on how
 * many earlier rows the apartment has, so the rows equal the batch's bit for bit (tested), with the
 * exceptions docs/features.md states (a sensor series whose last reading is older than the context while the
 * apartment's other sensors report; an apartment back after a silence longer than the context with no stored
 * rows for its silent days).
 *
 * <p>Immutable and thread-safe.
 */
public final class IncrementalDay {
    private final FeaturePipeline pipeline;
    private final int parallelism;

    /**
     * @param pipeline the model's pipeline; one that quarantines apartment-days has no incremental path
     * @param parallelism threads to use, 1…1024
     * @throws IllegalArgumentException when the pipeline quarantines apartment-days
     */
    public IncrementalDay(FeaturePipeline pipeline, int parallelism) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        if (pipeline.quarantines()) {
            throw new IllegalArgumentException("a pipeline that quarantines apartment-days has no incremental path "
                    + "(feature_engineering.range_violations=quarantine): compute its rows in a batch");
        }
        if (parallelism < 1 || parallelism > 1024) {
            throw new IllegalArgumentException("parallelism must be in [1, 1024], got " + parallelism);
        }
        this.parallelism = parallelism;
    }

    /**
     * @param pipeline a pipeline
     * @return whether it has an incremental path (it quarantines no apartment-day)
     */
    public static boolean supports(FeaturePipeline pipeline) {
        return !pipeline.quarantines();
    }

    /**
     * Days of UTC day partitions before the day whose readings its rows read: the staleness limit in whole days
     * (a day's first slots look back that far for the apartment's last reading, its counters for the reading
     * before midnight), plus one when the zone's day can start before the UTC day (a zone east of UTC).
     *
     * @param spec the pipeline's spec
     * @return days, {@code >= 1}
     */
    public static int contextDays(FeaturePipelineSpec spec) {
        java.time.ZoneId zone = spec.timeZone();
        boolean eastOrChanging = !zone.getRules().isFixedOffset()
                || zone.getRules().getOffset(java.time.Instant.EPOCH).getTotalSeconds() > 0;
        return Math.max(1, (int) Math.ceil(spec.staleHours() / 24.0)) + (eastOrChanging ? 1 : 0);
    }

    /**
     * @param spec the pipeline's spec
     * @return days of stored rows before the day the extractors read: {@link FeaturePipelineSpec#lookbackDays()}
     */
    public static int historyDays(FeaturePipelineSpec spec) {
        return spec.lookbackDays();
    }

    /**
     * @param spec the pipeline's spec
     * @return the grid's length before the day: the longer of the history and the context, plus one
     */
    public static int gridDays(FeaturePipelineSpec spec) {
        return Math.max(historyDays(spec), contextDays(spec)) + 1;
    }

    /**
     * @param day the day to compute
     * @param history stored rows with the pipeline's schema; rows of days other than the {@link #historyDays}
     *     before the day are ignored
     * @param readings each apartment's readings from at least {@link #contextDays} before the day, none after it
     *     (the UTC day partitions up to the day, as a batch of the day reads them)
     * @param weatherByBuilding hourly weather by building id
     * @return the day's rows, sorted by apartment id, with the pipeline's schema: one per apartment whose readings
     *     reach the day
     * @throws IllegalArgumentException when the history's columns are not the pipeline's
     */
    public FeatureFrame compute(LocalDate day, FeatureFrame history, Collection<ApartmentReadings> readings,
                                Map<String, HourlyWeather> weatherByBuilding) {
        if (!history.schema().equals(pipeline.schema())) {
            throw new IllegalArgumentException("stored rows have columns " + history.schema().names()
                    + ", the pipeline writes " + pipeline.schema().names());
        }
        LocalDate first = day.minusDays(gridDays(pipeline.spec()));
        int today = (int) (day.toEpochDay() - first.toEpochDay());
        Map<String, int[]> stored = storedRows(history, first, day);
        List<ApartmentReadings> sorted = new ArrayList<>(readings);
        sorted.sort(Comparator.comparing(ApartmentReadings::apartmentId));
        ApartmentFeatures[] rows = new ApartmentFeatures[sorted.size()];
        Workers.forEachIndex(sorted.size(), parallelism, i -> {
            ApartmentReadings r = sorted.get(i);
            int[] byDay = stored.getOrDefault(r.apartmentId(), new int[today]);
            ApartmentFeatures all = pipeline.apartment(r, weatherByBuilding.get(r.buildingId()), first,
                    new Splice(history, byDay, firstKnown(byDay, r, pipeline.spec(), first)), new ArrayList<>());
            rows[i] = all.rowCount() > today ? dayOf(all, today) : null;
        });
        return pipeline.assemble(Arrays.stream(rows).filter(Objects::nonNull).toArray(ApartmentFeatures[]::new));
    }

    /** For each apartment, the stored row of each grid day before the day + 1 (0: none). */
    private static Map<String, int[]> storedRows(FeatureFrame history, LocalDate first, LocalDate day) {
        Map<String, int[]> out = new HashMap<>();
        int today = (int) (day.toEpochDay() - first.toEpochDay());
        for (int i = 0; i < history.rowCount(); i++) {
            long d = history.epochDay(i) - first.toEpochDay();
            if (d >= 0 && d < today) {
                out.computeIfAbsent(history.apartmentId(i), k -> new int[today])[(int) d] = i + 1;
            }
        }
        return out;
    }

    /** The first grid day the apartment has a row in a batch: its first stored row's, or its first reading's. */
    private static int firstKnown(int[] byDay, ApartmentReadings r, FeaturePipelineSpec spec, LocalDate first) {
        for (int d = 0; d < byDay.length; d++) {
            if (byDay[d] != 0) {
                return d;
            }
        }
        long[] reports = r.reportInstants();
        if (reports.length == 0) {
            return byDay.length;
        }
        LocalDate day = java.time.Instant.ofEpochSecond(Math.floorDiv(reports[0], 1_000_000_000L),
                Math.floorMod(reports[0], 1_000_000_000L)).atZone(spec.timeZone()).toLocalDate();
        return (int) Math.max(0, day.toEpochDay() - first.toEpochDay());
    }

    private static ApartmentFeatures dayOf(ApartmentFeatures all, int d) {
        double[][] cols = new double[all.columns().length][];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = new double[] {all.columns()[c][d]};
        }
        return new ApartmentFeatures(all.apartmentId(), all.buildingId(), new LocalDate[] {all.dates()[d]}, cols,
                new boolean[] {all.reported()[d]});
    }

    /** Puts the stored values of the days before the day into each per-apartment extractor's outputs. */
    private static final class Splice implements FeaturePipeline.History {
        private final FeatureFrame history;
        private final int[] byDay;
        private final int firstKnown;

        Splice(FeatureFrame history, int[] byDay, int firstKnown) {
            this.history = history;
            this.byDay = byDay;
            this.firstKnown = firstKnown;
        }

        @Override
        public void splice(FeatureExtractor extractor, DailyColumns columns) {
            if (extractor instanceof CrossApartmentExtractor) {
                return; // placeholders in the per-apartment pass, in a batch too
            }
            for (String out : extractor.outputs()) {
                double[] v = columns.get(out);
                int c = history.schema().require(out);
                for (int d = 0; d < byDay.length; d++) {
                    if (byDay[d] != 0) {
                        v[d] = history.value(byDay[d] - 1, c);
                    } else if (d < firstKnown) {
                        v[d] = Double.NaN;
                    }
                }
            }
        }
    }
}
