package io.iotad.pipeline.monitoring;

import io.iotad.core.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a {@link DriftReport} as a self-contained HTML page, {@value #FILE_NAME}. */
public final class DriftReportHtml {
    /** The page's file name beside the run report. */
    public static final String FILE_NAME = "drift_report.html";

    private DriftReportHtml() {
    }

    /**
     * @param report the verdicts
     * @param model the model whose profile the batch was compared with
     * @param file the page to write (atomically)
     * @throws IOException when it cannot be written
     */
    public static void write(DriftReport report, String model, Path file) throws IOException {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>iotad data drift</title>")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #bbb;padding:.2em .5em;text-align:left}td.n{text-align:right}")
                .append(".stop{background:#f4c7c3}.warn{background:#fce8b2}.ok{background:#d9ead3}</style></head><body>\n");
        h.append("<h1>Data drift against the training profile</h1>\n<p>Model ").append(esc(model)).append(": ")
                .append(report.days().size()).append(" scored day(s), overall level <b>").append(report.level().id())
                .append("</b>, ").append(report.warningDays()).append(" day(s) at or above a warning limit.</p>\n");
        report.firstStop().ifPresent(f -> h.append("<p class=\"stop\">The run was stopped: ").append(esc(f.describe()))
                .append(".</p>\n"));
        h.append("<p>Each day is compared with the training rows of the same segment (the portfolio, each building) and "
                + "heating-degree-day band: population-stability index (psi), Kolmogorov-Smirnov distance (ks) and the rise "
                + "of the null rate (null_rate). See docs/operations.md, \"Data drift\".</p>\n");
        h.append("<h2>Days</h2>\n<table><tr><th>day</th><th>level</th><th>statistics</th><th>not judged</th>")
                .append("<th>most severe</th></tr>\n");
        for (DayDrift d : report.days()) {
            h.append("<tr class=\"").append(d.level().id()).append("\"><td>").append(d.day()).append("</td><td>")
                    .append(d.level().id()).append("</td><td class=\"n\">").append(d.judged()).append("</td><td class=\"n\">")
                    .append(d.notJudged()).append("</td><td>")
                    .append(d.findings().isEmpty() ? "" : esc(d.findings().get(0).describe())).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Findings above a limit, and each day's most severe</h2>\n<table><tr><th>day</th>")
                .append("<th>segment</th><th>feature</th><th>band</th><th>statistic</th><th>value</th><th>warn</th>")
                .append("<th>stop</th><th>rows</th><th>training rows</th><th>level</th></tr>\n");
        for (DayDrift d : report.days()) {
            for (DriftFinding f : d.findings()) {
                h.append("<tr class=\"").append(f.level().id()).append("\"><td>").append(f.day()).append("</td><td>")
                        .append(esc(f.segment())).append("</td><td>").append(esc(f.feature())).append("</td><td>")
                        .append(esc(f.band())).append("</td><td>").append(f.statistic()).append("</td><td class=\"n\">")
                        .append(String.format(Locale.ROOT, "%.3f", f.value())).append("</td><td class=\"n\">")
                        .append(f.warnLimit()).append("</td><td class=\"n\">").append(f.stopLimit())
                        .append("</td><td class=\"n\">").append(f.batchRows()).append("</td><td class=\"n\">")
                        .append(f.referenceRows()).append("</td><td>").append(f.level().id()).append("</td></tr>\n");
            }
        }
        h.append("</table>\n</body></html>\n");
        AtomicFile.writeString(file, h);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
