package io.iotad.pipeline.flywheel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.iotad.core.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The flywheel's outputs: {@code flywheel.json} (every week, every retraining attempt, the
 * settings), {@code flywheel.html} (the weekly precision and recall as an inline SVG chart, and the
 * tables), the weekly text table and the one-line JSON summary of {@code iotad flywheel}.
 */
public final class FlywheelReport {
    /** File name of the JSON report. */
    public static final String JSON_FILE = "flywheel.json";
    /** File name of the HTML report. */
    public static final String HTML_FILE = "flywheel.html";
    /** Weeks averaged for the headline precision. */
    public static final int LAST_WEEKS = 4;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FlywheelReport() {
    }

    /**
     * @param r the result
     * @return the summary: settings, the last four weeks' mean precision, and {@code weeks}, whose
     *     elements hold {@code week}, {@code model}, {@code precision_at_k}, {@code recall_at_k}, {@code labels}, ...
     */
    public static Map<String, Object> summary(FlywheelResult r) {
        FlywheelOptions o = r.options();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", o.visitsPerDay());
        m.put("default_k", o.defaultVisitsPerDay());
        m.put("seed", o.seed());
        m.put("precision_at_k_last_4_weeks", num(r.lastWeeksPrecision(LAST_WEEKS)));
        m.put("precision_at_default_k_last_4_weeks", num(r.lastWeeksPrecisionAtDefaultK(LAST_WEEKS)));
        m.put("retrainings", r.attempts().size());
        m.put("promotions", r.attempts().stream().filter(RetrainingAttempt::approved).count());
        m.put("seconds", Math.round(r.seconds() * 10) / 10.0);
        List<Map<String, Object>> weeks = new ArrayList<>();
        for (FlywheelWeek w : r.weeks()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("week", w.week());
            e.put("from", w.from().toString());
            e.put("to", w.to().toString());
            e.put("model", w.model());
            e.put("strategy", w.strategy());
            e.put("precision_at_k", num(w.precisionAtK()));
            e.put("recall_at_k", num(w.recallAtK()));
            e.put("precision_at_default_k", num(w.precisionAtDefaultK()));
            e.put("visits", w.visits());
            e.put("hits", w.hits());
            e.put("faulty_apartment_days", w.faultyApartmentDays());
            e.put("labels", w.labels());
            e.put("positive_labels", w.positiveLabels());
            weeks.add(e);
        }
        m.put("weeks", weeks);
        return m;
    }

    /**
     * @param r the result
     * @return {@link #summary} plus the settings and every retraining attempt
     */
    public static Map<String, Object> full(FlywheelResult r) {
        FlywheelOptions o = r.options();
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("visits_per_day", o.visitsPerDay());
        settings.put("default_visits_per_day", o.defaultVisitsPerDay());
        settings.put("warmup_days", o.warmupDays());
        settings.put("unsupervised", recipe(o.unsupervised()));
        settings.put("supervised", recipe(o.supervised()));
        settings.put("technician_miss_rate", o.technician().missRate());
        settings.put("technician_mislabel_rate", o.technician().mislabelRate());
        settings.put("unlabelled_negatives_per_label", o.sampling().negativesPerLabel());
        settings.put("unlabelled_guard_days", o.sampling().guardDays());
        settings.put("gate_window_days", o.gate().windowDays());
        settings.put("gate_min_margin", o.gate().minMargin());
        settings.put("gate_min_positives", o.gate().minPositives());
        settings.put("gate_unlabelled_per_label", o.gate().unlabelledPerLabel());
        settings.put("auto_approve", o.autoApprove());
        settings.put("seed", o.seed());
        m.put("settings", settings);
        m.putAll(summary(r));
        List<Map<String, Object>> attempts = new ArrayList<>();
        for (RetrainingAttempt a : r.attempts()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("day", a.day().toString());
            e.put("trigger", a.trigger());
            e.put("trained_to", a.trainedTo().toString());
            e.put("visited_labels", a.visitedLabels());
            e.put("confirmed_faults", a.positives());
            e.put("sampled_unlabelled", a.sampledUnlabelled());
            a.gate().ifPresent(g -> {
                e.put("candidate_ap", num(g.candidateAp()));
                e.put("incumbent_ap", num(g.incumbentAp()));
                e.put("gate_compared_rows", g.labelled());
                e.put("gate_confirmed_faults", g.positives());
            });
            e.put("registered", a.registered().orElse(null));
            e.put("approved", a.approved());
            e.put("outcome", a.outcome());
            attempts.add(e);
        }
        m.put("attempts", attempts);
        return m;
    }

    /**
     * @param r the result
     * @param file where {@code flywheel.json} goes
     * @throws IOException when it cannot be written
     */
    public static void writeJson(FlywheelResult r, Path file) throws IOException {
        AtomicFile.writeString(file, JSON.writeValueAsString(full(r)));
    }

    /**
     * @param r the result
     * @return the weekly table, one line per week after a header
     */
    public static List<String> table(FlywheelResult r) {
        int k = r.options().visitsPerDay();
        int k0 = r.options().defaultVisitsPerDay();
        List<String> lines = new ArrayList<>();
        String head = String.format(Locale.ROOT, "%4s  %-10s  %-14s  %-8s  %6s  %6s%s  %6s  %6s", "week", "from", "model",
                "strategy", "P@" + k, "R@" + k, k == k0 ? "" : String.format(Locale.ROOT, "  %6s", "P@" + k0), "labels",
                "faults");
        lines.add(head);
        for (FlywheelWeek w : r.weeks()) {
            lines.add(String.format(Locale.ROOT, "%4d  %-10s  %-14s  %-8s  %6s  %6s%s  %6d  %6d", w.week(), w.from(),
                    w.model(), w.strategy(), fmt(w.precisionAtK()), fmt(w.recallAtK()),
                    k == k0 ? "" : String.format(Locale.ROOT, "  %6s", fmt(w.precisionAtDefaultK())), w.labels(),
                    w.positiveLabels()));
        }
        return lines;
    }

    /**
     * @param r the result
     * @param file where {@code flywheel.html} goes
     * @throws IOException when it cannot be written
     */
    public static void writeHtml(FlywheelResult r, Path file) throws IOException {
        int k = r.options().visitsPerDay();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>iotad flywheel</title>")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}")
                .append("table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #ddd;text-align:right}")
                .append("th{background:#f3f3f3}td.l,th.l{text-align:left}</style></head><body>\n");
        b.append("<h1>Feedback flywheel: ").append(r.weeks().size()).append(" weeks, K = ").append(k).append(" visits a day</h1>\n");
        b.append(String.format(Locale.ROOT, "<p>Precision at K over the last %d weeks: <b>%s</b> (at the default K = %d: %s). "
                        + "%d retraining attempts, %d promoted. Measured against the simulator's ground truth; the loop "
                        + "itself learns only from the technician's verdicts.</p>\n", LAST_WEEKS,
                fmt(r.lastWeeksPrecision(LAST_WEEKS)), r.options().defaultVisitsPerDay(),
                fmt(r.lastWeeksPrecisionAtDefaultK(LAST_WEEKS)), r.attempts().size(),
                r.attempts().stream().filter(RetrainingAttempt::approved).count()));
        b.append(chart(r)).append('\n');
        b.append("<h2>Weeks</h2>\n<table><tr><th>week</th><th class=\"l\">days</th><th class=\"l\">model</th>")
                .append("<th class=\"l\">strategy</th><th>P@K</th><th>R@K</th><th>P@default K</th><th>visits</th>")
                .append("<th>faulty apartment-days</th><th>labels</th><th>confirmed faults</th></tr>\n");
        for (FlywheelWeek w : r.weeks()) {
            b.append(String.format(Locale.ROOT, "<tr><td>%d</td><td class=\"l\">%s..%s</td><td class=\"l\">%s</td>"
                            + "<td class=\"l\">%s</td><td>%s</td><td>%s</td><td>%s</td><td>%d</td><td>%d</td><td>%d</td>"
                            + "<td>%d</td></tr>\n", w.week(), w.from(), w.to(), esc(w.model()), esc(w.strategy()),
                    fmt(w.precisionAtK()), fmt(w.recallAtK()), fmt(w.precisionAtDefaultK()), w.visits(),
                    w.faultyApartmentDays(), w.labels(), w.positiveLabels()));
        }
        b.append("</table>\n<h2>Retraining attempts</h2>\n<table><tr><th class=\"l\">day</th><th class=\"l\">outcome</th></tr>\n");
        for (RetrainingAttempt a : r.attempts()) {
            b.append("<tr><td class=\"l\">").append(a.day()).append("</td><td class=\"l\">").append(esc(a.outcome()))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n</body></html>\n");
        AtomicFile.writeString(file, b);
    }

    /** An SVG line chart of P@K and R@K by week, with a tick where a new model started. */
    static String chart(FlywheelResult r) {
        int w = 640;
        int h = 320;
        int left = 56;
        int right = 16;
        int top = 16;
        int bottom = 48;
        int n = r.weeks().size();
        double plotW = w - left - right;
        double plotH = h - top - bottom;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"flywheel-chart\" width=\"").append(w).append("\" height=\"")
                .append(h).append("\" role=\"img\" aria-label=\"precision and recall at K by week\">");
        for (int t = 0; t <= 4; t++) {
            double y = top + plotH * (1 - t / 4.0);
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>", left,
                    w - right, y, y));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%.2f</text>",
                    left - 6, y + 4, t / 4.0));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%.1f\" font-size=\"12\" transform=\"rotate(-90 14 %.1f)\" "
                + "text-anchor=\"middle\">share</text>", top + plotH / 2, top + plotH / 2));
        b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">week</text>",
                left + plotW / 2, h - 8));
        String previous = null;
        for (int i = 0; i < n; i++) {
            FlywheelWeek wk = r.weeks().get(i);
            double x = x(i, n, left, plotW);
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%d</text>",
                    x, top + plotH + 14, wk.week()));
            if (previous != null && !previous.equals(wk.model())) {
                b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%.1f\" stroke=\"#999\" "
                        + "stroke-dasharray=\"3 3\"><title>%s from week %d</title></line>", x, x, top, top + plotH,
                        esc(wk.model()), wk.week()));
            }
            previous = wk.model();
        }
        b.append(series(r, true, left, top, plotW, plotH, "#c0392b"));
        b.append(series(r, false, left, top, plotW, plotH, "#2471a3"));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#c0392b\">P@%d</text>",
                left + 8, top + 14, r.options().visitsPerDay()));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#2471a3\">R@%d</text>",
                left + 58, top + 14, r.options().visitsPerDay()));
        return b.append("</svg>").toString();
    }

    private static String series(FlywheelResult r, boolean precision, int left, int top, double plotW, double plotH,
                                 String colour) {
        StringBuilder pts = new StringBuilder();
        int n = r.weeks().size();
        for (int i = 0; i < n; i++) {
            double v = precision ? r.weeks().get(i).precisionAtK() : r.weeks().get(i).recallAtK();
            if (!Double.isNaN(v)) {
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, n, left, plotW), top + plotH * (1 - v)));
            }
        }
        return "<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\" points=\"" + pts.toString().trim() + "\"/>";
    }

    private static double x(int i, int n, int left, double plotW) {
        return n <= 1 ? left + plotW / 2 : left + plotW * i / (n - 1);
    }

    private static Object num(double v) {
        return Double.isFinite(v) ? Math.round(v * 10000) / 10000.0 : null;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static Map<String, Object> recipe(ModelRecipe r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", r.strategy());
        m.put("options", r.options());
        m.put("feature_columns", r.featureColumns());
        return m;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
