package io.iotad.models.lof;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.models.testing.Frames;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class LofPropertiesTest {
    private static LofDetector fit(FeatureFrame train, LofOptions o, int threads) {
        return new LofStrategy().fit(train, Labels.empty(), o, new FitContext(0, threads, ProgressListener.NONE));
    }

    @Property(tries = 10)
    void scores_are_bit_identical_on_any_thread_count(@ForAll @LongRange(min = 0, max = 1000) long seed,
                                                     @ForAll @IntRange(min = 2, max = 8) int threads) {
        FeatureFrame train = Frames.of(Frames.gaussian(1500, 3, seed));
        FeatureFrame probe = Frames.of(Frames.gaussian(1200, 3, seed + 1));
        double[] one = fit(train, LofOptions.defaults(), 1).score(probe).values();
        double[] many = fit(train, LofOptions.defaults(), threads).score(probe).values();
        assertThat(Arrays.equals(one, many)).isTrue();
    }

    @Property(tries = 10)
    void a_point_far_outside_the_data_scores_above_the_centre(@ForAll @LongRange(min = 0, max = 1000) long seed,
                                                             @ForAll @IntRange(min = 1, max = 6) int d,
                                                             @ForAll boolean standardize) {
        LofDetector lof = fit(Frames.of(Frames.gaussian(600, d, seed)), LofOptions.defaults().withStandardize(standardize), 1);
        double[] rows = new double[2 * d];
        Arrays.fill(rows, d, 2 * d, 10.0);
        double[] s = lof.scoreRows(rows);
        assertThat(s[1]).isGreaterThan(s[0]).isGreaterThan(2.0);
    }

    @Property(tries = 10)
    void points_inside_a_uniform_cluster_score_about_one(@ForAll @LongRange(min = 0, max = 1000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] train = new double[3000][2];
        for (double[] row : train) {
            row[0] = r.nextDouble();
            row[1] = r.nextDouble();
        }
        LofDetector lof = fit(Frames.of(train), LofOptions.defaults(), 2);
        double[] probe = new double[2 * 200];
        for (int i = 0; i < probe.length; i++) {
            probe[i] = 0.25 + 0.5 * r.nextDouble(); // away from the border, where density drops
        }
        double[] s = lof.scoreRows(probe);
        assertThat(Arrays.stream(s).average().orElseThrow()).isBetween(0.95, 1.05);
        for (double v : s) {
            assertThat(v).isBetween(0.7, 1.4);
        }
    }
}
