/**
 * The {@code forecast} strategy: a Prophet-style forecaster per apartment (weekly seasonality,
 * holidays, heating degree-days, fitted on trailing days with Commons Math) scored by the forecast
 * error against its prediction interval — the seed's experiment 6.
 */
package io.iotad.models.forecast;
