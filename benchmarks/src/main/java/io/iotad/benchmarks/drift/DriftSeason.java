package io.iotad.benchmarks.drift;

import io.iotad.core.config.IotadConfig;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.pipeline.DayQuarantine;
import io.iotad.features.pipeline.FeaturePipeline;
import io.iotad.features.pipeline.FeaturePipelineSpec;
import io.iotad.pipeline.monitoring.DayDrift;
import io.iotad.pipeline.monitoring.DriftCheck;
import io.iotad.pipeline.monitoring.DriftFinding;
import io.iotad.pipeline.monitoring.DriftLevel;
import io.iotad.pipeline.monitoring.DriftReport;
import io.iotad.pipeline.monitoring.FeatureProfile;
import io.iotad.pipeline.monitoring.FeatureProfiler;
import io.iotad.pipeline.monitoring.HddBands;
import io.iotad.pipeline.workflow.FeatureEngineering;
import io.iotad.pipeline.workflow.PortfolioInputs;
import io.iotad.pipeline.workflow.Telemetry;
import io.iotad.pipeline.workflow.TelemetryLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * The drift step over a simulated season, as daily scoring runs would meet it: the feature profile of
 * the first {@code TRAIN_DAYS} days (what {@code iotad train} stores in the artifact), then every later
 * day judged by {@link DriftCheck} against it. For each judged day it prints one line with the largest
 * population-stability index, Kolmogorov–Smirnov distance and null-rate rise over every segment,
 * feature and band, and where each was found, so the warning and stop limits can be chosen from the
 * measured distribution of normal days (and a scenario's first stop read off).
 *
 * <p>The features are computed with no data contract and no range quarantine, so a scenario's values
 * (a building's meters in Wh) reach the drift step as they are; in {@code iotad score} the data
 * contract may stop such a day first.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.iotad.benchmarks.drift.DriftSeason DATA_DIR
 * [TRAIN_DAYS=60] [key=value ...]} (configuration overrides, e.g. {@code feature_engineering.extractors=[...]}).
 * Output: tab-separated lines {@code day, max_psi, where, max_ks, where, max_null_rise, where}, then for each
 * R of 50, 100, 200, 300, 500, 1000 {@code R:max_psi:max_ks} over the segment-bands with at least R training
 * rows (what {@code monitoring.min_reference_rows=R} would judge), then {@code STOP} when the day's verdict at the
 * configured stop limits stops the run ({@code -} otherwise), then one {@code # summary} line with the count of
 * stopped days.
 */
public final class DriftSeason {
    /** Training rows of a segment-band at or above which the extra columns take the maxima. */
    private static final int[] REFERENCE_ROWS = {50, 100, 200, 300, 500, 1000};

    private DriftSeason() {
    }

    /**
     * @param args the portfolio folder (simulator layout), then optionally the training days and overrides
     * @throws IOException when the portfolio cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: DriftSeason DATA_DIR [TRAIN_DAYS=60] [key=value ...]");
        }
        Path data = Path.of(args[0]);
        int trainDays = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        List<String> overrides = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            overrides.add(args[i]);
        }
        // every finding above 0 is kept (warn limits 0), so each statistic's maximum can be read off
        overrides.addAll(List.of("monitoring.psi_warn=0", "monitoring.ks_warn=0", "monitoring.null_rate_warn=0"));
        IotadConfig config = IotadConfig.defaults().withOverrides(overrides);
        Path quarantine = Files.createTempFile("drift-season", ".jsonl");
        Telemetry telemetry = new TelemetryLoader(config, quarantine, ProgressListener.NONE)
                .load(PortfolioInputs.inDirectory(data), new HashMap<>());
        Files.deleteIfExists(quarantine);
        FeaturePipelineSpec spec = FeatureEngineering.specFrom(config.featureEngineering());
        FeatureFrame frame = new FeaturePipeline(spec, Runtime.getRuntime().availableProcessors(), DayQuarantine.none())
                .compute(telemetry.apartments(), telemetry.weather(), ProgressListener.NONE).frame();
        long first = frame.epochDay(0);
        long last = first;
        for (int i = 0; i < frame.rowCount(); i++) {
            first = Math.min(first, frame.epochDay(i));
            last = Math.max(last, frame.epochDay(i));
        }
        long trainTo = first + trainDays - 1;
        long firstDay = first;
        FeatureFrame train = frame.filter(i -> frame.epochDay(i) <= trainTo);
        FeatureProfile profile = FeatureProfiler.profile(train,
                new HashSet<>(config.featureEngineering().weatherFeatureCols()), new HddBands(config.monitoring().hddBandWidth()));
        DriftReport report = new DriftCheck(profile, config.monitoring())
                .check(frame, LocalDate.ofEpochDay(trainTo + 1), LocalDate.ofEpochDay(last));
        System.out.printf(Locale.ROOT, "# %s: profile of %s..%s (%d rows), judged %s..%s%n", data,
                LocalDate.ofEpochDay(firstDay), LocalDate.ofEpochDay(trainTo), train.rowCount(),
                LocalDate.ofEpochDay(trainTo + 1), LocalDate.ofEpochDay(last));
        System.out.println("day\tmax_psi\twhere\tmax_ks\twhere\tmax_null_rise\twhere\tR:max_psi:max_ks (training rows >= R) ..."
                + "\tstop (the day's verdict at the stop limits)");
        double[] season = new double[3];
        int stops = 0;
        for (DayDrift d : report.days()) {
            DriftFinding[] max = new DriftFinding[3];
            for (DriftFinding f : d.findings()) {
                int s = switch (f.statistic()) {
                    case "psi" -> 0;
                    case "ks" -> 1;
                    default -> 2;
                };
                if (max[s] == null || f.value() > max[s].value()) {
                    max[s] = f;
                }
            }
            StringBuilder line = new StringBuilder(d.day().toString());
            for (int s = 0; s < 3; s++) {
                double v = max[s] == null ? 0 : max[s].value();
                season[s] = Math.max(season[s], v);
                line.append(String.format(Locale.ROOT, "\t%.4f\t%s", v, max[s] == null ? "-"
                        : max[s].segment() + "/" + max[s].feature() + "/" + max[s].band().replace(' ', '_')));
            }
            // the same maxima over the segment-bands with at least R training rows, for a choice of min_reference_rows
            for (int r : REFERENCE_ROWS) {
                double psi = 0;
                double ks = 0;
                for (DriftFinding f : d.findings()) {
                    if (f.referenceRows() >= r) {
                        psi = f.statistic().equals("psi") ? Math.max(psi, f.value()) : psi;
                        ks = f.statistic().equals("ks") ? Math.max(ks, f.value()) : ks;
                    }
                }
                line.append(String.format(Locale.ROOT, "\t%d:%.4f:%.4f", r, psi, ks));
            }
            line.append(d.level() == DriftLevel.STOP ? "\tSTOP" : "\t-");
            stops += d.level() == DriftLevel.STOP ? 1 : 0;
            System.out.println(line);
        }
        System.out.printf(Locale.ROOT, "# summary: %d days judged; max psi %.4f, max ks %.4f, max null-rate rise %.4f; "
                + "%d stopped%n", report.days().size(), season[0], season[1], season[2], stops);
    }
}
