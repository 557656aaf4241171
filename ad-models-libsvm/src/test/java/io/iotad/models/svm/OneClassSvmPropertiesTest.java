package io.iotad.models.svm;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.detect.Detector;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import io.iotad.models.testdata.Frames;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

class OneClassSvmPropertiesTest {
    private static final List<String> NAMES = List.of("a", "b");

    @Property(tries = 15)
    void a_point_far_outside_the_data_scores_above_the_centre(
            @ForAll @LongRange(min = 0, max = 10_000) long seed,
            @ForAll @DoubleRange(min = 6, max = 50) double distance,
            @ForAll @DoubleRange(min = 0, max = 6.28) double angle) {
        FeatureFrame train = Frames.of(NAMES, Frames.gaussian(120, 2, seed));
        Detector d = new OneClassSvmStrategy().bind(Map.of()).fit(train, Labels.empty(), FitContext.seeded(seed));

        double[] s = d.score(Frames.of(NAMES, new double[][] {
            {distance * Math.cos(angle), distance * Math.sin(angle)}, {0, 0}})).values();

        assertThat(s[0]).isGreaterThan(s[1]);
    }

    @Property(tries = 5)
    void same_data_gives_the_same_scores(@ForAll @LongRange(min = 0, max = 10_000) long seed) {
        FeatureFrame train = Frames.of(NAMES, Frames.gaussian(100, 2, seed));
        OneClassSvmStrategy s = new OneClassSvmStrategy();

        double[] first = s.bind(Map.of()).fit(train, Labels.empty(), FitContext.seeded(seed)).score(train).values();
        double[] second = s.bind(Map.of()).fit(train, Labels.empty(), new FitContext(seed, 1,
                io.iotad.core.progress.ProgressListener.NONE)).score(train).values();

        assertThat(second).isEqualTo(first);
    }
}
