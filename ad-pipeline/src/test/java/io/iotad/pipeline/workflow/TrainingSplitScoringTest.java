package io.iotad.pipeline.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.detect.BatchScoring;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrainingSplitScoringTest {
    private static final LocalDate START = LocalDate.of(2024, 10, 1);
    private static final int DAYS = 70;
    private static final int HOLDOUT = 7;

    /** Two apartments, 70 days of weekly-patterned energy with noise, and outdoor temperature. */
    private static FeatureFrame frame() {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of(List.of("daily_energy_kwh", "avg_temp_diff",
                "avg_outdoor_temp_c")));
        SplittableRandom rnd = new SplittableRandom(3);
        for (String apt : List.of("apt_1", "apt_2")) {
            for (int d = 0; d < DAYS; d++) {
                double outdoor = 8 - 0.1 * d + rnd.nextDouble(-2, 2);
                double energy = 20 + 1.5 * (18 - outdoor) + (d % 7 >= 5 ? 3 : 0) + rnd.nextDouble(-1, 1);
                b.add(new RowKey(apt, "bldg_1", START.plusDays(d)), energy, rnd.nextDouble(0, 1), outdoor);
            }
        }
        return b.build();
    }

    private static TrainingSplit split(FeatureFrame all) {
        return TrainingSplit.of(all, new io.iotad.core.config.TrainingConfig("stl", Map.of(), List.of(), "ml.m5.large",
                42L, "global", OptionalInt.empty(), HOLDOUT));
    }

    private static Detector fit(String strategy, FeatureFrame train) {
        return DetectorStrategies.byName(strategy).bind(Map.of()).fit(train, Labels.empty(), FitContext.seeded(42));
    }

    @Test
    void givenAnStlModel_whenTheHoldoutIsScoredInContext_thenEveryHeldOutDayGetsTheScoreOfTheWholeSeries() {
        FeatureFrame all = frame();
        TrainingSplit split = split(all);
        Detector stl = fit("stl", split.train(all));

        Scores inContext = split.scoreHoldout(stl, all);
        Scores alone = stl.score(split.holdout(all));
        Scores whole = stl.score(all);

        assertThat(inContext.size()).isEqualTo(2 * HOLDOUT);
        assertThat(inContext.scoredCount()).isEqualTo(2 * HOLDOUT);
        // a week alone is shorter than STL's minimum series: scored alone, the held-out days get no score
        assertThat(alone.scoredCount()).isZero();
        for (int i = 0; i < inContext.size(); i++) {
            assertThat(inContext.key(i).eventDate()).isAfterOrEqualTo(split.holdoutFrom());
            int row = indexOf(whole, inContext.key(i));
            assertThat(inContext.score(i)).isEqualTo(whole.score(row));
        }
    }

    @Test
    void givenARowWiseModel_whenTheHoldoutIsScoredInContext_thenTheScoresEqualScoringTheHoldoutAlone() {
        FeatureFrame all = frame();
        TrainingSplit split = split(all);
        Detector lr = fit("lr_residual", split.train(all));

        Scores inContext = split.scoreHoldout(lr, all);
        Scores alone = lr.score(split.holdout(all));

        assertThat(inContext.values()).containsExactly(alone.values());
        for (int i = 0; i < alone.size(); i++) {
            assertThat(inContext.key(i)).isEqualTo(alone.key(i));
        }
    }

    @Test
    void givenABatchAndItsHistory_whenScoredInContext_thenOnlyTheBatchDaysAreReturnedWithTheirWholeSeriesScores() {
        FeatureFrame all = frame();
        TrainingSplit split = split(all);
        Detector stl = fit("stl", split.train(all));
        LocalDate from = START.plusDays(40);
        LocalDate to = START.plusDays(44);

        Scores batch = BatchScoring.inContext(stl, all, from, to);
        Scores upToTo = stl.score(TrainingSplit.between(all, START, to));

        assertThat(batch.size()).isEqualTo(2 * 5);
        assertThat(batch.scoredCount()).isEqualTo(2 * 5);
        for (int i = 0; i < batch.size(); i++) {
            assertThat(batch.key(i).eventDate()).isBetween(from, to);
            assertThat(batch.score(i)).isEqualTo(upToTo.score(indexOf(upToTo, batch.key(i))));
        }
    }

    private static int indexOf(Scores s, RowKey key) {
        for (int i = 0; i < s.size(); i++) {
            if (s.key(i).equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no row " + key);
    }
}
