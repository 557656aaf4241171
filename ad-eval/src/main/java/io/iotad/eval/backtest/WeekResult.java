package io.iotad.eval.backtest;

/**
 * One origin of a backtest: trained up to the week before, scored {@link #week()}.
 *
 * @param week the scored ISO week, e.g. {@code 2024-W05}
 * @param firstDay its Monday, {@code YYYY-MM-DD}
 * @param trainRows rows trained on
 * @param testRows rows scored
 * @param unscored test rows the detector left unscored
 * @param positives scored test rows labelled 1
 * @param precisionAtK Precision@K of the week, NaN when undefined
 * @param recallAtK Recall@K of the week, NaN without positives
 * @param dailyPrecisionAtK per-day top-K precision pooled over the week
 * @param prAuc average precision of the week, NaN without positives
 */
public record WeekResult(String week, String firstDay, int trainRows, int testRows, int unscored, int positives,
                         double precisionAtK, double recallAtK, double dailyPrecisionAtK, double prAuc) {
}
