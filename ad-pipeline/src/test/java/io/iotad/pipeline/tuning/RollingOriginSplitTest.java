package io.iotad.pipeline.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RollingOriginSplitTest {
    private static final LocalDate START = LocalDate.of(2024, 10, 1);

    /** Two apartments, one row each per day, in an interleaved order (not sorted by date). */
    static FeatureFrame frame(int days) {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("x"));
        for (int d = days - 1; d >= 0; d -= 2) {
            b.add(new RowKey("a1", "b1", START.plusDays(d)), d);
        }
        for (int d = 0; d < days; d++) {
            b.add(new RowKey("a2", "b1", START.plusDays(d)), -d);
        }
        for (int d = days - 2; d >= 0; d -= 2) {
            b.add(new RowKey("a1", "b1", START.plusDays(d)), d);
        }
        return b.build();
    }

    @Property(tries = 200)
    void no_fold_trains_on_a_day_it_evaluates_or_any_later_day(@ForAll @IntRange(min = 2, max = 120) int days,
                                                               @ForAll @IntRange(min = 1, max = 6) int folds,
                                                               @ForAll @IntRange(min = 1, max = 20) int horizon,
                                                               @ForAll @IntRange(min = 1, max = 40) int minTrain) {
        Assume.that(minTrain + folds * horizon <= days);
        FeatureFrame f = frame(days);
        List<RollingOriginSplit.Fold> split = new RollingOriginSplit(folds, horizon, minTrain).folds(f);

        assertThat(split).hasSize(folds);
        for (RollingOriginSplit.Fold fold : split) {
            FeatureFrame train = fold.train(f);
            FeatureFrame context = fold.context(f);
            long lastTrain = maxDay(train);
            assertThat(lastTrain).isLessThan(fold.evalFrom().toEpochDay());
            assertThat(lastTrain - START.toEpochDay() + 1).isGreaterThanOrEqualTo(minTrain);
            assertThat(maxDay(context)).isEqualTo(fold.evalTo().toEpochDay());
            FeatureFrame recent = fold.context(f, horizon);
            assertThat(maxDay(recent)).isEqualTo(fold.evalTo().toEpochDay());
            for (int i = 0; i < recent.rowCount(); i++) {
                assertThat(recent.epochDay(i)).isGreaterThanOrEqualTo(Math.max(START.toEpochDay(),
                        fold.evalFrom().toEpochDay() - horizon));
            }
            assertThat(fold.evalTo().toEpochDay() - fold.evalFrom().toEpochDay() + 1).isEqualTo(horizon);
            assertThat(train.rowCount()).isEqualTo(2 * (int) (lastTrain - START.toEpochDay() + 1));
        }
        for (int i = 1; i < split.size(); i++) {
            assertThat(split.get(i).evalFrom()).isEqualTo(split.get(i - 1).evalTo().plusDays(1));
            assertThat(split.get(i).trainTo()).isAfter(split.get(i - 1).trainTo());
        }
        assertThat(split.get(folds - 1).evalTo()).isEqualTo(START.plusDays(days - 1));
    }

    @Test
    void the_folds_expand_the_training_window_and_end_on_the_last_day() {
        List<RollingOriginSplit.Fold> split = new RollingOriginSplit(3, 7, 14).folds(frame(40));

        assertThat(split).extracting(RollingOriginSplit.Fold::evalFrom)
                .containsExactly(START.plusDays(19), START.plusDays(26), START.plusDays(33));
        assertThat(split).extracting(RollingOriginSplit.Fold::trainFrom).containsOnly(START);
        assertThat(split.get(0).trainTo()).isEqualTo(START.plusDays(18));
    }

    @Test
    void too_few_days_for_the_folds_say_how_many_are_needed_and_what_to_change() {
        assertThatThrownBy(() -> new RollingOriginSplit(3, 14, 28).folds(frame(60)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("covers 60 days")
                .hasMessageContaining("need 70")
                .hasMessageContaining("--folds");
    }

    @Test
    void bad_options_are_named_with_their_value() {
        assertThatThrownBy(() -> new RollingOriginSplit(0, 14, 28)).hasMessage("--folds must be between 1 and 20, got 0");
        assertThatThrownBy(() -> new RollingOriginSplit(3, 0, 28)).hasMessage("--horizon must be between 1 and 90 days, got 0");
        assertThatThrownBy(() -> new RollingOriginSplit(3, 91, 28)).hasMessageContaining("got 91");
        assertThatThrownBy(() -> new RollingOriginSplit(3, 14, 0)).hasMessage("--min-train-days must be >= 1, got 0");
    }

    private static long maxDay(FeatureFrame f) {
        long m = Long.MIN_VALUE;
        for (int i = 0; i < f.rowCount(); i++) {
            m = Math.max(m, f.epochDay(i));
        }
        return m;
    }
}
