/**
 * Reading the project's CSV inputs (weather, topology) with errors that name file, line, column, value
 * and what was expected.
 */
package io.iotad.features.csv;
