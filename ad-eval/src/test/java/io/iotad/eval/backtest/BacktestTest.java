package io.iotad.eval.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.eval.EvaluationOptions;
import io.iotad.eval.TestFrames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestTest {
    // Monday 2024-01-01 is ISO week 2024-W01; 28 days = 4 weeks
    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);
    private final FeatureFrame frame = TestFrames.grid(3, 1, MONDAY, 28);

    @Test
    void given_four_weeks_when_backtesting_then_each_origin_trains_on_the_past_and_scores_the_next_week() {
        List<String> calls = new ArrayList<>();
        // A0 is faulty every Tuesday; the "detector" scores A0 highest
        List<Label> faults = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            faults.add(new Label("A0", MONDAY.plusDays(7L * w + 1), 1, "valve_stuck_closed"));
        }
        FitAndScore fn = (train, test) -> {
            calls.add(train.eventDate(0) + ".." + train.eventDate(train.rowCount() - 1) + "->" + test.eventDate(0));
            double[] s = new double[test.rowCount()];
            for (int i = 0; i < s.length; i++) {
                s[i] = test.apartmentId(i).equals("A0") && test.eventDate(i).getDayOfWeek().getValue() == 2 ? 1 : 0;
            }
            return Scores.of(test, s);
        };
        BacktestResult r = Backtest.run(frame, Labels.of(faults), fn,
                new BacktestOptions(2, EvaluationOptions.defaults().withK(1)));
        assertThat(r.weeks()).extracting(WeekResult::week).containsExactly("2024-W03", "2024-W04");
        assertThat(calls).containsExactly("2024-01-01..2024-01-14->2024-01-15", "2024-01-01..2024-01-21->2024-01-22");
        WeekResult w3 = r.weeks().get(0);
        assertThat(w3.trainRows()).isEqualTo(3 * 14);
        assertThat(w3.testRows()).isEqualTo(3 * 7);
        assertThat(w3.firstDay()).isEqualTo("2024-01-15");
        assertThat(w3.positives()).isEqualTo(1);
        assertThat(w3.precisionAtK()).isEqualTo(1.0);
        assertThat(r.meanPrecisionAtK()).isEqualTo(1.0);
    }

    @Test
    void given_too_few_weeks_when_backtesting_then_no_origin() {
        BacktestResult r = Backtest.run(frame, Labels.empty(), (train, test) -> Scores.of(test, new double[test.rowCount()]),
                new BacktestOptions(4, EvaluationOptions.defaults()));
        assertThat(r.weeks()).isEmpty();
        assertThat(r.meanPrecisionAtK()).isNaN();
    }

    @Test
    void given_scores_for_the_wrong_rows_when_backtesting_then_fails_naming_the_week() {
        assertThatThrownBy(() -> Backtest.run(frame, Labels.empty(), (train, test) -> Scores.of(train,
                new double[train.rowCount()]), BacktestOptions.defaults()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2024-W03");
    }

    @Test
    void given_a_year_boundary_when_naming_weeks_then_uses_the_week_based_year() {
        assertThat(Backtest.isoWeek(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
        assertThat(Backtest.mondayOf(LocalDate.of(2024, 1, 7))).isEqualTo(MONDAY);
    }

    @Test
    void given_bad_options_when_constructing_then_rejected() {
        assertThatThrownBy(() -> new BacktestOptions(0, EvaluationOptions.defaults()))
                .hasMessageContaining("minTrainWeeks must be >= 1, got 0");
        assertThatThrownBy(() -> new BacktestOptions(1, null)).hasMessageContaining("evaluation");
    }
}
