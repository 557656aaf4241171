/**
 * Benchmarks of the detector strategies: JMH suites and the side-by-side runs that the scripts
 * under {@code benchmarks/peers} compare with the Python peers.
 */
package io.iotad.benchmarks.models;
