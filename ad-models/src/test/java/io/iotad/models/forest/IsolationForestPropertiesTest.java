package io.iotad.models.forest;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.models.testing.Frames;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class IsolationForestPropertiesTest {
    private static IsolationForestDetector fit(FeatureFrame train, IsolationForestOptions o, long seed, int threads) {
        return new IsolationForestStrategy().fit(train, Labels.empty(), o, new FitContext(seed, threads, ProgressListener.NONE));
    }

    @Property(tries = 15)
    void same_seed_gives_bit_identical_scores_on_any_thread_count(@ForAll @LongRange(min = 0, max = 1000) long seed,
                                                                 @ForAll @IntRange(min = 2, max = 8) int threads,
                                                                 @ForAll boolean bootstrap) {
        FeatureFrame train = Frames.of(Frames.gaussian(3000, 3, seed));
        IsolationForestOptions o = new IsolationForestOptions(40, 128, 0.67, bootstrap);
        FeatureFrame probe = Frames.of(Frames.gaussian(2000, 3, seed + 1));
        double[] one = fit(train, o, seed, 1).score(probe).values();
        double[] many = fit(train, o, seed, threads).score(probe).values();
        assertThat(Arrays.equals(one, many)).isTrue();
    }

    @Property(tries = 15)
    void a_point_far_outside_the_data_scores_above_the_centre(@ForAll @LongRange(min = 0, max = 1000) long seed,
                                                             @ForAll @IntRange(min = 1, max = 5) int d) {
        IsolationForestDetector f = fit(Frames.of(Frames.gaussian(1000, d, seed)), IsolationForestOptions.defaults(), seed, 2);
        double[] centre = new double[d];
        double[] far = new double[d];
        Arrays.fill(far, 8.0);
        double[] s = f.scoreRows(concat(centre, far));
        assertThat(s[1]).isGreaterThan(s[0]);
        assertThat(s[1]).isGreaterThan(0.6);
    }

    @Property(tries = 15)
    void scores_lie_in_zero_one(@ForAll @LongRange(min = 0, max = 1000) long seed,
                                @ForAll @IntRange(min = 2, max = 300) int n) {
        IsolationForestDetector f = fit(Frames.of(Frames.gaussian(n, 2, seed)), new IsolationForestOptions(20, 256, 1.0, false),
                seed, 1);
        double[] s = f.score(Frames.of(Frames.gaussian(200, 2, seed + 7))).values();
        for (double v : s) {
            assertThat(v).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
        }
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
