package io.iotad.pipeline.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HyperparameterSearchTest {
    private static final LocalDate START = LocalDate.of(2024, 10, 1);
    private static final int DAYS = 42;

    /** 8 apartments over 42 days; every 5th day of apartment a3 and a6 is a fault with a shifted x. */
    static FeatureFrame frame() {
        SplittableRandom r = new SplittableRandom(7);
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("x", "y"));
        for (int a = 0; a < 8; a++) {
            for (int d = 0; d < DAYS; d++) {
                boolean fault = isFault(a, d);
                b.add(new RowKey("a" + a, "b" + (a % 2), START.plusDays(d)), r.nextGaussian() + (fault ? 4 : 0),
                        r.nextGaussian());
            }
        }
        return b.build();
    }

    static boolean isFault(int a, int d) {
        return (a == 3 || a == 6) && d % 5 == 0;
    }

    static Labels labels() {
        List<Label> out = new ArrayList<>();
        for (int a = 0; a < 8; a++) {
            for (int d = 0; d < DAYS; d++) {
                if (isFault(a, d)) {
                    out.add(new Label("a" + a, START.plusDays(d), 1, "fault"));
                }
            }
        }
        return Labels.of(out);
    }

    static TuningOptions options(long seed, Map<String, Object> fixed) {
        return new TuningOptions("isolation_forest", 4, seed, 5, new RollingOriginSplit(2, 7, 14), true, fixed, 1);
    }

    private static TuningResult run(TuningOptions o) {
        return HyperparameterSearch.run(frame(), labels(), o, ProgressListener.NONE, HyperparameterSearch.TrialListener.NONE);
    }

    @Test
    void the_same_seed_gives_the_same_trials_scores_and_choice() {
        TuningResult a = run(options(3, Map.of()));
        TuningResult b = run(options(3, Map.of()));

        assertThat(a.trials()).hasSize(4);
        assertThat(a.trials()).extracting(TuningResult.Trial::params).isEqualTo(b.trials().stream().map(TuningResult.Trial::params).toList());
        for (int i = 0; i < a.trials().size(); i++) {
            assertThat(a.trials().get(i).scores()).extracting(TuningResult.FoldScore::precisionAtK, TuningResult.FoldScore::prAuc)
                    .isEqualTo(b.trials().get(i).scores().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.precisionAtK(),
                            s.prAuc())).toList());
        }
        assertThat(a.best().number()).isEqualTo(b.best().number());
        assertThat(run(options(4, Map.of())).trials().get(1).params()).isNotEqualTo(a.trials().get(1).params());
    }

    @Test
    void trial_one_is_the_defaults_and_the_choice_is_never_below_it() {
        TuningResult r = run(options(3, Map.of()));

        assertThat(r.defaults().params()).containsEntry("trees", 100).containsEntry("subsample_size", 256);
        assertThat(r.best().meanPrecisionAtK()).isGreaterThanOrEqualTo(r.defaults().meanPrecisionAtK());
        for (TuningResult.Trial t : r.trials()) {
            assertThat(t.beats(r.best())).as("trial %d beats the choice", t.number()).isFalse();
            assertThat(t.scores()).hasSize(2).allSatisfy(s -> {
                assertThat(s.rows()).isEqualTo(8 * 7);
                assertThat(s.precisionAtK()).isBetween(0.0, 1.0);
            });
        }
    }

    @Test
    void a_fixed_option_is_held_in_every_trial_and_not_searched() {
        TuningResult r = run(options(3, Map.of("trees", 30)));

        assertThat(r.trials()).allSatisfy(t -> assertThat(t.params()).containsEntry("trees", 30));
        assertThat(r.options().space().dimensions()).extracting(SearchSpace.Dimension::name).doesNotContain("trees");
    }

    @Test
    void a_fit_sees_no_verdict_of_its_evaluated_days_or_later() {
        for (RollingOriginSplit.Fold f : new RollingOriginSplit(2, 7, 14).folds(frame())) {
            Labels seen = HyperparameterSearch.trainingLabels(labels(), f);
            assertThat(seen.all()).isNotEmpty().allSatisfy(l -> assertThat(l.eventDate()).isBeforeOrEqualTo(f.trainTo()));
        }
    }

    @Test
    void a_supervised_strategy_without_a_fault_in_a_folds_training_days_is_refused_with_the_fold_named() {
        Labels late = Labels.of(labels().all().stream().filter(l -> l.eventDate().isAfter(START.plusDays(30))).toList());
        TuningOptions o = new TuningOptions("xgboost", 2, 1, 5, new RollingOriginSplit(2, 7, 14), true, Map.of(), 1);

        assertThatThrownBy(() -> HyperparameterSearch.run(frame(), late, o, ProgressListener.NONE,
                HyperparameterSearch.TrialListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fold 1 (training days 2024-10-01..2024-10-28) has no confirmed fault")
                .hasMessageContaining("supervised");
    }

    @Test
    void bad_options_are_named() {
        assertThatThrownBy(() -> new TuningOptions("isolation_forest", 0, 1, 5, RollingOriginSplit.defaults(), true, Map.of(), 1))
                .hasMessage("--trials must be between 1 and 1000, got 0");
        assertThatThrownBy(() -> new TuningOptions("isolation_forest", 3, 1, 0, RollingOriginSplit.defaults(), true, Map.of(), 1))
                .hasMessage("--k must be >= 1, got 0");
        assertThatThrownBy(() -> new TuningOptions("rules", 3, 1, 5, RollingOriginSplit.defaults(), true, Map.of(), 1))
                .hasMessageContaining("--strategy rules: no search space").hasMessageContaining("isolation_forest, lof, xgboost");
        assertThatThrownBy(() -> run(options(3, Map.of("trees", -1)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trees");
    }

    @Test
    void a_sampled_point_stays_in_its_ranges() {
        SearchSpace s = SearchSpace.of("xgboost");
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 500; i++) {
            Map<String, Object> p = s.sample(r);
            assertThat((Integer) p.get("max_depth")).isBetween(2, 10);
            assertThat((Double) p.get("eta")).isBetween(0.02, 0.3);
            assertThat((Integer) p.get("trees")).isBetween(50, 400);
            assertThat((Double) p.get("subsample")).isBetween(0.5, 1.0);
        }
    }
}
