/**
 * The processed zone (DATA-CONTRACT §2): readings as day-partitioned Parquet written and read through DuckDB,
 * re-ingestion that replaces a day atomically and never duplicates it, and reading a date range back into
 * {@link io.iotad.features.readings.ApartmentReadings}. Entry point: {@link io.iotad.features.lake.ReadingsLake}.
 * {@link io.iotad.features.lake.FeatureFrameParquet} writes a daily feature frame as Parquet through the same
 * engine. This package is the only user of DuckDB, so it lives in its own module ({@code ad-lake}): a service
 * that only scores does not carry the 82 MB native engine.
 */
package io.iotad.features.lake;
