package io.iotad.models.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContextualTrainingTest {
    private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

    /** One apartment, one row a day, features x and y. */
    private static FeatureFrame frame(double[]... rows) {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("x", "y"));
        for (int i = 0; i < rows.length; i++) {
            b.add(new RowKey("apt_1", "b1", DAY.plusDays(i)), rows[i]);
        }
        return b.build();
    }

    @Test
    void given_complete_rows_when_fitted_then_every_row_is_standardized_in_frame_order() {
        ContextualTraining t = ContextualTraining.fit("lof", frame(new double[] {1, 2}, new double[] {Double.NaN, 3},
                new double[] {2, 4}), ContextOptions.none());

        assertThat(t.rows().rows()).isEqualTo(3);
        assertThat(t.rows().missingRows()).isEqualTo(1);
        assertThat(t.rows().missing()).containsExactly(false, true, false);
        assertThat(t.rows().completeRows()).containsExactly(1, 2, 2, 4); // no context: the values as they are
    }

    @Test
    void given_one_complete_row_when_fitted_then_it_is_refused_naming_the_strategy_and_the_counts() {
        assertThatThrownBy(() -> ContextualTraining.fit("isolation_forest",
                frame(new double[] {1, 2}, new double[] {Double.NaN, 3}), ContextOptions.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("isolation_forest: need at least 2 training rows without a missing feature, got 1 (of 2 rows)");
    }

    @Test
    void given_a_context_without_enough_history_when_fitted_then_the_refusal_names_the_context() {
        ContextOptions apartment = new ContextOptions(ContextMode.APARTMENT, ContextOptions.DEFAULT_WINDOW_DAYS,
                ContextOptions.DEFAULT_MIN_HISTORY_DAYS, ContextOptions.DEFAULT_MIN_PEERS);
        assertThatThrownBy(() -> ContextualTraining.fit("lof", frame(new double[] {1, 2}, new double[] {2, 3},
                new double[] {3, 4}), apartment))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lof: need at least 2 training rows without a missing feature and with enough context (")
                .hasMessageContaining("got 0 (of 3 rows)");
    }

    @Test
    void given_an_infinite_value_when_fitted_then_it_is_refused_naming_row_and_feature() {
        assertThatThrownBy(() -> ContextualTraining.fit("lof", frame(new double[] {1, 2},
                new double[] {2, Double.POSITIVE_INFINITY}, new double[] {3, 4}), ContextOptions.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1, feature 'y' is Infinity");
    }
}
