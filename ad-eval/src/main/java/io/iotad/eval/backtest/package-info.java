/**
 * Rolling-origin backtests by ISO week: train on every week up to w, score week w + 1, repeat.
 */
package io.iotad.eval.backtest;
