package io.iotad.eval.report;

import io.iotad.core.explain.Contribution;
import io.iotad.core.explain.Direction;
import io.iotad.core.explain.Reason;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.eval.Evaluation;
import io.iotad.eval.EvaluationOptions;
import io.iotad.eval.TestFrames;
import io.iotad.eval.backtest.Backtest;
import io.iotad.eval.backtest.BacktestOptions;
import io.iotad.eval.backtest.BacktestResult;
import io.iotad.eval.gate.EvaluationGate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** A deterministic report over 3 weeks of 20 apartments with a few faults. */
final class ReportFixture {
    static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

    private ReportFixture() {
    }

    static EvaluationReport report() {
        FeatureFrame frame = TestFrames.grid(20, 4, MONDAY, 21);
        List<Label> faults = new ArrayList<>();
        for (int d = 0; d < 21; d += 2) {
            faults.add(new Label("A" + (d % 20), MONDAY.plusDays(d), 1, d % 4 == 0 ? "valve_stuck_closed" : "sensor_drift"));
        }
        faults.add(new Label("A7", MONDAY.plusDays(3), 0, "resident_away"));
        Labels labels = Labels.of(faults);
        int[] y = labels.align(frame);
        SplittableRandom rnd = new SplittableRandom(42);
        double[] s = new double[frame.rowCount()];
        for (int i = 0; i < s.length; i++) {
            s[i] = i % 37 == 0 ? Double.NaN : rnd.nextGaussian() + (y[i] == 1 ? 2.0 : 0.0);
        }
        Reason[] why = new Reason[s.length];
        for (int i = 0; i < s.length; i++) {
            why[i] = Double.isNaN(s[i]) ? Reason.NONE : new Reason(Reason.ROBUST_DEVIATION, List.of(
                    new Contribution("room_temp_min", Direction.LOW, 17.5 - i % 3, 2.0 + i % 5),
                    new Contribution("daily_energy_kwh", Direction.HIGH, 30 + i % 7, 1.5)));
        }
        Scores scores = Scores.of(frame, s).withReasons(why);
        EvaluationOptions options = EvaluationOptions.defaults().withK(10).withDailyK(2);
        var result = Evaluation.evaluate(scores, labels, Map.of("B0", "passive_house", "B1", "old_radiator"), options);
        BacktestResult backtest = Backtest.run(frame, labels,
                (train, test) -> Scores.of(test, subset(s, frame, test)), new BacktestOptions(1, options));
        var gate = EvaluationGate.of(Map.of("min_pr_auc", 0.99, "max_unscored_share", 0.2)).check(result);
        return EvaluationReport.of("iotad evaluation <global/1>", "global/1", result, backtest, gate,
                Instant.parse("2024-01-22T06:00:00Z"));
    }

    /** The fixed scores of {@code test}'s rows, looked up by key in the full frame. */
    private static double[] subset(double[] all, FeatureFrame full, FeatureFrame test) {
        double[] out = new double[test.rowCount()];
        for (int i = 0; i < out.length; i++) {
            int days = (int) (test.epochDay(i) - MONDAY.toEpochDay());
            int apt = Integer.parseInt(test.apartmentId(i).substring(1));
            out[i] = all[days * 20 + apt];
        }
        return out;
    }
}
