/** Benchmarks of the feature path (ingestion + daily features) and the synthetic portfolio they run on. */
package io.iotad.benchmarks.features;
