/**
 * The local alert store: {@link io.iotad.pipeline.alerts.SqliteAlertStore} keeps alerts in the
 * seed's alert-table schema in an embedded SQLite database, with the seed's two access paths as
 * indexes, and never lets a re-run of the pipeline reset a technician's verdict.
 */
package io.iotad.pipeline.alerts;
