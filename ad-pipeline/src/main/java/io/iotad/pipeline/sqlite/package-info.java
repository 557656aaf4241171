/**
 * The embedded SQLite database shared by the local alert and label stores: connection settings
 * (WAL journal, busy timeout), per-component schema versions and write transactions.
 */
package io.iotad.pipeline.sqlite;
