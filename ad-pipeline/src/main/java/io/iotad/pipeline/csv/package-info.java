/**
 * Plain-file training and scoring: fit a strategy on a feature CSV and write a model artifact
 * ({@link io.iotad.pipeline.csv.CsvTraining}); score a feature CSV through a verified artifact
 * ({@link io.iotad.pipeline.csv.CsvScoring}); fit on one CSV and score another, ranked against its
 * labels as the scikit-learn peer does ({@link io.iotad.pipeline.csv.CsvDetection}). No configuration,
 * registry or raw data involved, so benchmarks and users can drive any strategy on plain files.
 */
package io.iotad.pipeline.csv;
