package io.iotad.pipeline.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.detect.AbstractDetector;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorOptions;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.explain.FeatureBaseline;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.score.Scores;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Routing on a hand-made topology: each building to its archetype's model, the rest to the global one. */
class ArchetypeRoutingTest {
    private static final FeatureSchema X = FeatureSchema.of("x");
    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    /** A detector whose score is its tag plus the row's x, so the scores say which model scored a row. */
    private static Detector tagged(double tag) {
        return new AbstractDetector<DetectorOptions>("tagged", X, MissingValuePolicy.NATIVE, Map::of) {
            @Override
            public Scores score(FeatureFrame frame) {
                double[] s = new double[frame.rowCount()];
                Arrays.setAll(s, i -> tag + frame.value(i, 0));
                return Scores.of(frame, s);
            }
        };
    }

    private static FeatureFrame rows() {
        FeatureFrame.Builder b = FeatureFrame.builder(X);
        String[] buildings = {"b_new", "b_old", "b_unknown", "b_new", "b_old"};
        for (int d = 0; d < 2; d++) {
            for (int i = 0; i < buildings.length; i++) {
                b.add(new RowKey("apt_" + i, buildings[i], DAY.plusDays(d)), i / 10.0 + d);
            }
        }
        return b.build();
    }

    @Test
    void given_one_archetype_with_a_model_when_scored_then_its_buildings_take_it_and_every_other_building_the_global_one() {
        FeatureFrame frame = rows();
        ArchetypeRouting routing = new ArchetypeRouting(
                new ArchetypeRouting.Route("global", tagged(100), FeatureBaseline.of(frame, X)),
                Map.of("new_construction", new ArchetypeRouting.Route("global.new_construction", tagged(200),
                        FeatureBaseline.of(frame, X))),
                Map.of("b_new", "new_construction", "b_old", "old_radiator"));

        Scores s = routing.score(frame, DAY.plusDays(1), DAY.plusDays(1));

        // day 2 only, in row order: b_new by its archetype's model (200), old_radiator (no model) and unknown by the global (100)
        assertThat(s.size()).isEqualTo(5);
        assertThat(s.values()).containsExactly(201.0, 101.1, 101.2, 201.3, 101.4);
        assertThat(routing.routeOf("b_old").group()).isEqualTo("global");
        assertThat(routing.routeOf("b_unknown").group()).isEqualTo("global");
        assertThat(routing.routeOf("b_new").group()).isEqualTo("global.new_construction");
        for (int i = 0; i < s.size(); i++) {
            assertThat(s.reason(i).isEmpty()).as("reason of %s", s.key(i)).isFalse();
        }
        // the backtest's view scores the same way, without reasons
        assertThat(routing.asDetector().score(frame).values())
                .containsExactly(200.0, 100.1, 100.2, 200.3, 100.4, 201.0, 101.1, 101.2, 201.3, 101.4);
    }
}
