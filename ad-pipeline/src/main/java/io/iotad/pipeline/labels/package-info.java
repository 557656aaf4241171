/**
 * Local label stores (DATA-CONTRACT §1.4): {@code labels.csv} ({@link
 * io.iotad.pipeline.labels.CsvLabelStore}, {@link io.iotad.pipeline.labels.LabelsCsv}) and an SQLite
 * table ({@link io.iotad.pipeline.labels.SqliteLabelStore}), plus {@link
 * io.iotad.pipeline.labels.FeedbackLabels}, which turns technicians' resolved alerts into labels for
 * the next training, and {@link io.iotad.pipeline.labels.FeedbackRecorder}, which records a verdict
 * and its label as one unit.
 */
package io.iotad.pipeline.labels;
