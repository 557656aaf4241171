/**
 * Hourly weather per building (DATA-CONTRACT §1.2), from the processed CSV or from raw forecast-API JSON
 * matched to buildings by coordinates. Entry point: {@link io.iotad.features.weather.WeatherLoader}.
 */
package io.iotad.features.weather;
