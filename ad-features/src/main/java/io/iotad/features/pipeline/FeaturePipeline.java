package io.iotad.features.pipeline;

import io.iotad.core.concurrent.Workers;
import io.iotad.core.data.DataException;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.extract.ApartmentDays;
import io.iotad.features.extract.CrossApartmentExtractor;
import io.iotad.features.extract.DailyColumns;
import io.iotad.features.extract.FeatureExtractor;
import io.iotad.features.extract.PeerGroups;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Computes daily feature rows (DATA-CONTRACT §3) from validated readings and hourly weather, as the
 * {@link FeaturePipelineSpec} says. The same code path serves training and inference: a model keeps
 * its spec, and inference rebuilds this pipeline from it.
 *
 * <p>The work is a pure function per apartment ({@link #apartment}) run in parallel across cores
 * ({@link #run}); the output is sorted by apartment id then date whatever the thread count, so the
 * same input gives the same frame on any machine. Thread-safe and immutable.
 */
public final class FeaturePipeline {
    /** Progress step name reported by {@link #run}. */
    public static final String PROGRESS_STEP = "features";

    private final FeaturePipelineSpec spec;
    private final int parallelism;
    private final FeatureSchema schema;
    private final DayQuarantine quarantine;

    /**
     * A pipeline using every available core.
     *
     * @param spec what to compute
     */
    public FeaturePipeline(FeaturePipelineSpec spec) {
        this(spec, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param spec what to compute
     * @param parallelism threads to use, 1…1024
     */
    public FeaturePipeline(FeaturePipelineSpec spec, int parallelism) {
        this(spec, parallelism, DayQuarantine.none());
    }

    /**
     * @param spec what to compute
     * @param parallelism threads to use, 1…1024
     * @param quarantine which apartment-days to quarantine instead of leaving a range break to the data contract
     *     ({@link DayQuarantine#none()}: none)
     */
    public FeaturePipeline(FeaturePipelineSpec spec, int parallelism, DayQuarantine quarantine) {
        this.spec = Objects.requireNonNull(spec, "spec");
        if (parallelism < 1 || parallelism > 1024) {
            throw new IllegalArgumentException("parallelism must be in [1, 1024], got " + parallelism);
        }
        this.parallelism = parallelism;
        this.schema = spec.outputSchema();
        this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
    }

    /** @return the spec */
    public FeaturePipelineSpec spec() {
        return spec;
    }

    /** @return the output columns, in order */
    public FeatureSchema schema() {
        return schema;
    }

    /**
     * The pure per-apartment function: one row per calendar day from the first reading's day to the last's.
     *
     * @param readings one apartment's readings
     * @param weather its building's hourly weather, or {@code null} when there is none (weather features are then missing)
     * @return the apartment's rows
     */
    public ApartmentFeatures apartment(ApartmentReadings readings, HourlyWeather weather) {
        return apartment(readings, weather, null, NO_HISTORY, new ArrayList<>());
    }

    /** Replaces some of an extractor's values after it ran (the stored history of an incremental run). */
    @FunctionalInterface
    interface History {
        /**
         * @param extractor the extractor that just ran
         * @param columns the apartment's columns so far, the extractor's outputs included (their arrays may be changed)
         */
        void splice(FeatureExtractor extractor, DailyColumns columns);
    }

    private static final History NO_HISTORY = (e, c) -> { };

    /**
     * The per-apartment function on a given grid, with a history hook: each extractor's outputs are handed to
     * {@code history} before the next extractor reads them. With a grid that starts before the first reading
     * (an incremental run's), a day-local extractor — one that reads no column and no earlier day
     * ({@link #dayLocal}) — runs on the grid of the readings alone and its values are placed on the longer
     * grid: a day's value depends on the readings around that day only, and the days before the readings are
     * the history's.
     *
     * @param firstDay the grid's first day ({@code null}: the first reading's day)
     */
    ApartmentFeatures apartment(ApartmentReadings readings, HourlyWeather weather, LocalDate firstDay, History history,
                                List<QuarantinedDay> quarantined) {
        ApartmentDays days = new ApartmentDays(readings, weather, spec.timeZone(), spec.staleNanos(), firstDay);
        ApartmentDays own = firstDay == null || days.dayCount() == 0 ? days
                : new ApartmentDays(readings, weather, spec.timeZone(), spec.staleNanos());
        int offset = days.dayCount() - own.dayCount();
        DailyColumns columns = new DailyColumns(days.dayCount());
        for (FeatureExtractor e : spec.extractors()) {
            if (own != days && dayLocal(e)) {
                DailyColumns local = new DailyColumns(own.dayCount());
                e.extract(own, local);
                for (String out : e.outputs()) {
                    double[] v = new double[days.dayCount()];
                    Arrays.fill(v, 0, offset, Double.NaN);
                    System.arraycopy(local.get(out), 0, v, offset, own.dayCount());
                    columns.put(out, v);
                }
            } else {
                e.extract(days, columns);
            }
            history.splice(e, columns);
        }
        if (quarantine.active()) {
            columns = quarantine.apply(days, columns, spec.extractors(), quarantined);
        }
        double[][] out = new double[schema.size()][];
        for (int c = 0; c < out.length; c++) {
            out[c] = columns.get(schema.names().get(c));
        }
        LocalDate[] dates = new LocalDate[days.dayCount()];
        for (int d = 0; d < dates.length; d++) {
            dates[d] = days.date(d);
        }
        boolean[] reported = new boolean[dates.length];
        for (int d = 0; d < dates.length; d++) {
            reported[d] = days.reportedIn(d);
        }
        return new ApartmentFeatures(readings.apartmentId(), readings.buildingId(), dates, out, reported);
    }

    /**
     * Computes the rows of every apartment, in parallel.
     *
     * @param apartments the apartments, each id at most once, in any order
     * @param weatherByBuilding hourly weather by building id; a building without an entry gets missing weather features
     * @param progress told {@code ("features", apartments done, apartments in all)} about every 1% of the work
     * @return the rows, sorted by apartment id then date, with the spec's output schema
     * @throws DataException when an apartment id occurs twice
     */
    public FeatureFrame run(Collection<ApartmentReadings> apartments, Map<String, HourlyWeather> weatherByBuilding,
                            ProgressListener progress) {
        return compute(apartments, weatherByBuilding, progress).frame();
    }

    /**
     * Computes the rows of every apartment, in parallel, and reports the apartment-days the pipeline's
     * {@link DayQuarantine} took out.
     *
     * @param apartments the apartments, each id at most once, in any order
     * @param weatherByBuilding hourly weather by building id; a building without an entry gets missing weather features
     * @param progress told {@code ("features", apartments done, apartments in all)} about every 1% of the work
     * @return the rows, sorted by apartment id then date, and the quarantined days
     * @throws DataException when an apartment id occurs twice
     */
    public FeaturePipelineResult compute(Collection<ApartmentReadings> apartments, Map<String, HourlyWeather> weatherByBuilding,
                                         ProgressListener progress) {
        return compute(new ArrayList<>(apartments), weatherByBuilding, progress, false);
    }

    /**
     * {@link #compute}, releasing each apartment's readings as soon as its rows are computed: the list is
     * sorted in place and each entry set to null once done, so that a season's readings (16 bytes a
     * reading) need not stay in memory beside the features and the assembled frame. Used by
     * {@link FeatureRun}, which holds no other reference to them.
     *
     * @param apartments the apartments, each id at most once, in any order; a mutable list, all null afterwards
     * @param weatherByBuilding hourly weather by building id; a building without an entry gets missing weather features
     * @param progress told {@code ("features", apartments done, apartments in all)} about every 1% of the work
     * @return the rows, sorted by apartment id then date, and the quarantined days
     * @throws DataException when an apartment id occurs twice
     */
    public FeaturePipelineResult computeReleasing(List<ApartmentReadings> apartments,
                                                  Map<String, HourlyWeather> weatherByBuilding, ProgressListener progress) {
        return compute(apartments, weatherByBuilding, progress, true);
    }

    private FeaturePipelineResult compute(List<ApartmentReadings> sorted, Map<String, HourlyWeather> weatherByBuilding,
                                          ProgressListener progress, boolean release) {
        sorted.sort(Comparator.comparing(ApartmentReadings::apartmentId));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).apartmentId().equals(sorted.get(i - 1).apartmentId())) {
                throw new DataException("readings", 0, "apartment_id", sorted.get(i).apartmentId(),
                        "each apartment once (it is reported under buildings " + sorted.get(i - 1).buildingId()
                                + " and " + sorted.get(i).buildingId() + ")");
            }
        }
        int n = sorted.size();
        ApartmentFeatures[] results = new ApartmentFeatures[n];
        @SuppressWarnings("unchecked")
        List<QuarantinedDay>[] quarantined = new List[n];
        AtomicLong done = new AtomicLong();
        long every = Math.max(1, n / 100);
        progress.progress(PROGRESS_STEP, 0, n);
        IntConsumer compute = i -> {
            ApartmentReadings r = sorted.get(i);
            quarantined[i] = new ArrayList<>(0);
            results[i] = apartment(r, weatherByBuilding.get(r.buildingId()), null, NO_HISTORY, quarantined[i]);
            if (release) {
                sorted.set(i, null);
            }
            long k = done.incrementAndGet();
            if (k % every == 0 || k == n) {
                progress.progress(PROGRESS_STEP, k, n);
            }
        };
        if (parallelism == 1 || n < 2) {
            IntStream.range(0, n).forEach(compute);
        } else {
            Workers.forEachIndex(n, parallelism, compute);
        }
        List<QuarantinedDay> days = new ArrayList<>();
        for (List<QuarantinedDay> q : quarantined) {
            days.addAll(q);
        }
        return new FeaturePipelineResult(assemble(results), days);
    }

    /**
     * The cross-apartment stage: each {@link CrossApartmentExtractor}, in spec order, replaces its
     * placeholder columns with values computed over all rows, grouped by building and day. Only rows whose
     * apartment sent a reading that day are grouped: a row that exists only because the apartment reported
     * again later would make a day's peers depend on data after the day.
     */
    void acrossApartments(String[] buildingIds, LocalDate[] dates, boolean[] reported, double[][] cols) {
        PeerGroups groups = null;
        List<String> names = schema.names();
        for (FeatureExtractor e : spec.extractors()) {
            if (!(e instanceof CrossApartmentExtractor cross)) {
                continue;
            }
            if (groups == null) {
                groups = PeerGroups.of(buildingIds, dates, reported);
            }
            Map<String, double[]> inputs = new HashMap<>();
            for (String in : cross.inputs()) {
                inputs.put(in, cols[names.indexOf(in)]);
            }
            Map<String, double[]> out = cross.extractAcross(groups, Map.copyOf(inputs));
            for (String o : cross.outputs()) {
                double[] v = out.get(o);
                if (v == null || v.length != dates.length) {
                    throw new IllegalStateException("cross-apartment extractor " + cross.toMap() + " returned "
                            + (v == null ? "no column '" + o + "'" : v.length + " values of '" + o + "', expected " + dates.length));
                }
                cols[names.indexOf(o)] = v;
            }
        }
    }

    /**
     * @param e an extractor
     * @return whether its value of a day reads only that day's readings and weather: no column, no earlier day
     */
    static boolean dayLocal(FeatureExtractor e) {
        return e.inputs().isEmpty() && e.lookbackDays() == 0 && !(e instanceof CrossApartmentExtractor);
    }

    /** @return whether apartment-days breaking a range are quarantined */
    boolean quarantines() {
        return quarantine.active();
    }

    FeatureFrame assemble(ApartmentFeatures[] results) {
        int rows = 0;
        for (ApartmentFeatures a : results) {
            rows += a.rowCount();
        }
        String[] apts = new String[rows];
        String[] bldgs = new String[rows];
        LocalDate[] dates = new LocalDate[rows];
        boolean[] reported = new boolean[rows];
        double[][] cols = new double[schema.size()][rows];
        int at = 0;
        for (ApartmentFeatures a : results) {
            int m = a.rowCount();
            Arrays.fill(apts, at, at + m, a.apartmentId());
            Arrays.fill(bldgs, at, at + m, a.buildingId());
            System.arraycopy(a.dates(), 0, dates, at, m);
            System.arraycopy(a.reported(), 0, reported, at, m);
            for (int c = 0; c < cols.length; c++) {
                System.arraycopy(a.columns()[c], 0, cols[c], at, m);
            }
            at += m;
        }
        acrossApartments(bldgs, dates, reported, cols);
        return FeatureFrame.of(schema, apts, bldgs, dates, cols);
    }
}
