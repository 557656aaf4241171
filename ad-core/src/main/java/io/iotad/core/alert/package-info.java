/**
 * Alerts in the seed's alert-table schema (plus {@code UpdatedTimestamp} and {@code SupersededBy}),
 * their workflow states, the batch one scoring run publishes, and the AlertStore SPI.
 */
package io.iotad.core.alert;
