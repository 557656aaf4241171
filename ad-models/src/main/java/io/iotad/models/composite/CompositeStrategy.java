package io.iotad.models.composite;

import io.iotad.core.detect.AbstractDetectorStrategy;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The {@code composite} strategy: a detector assembled from configuration (see
 * {@link CompositeOptions}). Subclasses are presets with their own name and default configuration,
 * such as {@link LrLofStrategy}.
 *
 * <p><b>Fitting.</b> Each component is fitted on the whole training frame with its own options and
 * a seed drawn, in component order, from a {@link SplittableRandom} seeded with the context's seed
 * (so the same seed gives the same composite); its training scores are calibrated
 * ({@link ScoreCalibration}). When stacking, the stage is fitted, with the next seed, on the
 * training rows whose component scores and passthrough features are all present — the in-sample
 * component scores, as in the seed's LR + LOF pipeline.
 *
 * <p><b>Occupancy.</b> With an {@link OccupancyGate} the components are fitted on every training
 * row but never see the gate's feature; their scores are calibrated on the occupied training rows
 * only, and a scored row in the away state gets NaN (see {@link OccupancyGate}).
 *
 * <p>Default configuration: {@code lr_residual} and {@code rules} combined by {@code mean_rank}.
 */
public class CompositeStrategy extends AbstractDetectorStrategy<CompositeOptions> {
    /** The configuration name. */
    public static final String NAME = "composite";
    /** The default configuration of {@code composite}. */
    public static final Map<String, Object> PRESET = Map.of(
            "components", List.of(Map.of("name", "lr", "strategy", "lr_residual"),
                    Map.of("name", "rules", "strategy", "rules")),
            "combine", "mean_rank");

    /** Creates the generic {@code composite} strategy (found by ServiceLoader). */
    public CompositeStrategy() {
        this(NAME, "scores of component strategies combined by a configured rule (z-score max or mean, "
                + "mean rank, or stacking into a second strategy)", PRESET);
    }

    /**
     * @param name the preset's configuration name
     * @param description one sentence on it
     * @param preset its default configuration
     */
    protected CompositeStrategy(String name, String description, Map<String, Object> preset) {
        super(name, description, false, parser(name, preset), new CompositeCodec());
    }

    private static Function<Map<String, ?>, CompositeOptions> parser(String name, Map<String, Object> preset) {
        Map<String, Object> copy = Map.copyOf(preset);
        return raw -> CompositeOptions.fromMap(name, raw, copy);
    }

    /**
     * @throws IllegalArgumentException when a component or the stage cannot be fitted on the frame,
     *     or no training row has every stage input
     */
    @Override
    public Detector fit(FeatureFrame train, Labels labels, CompositeOptions options, FitContext context) {
        Objects.requireNonNull(options, "options");
        SplittableRandom seeds = new SplittableRandom(context.seed());
        List<Detector> detectors = new ArrayList<>();
        List<ScoreCalibration> calibrations = new ArrayList<>();
        int k = options.components().size();
        double[][] comp = new double[k][];
        FeatureFrame parts = CompositeDetector.withoutGate(options, train);
        boolean[] away = options.occupancy() == null ? null : options.occupancy().away(train);
        for (int i = 0; i < k; i++) {
            ComponentSpec c = options.components().get(i);
            FitContext sub = new FitContext(seeds.nextLong(), context.threads(), context.progress());
            Detector d = c.trainer().fit(parts, labels, sub);
            comp[i] = d.score(parts).values();
            detectors.add(d);
            try {
                calibrations.add(ScoreCalibration.learn(CompositeDetector.gated(comp[i], away)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name() + " component " + c.name() + ": " + e.getMessage(), e);
            }
            context.progress().progress(name() + " components", i + 1, k);
        }
        Detector stage = null;
        if (options.stack() != null) {
            FeatureFrame in = CompositeDetector.stageInput(options, train, comp);
            double[][] rows = in.toRowMajor(in.schema());
            int[] complete = IntStream.range(0, rows.length).filter(r -> !CompositeDetector.anyNaN(rows[r])).toArray();
            if (complete.length == 0) {
                throw new IllegalArgumentException(name() + ": no training row has every stacking input "
                        + in.schema().names() + "; expected rows the components score and passthrough features present");
            }
            FitContext sub = new FitContext(seeds.nextLong(), context.threads(), context.progress());
            stage = options.stack().trainer().fit(in.rows(complete), labels, sub);
        }
        return new CompositeDetector(name(), options, detectors, calibrations, stage);
    }
}
