package io.iotad.eval.report;

import io.iotad.core.files.AtomicFile;
import io.iotad.eval.EvaluationResult;
import io.iotad.eval.MetricSet;
import io.iotad.eval.UnknownLabelPolicy;
import io.iotad.eval.backtest.WeekResult;
import io.iotad.eval.gate.GateCheck;
import io.iotad.eval.gate.GateVerdict;
import io.iotad.eval.metrics.PrecisionRecallCurve;
import io.iotad.eval.metrics.ScoreDistribution;
import io.iotad.eval.segment.SegmentBreakdown;
import io.iotad.eval.segment.SegmentMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link EvaluationReport} as one self-contained HTML page: inline CSS and SVG, no
 * script, no font, image or style sheet fetched, so it opens from a local file with no network.
 * Sections: headline metrics, gate verdict, precision-recall curve ({@code svg#pr-curve}),
 * Precision@K per backtest week ({@code svg#weekly-precision}), score histogram
 * ({@code svg#score-histogram}), the visit list ({@code table#visits}: apartment, building, day,
 * score and reason of the top K of each day) and the per-segment table ({@code table#segments}).
 */
public final class HtmlReport {
    /** The file name the pipeline uses. */
    public static final String FILE_NAME = "evaluation_report.html";

    private static final String CSS = "body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1100px}"
            + "h1{font-size:22px}h2{font-size:17px;margin-top:28px}"
            + ".tiles{display:flex;flex-wrap:wrap;gap:10px}.tile{border:1px solid #ccd1d1;border-radius:6px;"
            + "padding:8px 14px;min-width:120px}.tile b{display:block;font-size:20px}"
            + ".pass{background:#e9f7ef;border-left:6px solid #27ae60;padding:8px 12px}"
            + ".fail{background:#fdedec;border-left:6px solid #c0392b;padding:8px 12px}"
            + ".charts{display:flex;flex-wrap:wrap;gap:16px}figure{margin:0;max-width:480px}figcaption{font-size:13px;color:#555}"
            + "table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #d5dbdb;padding:3px 8px;"
            + "text-align:right}td:first-child,td:nth-child(2),th{text-align:left}small{color:#666}";

    private HtmlReport() {
    }

    /**
     * Writes the page atomically.
     *
     * @param report the report
     * @param file target, usually {@code <out>/evaluation_report.html}
     * @throws IOException when it cannot be written
     */
    public static void write(EvaluationReport report, Path file) throws IOException {
        AtomicFile.writeString(file, render(report));
    }

    /**
     * @param report the report
     * @return the HTML page
     */
    public static String render(EvaluationReport report) {
        EvaluationResult r = report.evaluation();
        MetricSet m = r.overall();
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(report.title())).append("</title><style>").append(CSS).append("</style></head><body>");
        b.append("<h1>").append(escape(report.title())).append("</h1><p><small>model ")
                .append(escape(report.modelId().isEmpty() ? "(unregistered)" : report.modelId()))
                .append(" · generated ").append(escape(report.generatedAt())).append(" · report format ")
                .append(report.formatVersion()).append("</small></p>");
        b.append("<p>").append(r.rows()).append(" rows, ").append(r.evaluated()).append(" evaluated, ")
                .append(r.unscored()).append(" unscored (").append(r.unscoredPositives())
                .append(" of them faults), ").append(r.positives()).append(" confirmed faults, ")
                .append(r.withVerdict()).append(" with a verdict (rows without one are ")
                .append(r.options().unknownLabels() == UnknownLabelPolicy.AS_NEGATIVE ? "counted as non-faults: the labels "
                        + "are complete" : "left out: the labels are technicians' verdicts").append(").</p>");
        b.append("<div class=\"tiles\" id=\"headline\">");
        tile(b, "precision_at_k", "Precision@" + m.k(), m.precisionAtK());
        tile(b, "recall_at_k", "Recall@" + m.k(), m.recallAtK());
        tile(b, "yield_at_k", "faults in top " + m.k(), m.yieldAtK());
        tile(b, "pr_auc", "PR-AUC", m.prAuc());
        tile(b, "roc_auc", "ROC-AUC", m.rocAuc());
        tile(b, "f1_score", "F1 @ " + SvgChart.fmt(m.atThreshold().threshold()), m.atThreshold().f1());
        tile(b, "daily_precision_at_k", "daily top-" + r.daily().k() + " precision", r.daily().precision());
        tile(b, "unscored_share", "unscored share", r.unscoredShare());
        b.append("</div>");
        gate(b, report.gate());
        b.append("<h2>Charts</h2><div class=\"charts\">");
        List<PrecisionRecallCurve.Point> curve = r.prCurve();
        double[] rec = curve.stream().mapToDouble(PrecisionRecallCurve.Point::recall).toArray();
        double[] prec = curve.stream().mapToDouble(PrecisionRecallCurve.Point::precision).toArray();
        figure(b, SvgChart.unitLine("pr-curve", rec, prec, "recall", "precision"),
                "Precision-recall curve (average precision " + SvgChart.fmt(m.prAuc()) + ")");
        weekly(b, report);
        ScoreDistribution d = r.distribution();
        int[] background = new int[d.negatives().size()];
        for (int i = 0; i < background.length; i++) {
            background[i] = d.negatives().get(i) + d.unlabelled().get(i);
        }
        figure(b, SvgChart.histogram("score-histogram", d.binEdges(), background,
                        d.positives().stream().mapToInt(Integer::intValue).toArray()),
                "Score histogram: grey = non-faults and rows without verdict, red = confirmed faults "
                        + "(each as a share of its own total); median " + SvgChart.fmt(d.quantiles().get("p50"))
                        + ", p99 " + SvgChart.fmt(d.quantiles().get("p99")));
        b.append("</div>");
        visits(b, r);
        segments(b, r.segments());
        return b.append("</body></html>\n").toString();
    }

    /**
     * The backtest's weeks: each scored by a model trained only on the days before it. They may reach
     * further back than the evaluated days of the headline numbers, so the chart says which they are.
     */
    private static void weekly(StringBuilder b, EvaluationReport report) {
        List<WeekResult> weeks = report.backtest() == null ? List.of() : report.backtest().weeks();
        if (weeks.isEmpty()) {
            figure(b, SvgChart.shareBars("weekly-precision", List.of(), new double[0], "Precision@K", "week"),
                    "Precision@K per week: no backtest was run");
            return;
        }
        int k = report.backtest().k();
        String first = weeks.get(0).week();
        String last = weeks.get(weeks.size() - 1).week();
        String span = weeks.size() == 1 ? "the backtest week " + first : "each of the " + weeks.size() + " backtest weeks, "
                + first + " to " + last;
        String title = "Precision@" + k + " in " + span;
        figure(b, SvgChart.shareBars("weekly-precision", weeks.stream().map(WeekResult::week).toList(),
                        weeks.stream().mapToDouble(WeekResult::precisionAtK).toArray(), "Precision@" + k,
                        "week (ISO week)", title),
                title + " (from " + weeks.get(0).firstDay() + "; " + weeks.size() + " weeks), each week scored by a "
                        + "model trained only on the days before it: a backtest, which may reach further back than the "
                        + "evaluated days of the numbers above. Rows (faults) per week: " + weeks.stream()
                        .map(w -> w.week() + " " + w.testRows() + " (" + w.positives() + ")")
                        .collect(java.util.stream.Collectors.joining(", ")) + "; a week with fewer days of data has fewer rows.");
    }

    private static void tile(StringBuilder b, String id, String label, double value) {
        b.append("<div class=\"tile\" id=\"metric-").append(id).append("\"><b>").append(SvgChart.fmt(value))
                .append("</b>").append(escape(label)).append("</div>");
    }

    private static void tile(StringBuilder b, String id, String label, int value) {
        b.append("<div class=\"tile\" id=\"metric-").append(id).append("\"><b>").append(value).append("</b>")
                .append(escape(label)).append("</div>");
    }

    private static void gate(StringBuilder b, GateVerdict gate) {
        b.append("<h2>Evaluation gate</h2>");
        if (gate == null) {
            b.append("<p id=\"gate\">No gate applied.</p>");
            return;
        }
        b.append("<div id=\"gate\" class=\"").append(gate.passed() ? "pass" : "fail").append("\"><b>")
                .append(gate.passed() ? "PASSED" : "FAILED").append("</b><ul>");
        for (GateCheck c : gate.checks()) {
            b.append("<li>").append(escape(c.describe())).append("</li>");
        }
        if (gate.checks().isEmpty()) {
            b.append("<li>no thresholds configured</li>");
        }
        b.append("</ul></div>");
    }

    private static void figure(StringBuilder b, String svg, String caption) {
        b.append("<figure>").append(svg).append("<figcaption>").append(escape(caption)).append("</figcaption></figure>");
    }

    /** The visit list: where a technician would go each day, and why (issue 10 item 5). */
    private static void visits(StringBuilder b, EvaluationResult r) {
        b.append("<h2>Visit list</h2><p><small>The top ").append(r.options().dailyK())
                .append(" apartment-days of each scored day, highest score first: the visits a technician would make. "
                        + "Reason: the three features that contributed most, whether the value is high or low against "
                        + "the training data, and by how much (TreeSHAP log-odds for xgboost, robust standard deviations "
                        + "(x &minus; median) / (1.4826 &middot; MAD) for the other detectors).</small></p>");
        if (r.visits().isEmpty()) {
            b.append("<p id=\"visits-none\">No scored day.</p>");
            return;
        }
        b.append("<table id=\"visits\"><thead><tr><th>day</th><th>rank</th><th>apartment</th><th>building</th>"
                + "<th>score</th><th>reason</th><th>verdict</th></tr></thead><tbody>");
        for (io.iotad.eval.Visit v : r.visits()) {
            String verdict = switch (v.label()) {
                case 1 -> "fault" + (v.cause().isEmpty() ? "" : " (" + v.cause() + ")");
                case 0 -> "no fault" + (v.cause().isEmpty() ? "" : " (" + v.cause() + ")");
                default -> "no verdict";
            };
            b.append("<tr class=\"visit\"><td>").append(escape(v.day())).append("</td><td>").append(v.rank())
                    .append("</td><td>").append(escape(v.apartmentId())).append("</td><td>").append(escape(v.buildingId()))
                    .append("</td><td>").append(SvgChart.fmt(v.score())).append("</td><td class=\"reason\">")
                    .append(escape(v.reason().isEmpty() ? "(none recorded)" : v.reason().text())).append("</td><td>")
                    .append(escape(verdict)).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static void segments(StringBuilder b, List<SegmentMetrics> segments) {
        b.append("<h2>Segments</h2><p><small>cause: the cause given with each verdict (faults and non-faults such as "
                + "a resident away); building type: the buildings' archetype.</small></p>");
        b.append("<table id=\"segments\"><thead><tr><th>by</th><th>segment</th><th>rows</th>"
                + "<th>scored</th><th>faults</th><th>alerts in top K</th><th>hits in top K</th><th>Precision@K</th>"
                + "<th>Recall@K</th><th>PR-AUC</th><th>ROC-AUC</th></tr></thead><tbody>");
        for (SegmentMetrics s : segments) {
            b.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td>%d</td><td>%d</td><td>%d</td><td>%d</td>"
                            + "<td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>", escape(dimensionName(s.dimension())),
                    escape(segmentName(s.dimension(), s.segment())), s.rows(), s.scored(), s.positives(), s.alertsAtK(), s.hitsAtK(),
                    SvgChart.fmt(s.precisionAtK()), SvgChart.fmt(s.recallAtK()), SvgChart.fmt(s.prAuc()),
                    SvgChart.fmt(s.rocAuc())));
        }
        b.append("</tbody></table>");
    }

    /**
     * @param dimension a segment dimension's code name
     * @return its name for readers
     */
    static String dimensionName(String dimension) {
        return switch (dimension) {
            case SegmentBreakdown.FAULT_KIND -> "cause";
            case SegmentBreakdown.ARCHETYPE -> "building type";
            default -> dimension;
        };
    }

    /**
     * @param dimension the dimension
     * @param segment a segment's name
     * @return the name for readers
     */
    static String segmentName(String dimension, String segment) {
        if (!SegmentBreakdown.UNKNOWN_SEGMENT.equals(segment)) {
            return segment;
        }
        return switch (dimension) {
            case SegmentBreakdown.FAULT_KIND -> "(no cause given)";
            case SegmentBreakdown.ARCHETYPE -> "(no building type)";
            default -> "(not known)";
        };
    }

    /**
     * @param s any text, may be null
     * @return the text with HTML's special characters escaped
     */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
