package io.iotad.models.skab;

import io.iotad.core.data.DataException;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategy;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The SKAB leaderboard's outlier protocol for one unsupervised strategy: per recording, compute
 * the rolling features, fit a fresh detector on the first {@link #TRAIN_ROWS} rows (their labels
 * unused), calibrate the alarm threshold on those rows' own scores, raise a 0/1 alarm for every
 * remaining row, and pool the confusion matrices over all recordings.
 *
 * @param strategy an unsupervised strategy
 * @param options its raw options
 * @param features the rolling-window features
 * @param calibration the threshold calibration
 * @param context seed and threads of every fit (the same for each recording)
 */
public record SkabEvaluation(DetectorStrategy<?> strategy, Map<String, ?> options, RollingWindowFeatures features,
                             ThresholdCalibration calibration, FitContext context) {
    /** Rows of each recording used for fitting, as the leaderboard's {@code train_size=400}. */
    public static final int TRAIN_ROWS = 400;

    /** Validates. */
    public SkabEvaluation {
        Objects.requireNonNull(strategy, "strategy");
        options = Map.copyOf(options);
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(calibration, "calibration");
        Objects.requireNonNull(context, "context");
        if (strategy.supervised()) {
            throw new IllegalArgumentException("strategy '" + strategy.name() + "' is supervised; the SKAB outlier "
                    + "protocol fits without labels, so it needs an unsupervised strategy");
        }
        strategy.parseOptions(options); // fail before reading any data
    }

    /**
     * One recording's outcome.
     *
     * @param source the file
     * @param counts its confusion matrix on the test rows
     * @param threshold the calibrated threshold
     */
    public record FileResult(String source, ConfusionCounts counts, double threshold) {
    }

    /**
     * All recordings' outcomes.
     *
     * @param pooled the confusion matrix summed over recordings
     * @param files per recording, in input order
     */
    public record Result(ConfusionCounts pooled, List<FileResult> files) {
        /** Copies the list. */
        public Result {
            files = List.copyOf(files);
        }
    }

    /**
     * @param recordings labelled recordings, each longer than {@link #TRAIN_ROWS} rows
     * @return pooled and per-file results
     * @throws DataException when a recording is too short
     */
    public Result run(List<SkabRecording> recordings) {
        ConfusionCounts pooled = ConfusionCounts.ZERO;
        List<FileResult> files = new ArrayList<>();
        for (SkabRecording rec : recordings) {
            FileResult r = evaluate(rec);
            files.add(r);
            pooled = pooled.plus(r.counts());
        }
        return new Result(pooled, files);
    }

    /**
     * @param rec one labelled recording
     * @return its outcome
     */
    public FileResult evaluate(SkabRecording rec) {
        int n = rec.size();
        if (n <= TRAIN_ROWS) {
            throw new DataException(rec.source(), 0, "", String.valueOf(n), "more than " + TRAIN_ROWS + " rows");
        }
        FeatureFrame all = features.apply(rec);
        FeatureFrame train = all.rows(IntStream.range(0, TRAIN_ROWS).toArray());
        Detector d = strategy.bind(options).fit(train, Labels.empty(), context);
        double[] scores = d.score(all).values();
        double threshold = calibration.threshold(Arrays.copyOfRange(scores, 0, TRAIN_ROWS));
        // smoothing is causal, so scoring the whole stream and cutting at TRAIN_ROWS is the same as
        // smoothing the test part with the training part's last scores as its history
        int[] alarms = Arrays.copyOfRange(calibration.alarms(scores, threshold), TRAIN_ROWS, n);
        int[] labels = Arrays.copyOfRange(rec.anomaly(), TRAIN_ROWS, n);
        return new FileResult(rec.source(), ConfusionCounts.of(alarms, labels), threshold);
    }
}
