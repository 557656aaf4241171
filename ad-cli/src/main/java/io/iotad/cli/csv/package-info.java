/**
 * The plain-file mode of {@code iotad train} and {@code iotad score}: fit a strategy on a feature
 * CSV and write a model artifact; score a feature CSV through a verified artifact. No configuration,
 * registry or raw data involved, so benchmarks and users can drive any strategy on plain files.
 */
package io.iotad.cli.csv;
