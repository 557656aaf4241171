/**
 * The processed zone (DATA-CONTRACT §2): readings as day-partitioned Parquet written and read through DuckDB,
 * re-ingestion that replaces a day atomically and never duplicates it, and reading a date range back into
 * {@link io.iotad.features.readings.ApartmentReadings}. Entry point: {@link io.iotad.features.lake.ReadingsLake}.
 */
package io.iotad.features.lake;
