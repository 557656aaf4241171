package io.iotad.pipeline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.config.TrainingConfig;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TrainingSplitTest {
    private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

    /** Two apartments, one row each per day, days D0 .. D0 + days - 1. */
    private static FeatureFrame frame(int days) {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("x"));
        for (int d = 0; d < days; d++) {
            b.add(new RowKey("a1", "b1", D0.plusDays(d)), d);
            b.add(new RowKey("a2", "b1", D0.plusDays(d)), d);
        }
        return b.build();
    }

    private static TrainingConfig training(Integer trainDays, int holdoutDays) {
        return new TrainingConfig("isolation_forest", Map.of(), List.of(), "ml.m5.large", 42L, "global",
                trainDays == null ? OptionalInt.empty() : OptionalInt.of(trainDays), holdoutDays);
    }

    @Test
    void given_a_holdout_when_split_then_the_last_days_are_held_out_and_training_takes_all_before() {
        FeatureFrame f = frame(10);
        TrainingSplit s = TrainingSplit.of(f, training(null, 3));
        assertThat(s).isEqualTo(new TrainingSplit(D0, D0.plusDays(6), D0.plusDays(7), D0.plusDays(9)));
        assertThat(s.train(f).rowCount()).isEqualTo(14);
        assertThat(s.holdout(f).rowCount()).isEqualTo(6);
    }

    @Test
    void given_train_days_when_split_then_training_takes_that_many_days_before_the_holdout() {
        TrainingSplit s = TrainingSplit.of(frame(10), training(4, 3));
        assertThat(s.trainFrom()).isEqualTo(D0.plusDays(3));
        assertThat(s.trainTo()).isEqualTo(D0.plusDays(6));
    }

    @Test
    void given_more_train_days_than_the_data_has_when_split_then_training_starts_at_the_first_day() {
        TrainingSplit s = TrainingSplit.of(frame(10), training(100, 3));
        assertThat(s.trainFrom()).isEqualTo(D0);
    }

    @Test
    void given_holdout_zero_when_split_then_training_and_evaluation_cover_every_day() {
        TrainingSplit s = TrainingSplit.of(frame(5), training(2, 0));
        assertThat(s).isEqualTo(new TrainingSplit(D0, D0.plusDays(4), D0, D0.plusDays(4)));
    }

    @Test
    void given_a_holdout_leaving_one_day_when_split_then_that_day_trains() {
        TrainingSplit s = TrainingSplit.of(frame(10), training(null, 9));
        assertThat(s).isEqualTo(new TrainingSplit(D0, D0, D0.plusDays(1), D0.plusDays(9)));
    }

    @Test
    void given_a_holdout_as_long_as_the_data_when_split_then_it_is_refused_naming_the_days_and_the_key() {
        assertThatThrownBy(() -> TrainingSplit.of(frame(10), training(null, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spans 10 days").hasMessageContaining("training.holdout_days=10");
    }

    @Test
    void given_no_rows_when_split_then_it_is_refused() {
        assertThatThrownBy(() -> TrainingSplit.of(frame(0), training(null, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no feature rows");
    }

    @Test
    void given_reversed_dates_when_constructed_then_refused_naming_both_ranges() {
        assertThatThrownBy(() -> new TrainingSplit(D0.plusDays(2), D0, D0, D0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty split");
        assertThatThrownBy(() -> new TrainingSplit(D0, D0, D0.plusDays(1), D0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holdout");
    }

    @Test
    void given_a_range_when_rows_are_taken_between_then_both_ends_are_included() {
        FeatureFrame between = TrainingSplit.between(frame(10), D0.plusDays(2), D0.plusDays(4));
        assertThat(between.rowCount()).isEqualTo(6);
        assertThat(between.column("x")).containsOnly(2, 3, 4);
    }
}
