package io.iotad.models.stl;

/**
 * The result of {@link SeasonalTrendLoess#decompose(double[])}: y = seasonal + trend + residual at
 * every observed point. Arrays are the caller's to keep (not shared with the decomposer).
 *
 * @param seasonal the seasonal component, defined at every position (gaps included)
 * @param trend the trend component, defined at every position (gaps included)
 * @param residual y − seasonal − trend; NaN where y is missing
 * @param robustnessWeights the final bisquare weights in [0, 1] (all 1 when n<sub>o</sub> = 0);
 *     NaN where y is missing
 */
record StlDecomposition(double[] seasonal, double[] trend, double[] residual, double[] robustnessWeights) {
}
