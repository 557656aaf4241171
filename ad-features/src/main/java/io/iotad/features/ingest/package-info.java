/**
 * Ingestion of raw meter JSON Lines (DATA-CONTRACT §1.1): a streaming byte-level parser, schema validation,
 * quarantine of bad lines with a limit on their share, de-duplication (last wins in path-then-line order)
 * and grouping into {@link io.iotad.features.readings.ApartmentReadings}. Entry point: {@link io.iotad.features.ingest.RawIngestor}.
 */
package io.iotad.features.ingest;
