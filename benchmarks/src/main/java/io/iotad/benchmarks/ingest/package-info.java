/** Benchmarks of raw ingestion: JMH throughput of the parser and a one-shot scale run. */
package io.iotad.benchmarks.ingest;
