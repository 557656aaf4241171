/**
 * Evaluation reports: {@code evaluation_report.json} (a stable, versioned schema, see
 * {@link io.iotad.eval.report.EvaluationReportJson}) and a self-contained HTML page with inline
 * SVG charts that opens from a local file without network access
 * ({@link io.iotad.eval.report.HtmlReport}).
 */
package io.iotad.eval.report;
