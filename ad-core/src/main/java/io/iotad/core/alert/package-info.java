/**
 * Alerts in the seed's alert-table schema, their technician workflow states and the AlertStore SPI.
 */
package io.iotad.core.alert;
