package io.iotad.models.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.models.testdata.Frames;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class XGBoostPropertiesTest {
    @Property(tries = 8)
    void same_seed_and_data_give_the_same_scores(@ForAll @LongRange(min = 0, max = 1000) long seed) {
        double[][] x = Frames.gaussian(200, 2, seed);
        int[] y = new int[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = x[i][0] > 0.5 ? 1 : 0;
        }
        y[0] = 1;
        y[1] = 0;
        FeatureFrame f = Frames.of(List.of("a", "b"), x);
        XGBoostStrategy s = new XGBoostStrategy();
        XGBoostOptions o = s.parseOptions(Map.of("trees", 10, "subsample", 0.6, "colsample_bytree", 0.5));
        FitContext c = new FitContext(seed, 1, ProgressListener.NONE);

        double[] first = s.fit(f, Frames.labels(y), o, c).score(f).values();
        double[] second = s.fit(f, Frames.labels(y), o, c).score(f).values();

        assertThat(second).isEqualTo(first);
    }
}
