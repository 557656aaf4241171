/**
 * The in-memory form of validated telemetry: per-apartment sensor series and per-building hourly weather,
 * the contract between ingestion and the feature pipeline.
 */
package io.iotad.features.readings;
