/** Measurements of the drift step over simulated seasons ({@code DriftSeason}). */
package io.iotad.benchmarks.drift;
