/** Benchmarks of the processed zone (ad-lake): writing readings into day-partitioned Parquet. */
package io.iotad.benchmarks.lake;
