package io.iotad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.pipeline.csv.StrategyChoice;
import io.iotad.core.config.ConfigOverride;
import io.iotad.core.detect.DetectorStrategy;
import io.iotad.core.detect.FitContext;
import io.iotad.core.progress.ProgressListener;
import io.iotad.models.skab.RollingWindowFeatures;
import io.iotad.models.skab.SkabEvaluation;
import io.iotad.models.skab.SkabReader;
import io.iotad.models.skab.SkabRecording;
import io.iotad.models.skab.ThresholdCalibration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code iotad eval-skab}: runs an unsupervised strategy on SKAB recordings under the SKAB
 * leaderboard's outlier protocol (fit on each file's first 400 rows, a 0/1 alarm per remaining
 * row, confusion matrix pooled over files) and prints one JSON line with {@code F1}, {@code FAR},
 * {@code MAR} and the counts.
 */
@Command(name = "eval-skab", mixinStandardHelpOptions = true,
        description = "Scores a strategy on SKAB CSV directories with the leaderboard's outlier protocol; prints one JSON line.")
public final class EvalSkabCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "DIR",
            description = "SKAB directories (their *.csv files) or files")
    List<Path> data;

    @Option(names = "--strategy", defaultValue = "one_class_svm", description = "unsupervised strategy (default: ${DEFAULT-VALUE})")
    String strategy;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "a strategy option, repeatable; a value with commas is a list (drivers=a,b)")
    List<String> set = new ArrayList<>();

    @Option(names = "--sensors", split = ",", paramLabel = "NAME",
            description = "sensor columns to use (default: all but the label columns)")
    List<String> sensors;

    @Option(names = "--window", defaultValue = "" + RollingWindowFeatures.DEFAULT_WINDOW,
            description = "rows per causal rolling window (default: ${DEFAULT-VALUE})")
    int window;

    @Option(names = "--kinds", split = ",", defaultValue = "mean,std",
            description = "rolling features per sensor: raw, mean, std, diff (default: ${DEFAULT-VALUE})")
    List<String> kinds;

    @Option(names = "--quantile", defaultValue = "0.99",
            description = "threshold = this quantile of the training part's scores (default: ${DEFAULT-VALUE})")
    double quantile;

    @Option(names = "--margin", defaultValue = "0",
            description = "widen the threshold by margin x (quantile - median) of the training scores (default: ${DEFAULT-VALUE})")
    double margin;

    @Option(names = "--smooth", defaultValue = "1",
            description = "causal moving mean of scores over this many rows before thresholding (default: ${DEFAULT-VALUE})")
    int smooth;

    @Option(names = "--seed", defaultValue = "0", description = "seed of every fit (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", defaultValue = "1", description = "threads per fit (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--per-file", description = "also print one JSON line per file, before the pooled line")
    boolean perFile;

    @Override
    public Integer call() throws Exception {
        DetectorStrategy<?> s = StrategyChoice.byName(strategy, true);
        RollingWindowFeatures features = new RollingWindowFeatures(window, kinds);
        ThresholdCalibration calibration = new ThresholdCalibration(quantile, margin, smooth);
        Map<String, Object> options = ConfigOverride.options(set);
        SkabEvaluation eval = new SkabEvaluation(s, options, features, calibration,
                new FitContext(seed, threads, ProgressListener.NONE));
        long t0 = System.nanoTime();
        List<SkabRecording> recs = SkabReader.readAll(data);
        if (sensors != null && !sensors.isEmpty()) {
            recs = recs.stream().map(r -> r.withSensors(sensors)).toList();
        }
        SkabEvaluation.Result r = eval.run(recs);
        double seconds = (System.nanoTime() - t0) / 1e9;
        ObjectMapper json = new ObjectMapper();
        if (perFile) {
            for (SkabEvaluation.FileResult f : r.files()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", f.source());
                m.put("threshold", f.threshold());
                m.putAll(f.counts().toMap());
                System.out.println(json.writeValueAsString(m));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("strategy", s.name());
        out.put("files", recs.size());
        out.putAll(r.pooled().toMap());
        out.put("options", s.parseOptions(options).toMap());
        out.put("sensors", recs.isEmpty() ? List.of() : recs.get(0).sensors());
        out.put("window", features.window());
        out.put("kinds", features.kinds());
        out.put("quantile", quantile);
        out.put("margin", margin);
        out.put("smooth", smooth);
        out.put("seed", seed);
        out.put("data", Arrays.asList(data.stream().map(Path::toString).toArray()));
        out.put("seconds", Math.round(seconds * 100) / 100.0);
        System.out.println(json.writeValueAsString(out));
        return 0;
    }
}
