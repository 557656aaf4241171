package io.iotad.eval.report;

import java.util.List;
import java.util.Locale;

/**
 * Small inline SVG charts for the HTML report: a line chart on the unit square, a bar chart of
 * shares and an overlaid histogram. Output is plain SVG markup with no script and no external
 * reference.
 */
final class SvgChart {
    static final int WIDTH = 480;
    static final int HEIGHT = 300;
    /** Room left of the plot: tick labels end 6 px left of it, the rotated axis title sits at {@link #Y_TITLE_X}. */
    private static final int LEFT = 64;
    private static final int Y_TITLE_X = 14;
    private static final int RIGHT = 15;
    private static final int TOP = 15;
    private static final int BOTTOM = 45;

    private SvgChart() {
    }

    /**
     * @param id element id
     * @param xs x values in [0, 1]
     * @param ys y values in [0, 1], same length
     * @param xLabel x axis title
     * @param yLabel y axis title
     * @return an SVG line chart on [0, 1] × [0, 1]
     */
    static String unitLine(String id, double[] xs, double[] ys, String xLabel, String yLabel) {
        StringBuilder b = open(id, yLabel + " against " + xLabel);
        axes(b, xLabel, yLabel, 1.0);
        for (double t = 0; t <= 1.0001; t += 0.25) {
            b.append(text(x(t), HEIGHT - BOTTOM + 16, fmt(t), "middle"));
        }
        if (xs.length > 0) {
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < xs.length; i++) {
                pts.append(num(x(xs[i]))).append(',').append(num(y(ys[i], 1.0))).append(' ');
            }
            b.append("<polyline class=\"series\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\" points=\"")
                    .append(pts.toString().trim()).append("\"/>");
        } else {
            b.append(text(WIDTH / 2.0, HEIGHT / 2.0, "no positives: curve undefined", "middle"));
        }
        return b.append("</svg>").toString();
    }

    /**
     * @param id element id
     * @param labels one label per bar
     * @param values one value per bar in [0, 1]; NaN draws no bar and "n/a"; 0 draws a thin bar on
     *     the axis, so a week at 0 is seen as a result, not as a gap
     * @param yLabel y axis title
     * @param xLabel x axis title
     * @return an SVG bar chart, each bar labelled with its value
     */
    static String shareBars(String id, List<String> labels, double[] values, String yLabel, String xLabel) {
        return shareBars(id, labels, values, yLabel, xLabel, yLabel + " by " + xLabel);
    }

    /**
     * @param id element id
     * @param labels one label per bar
     * @param values one value per bar in [0, 1]; NaN draws no bar and "n/a"
     * @param yLabel y axis title
     * @param xLabel x axis title
     * @param title the chart's accessible title
     * @return an SVG bar chart, each bar labelled with its value
     */
    static String shareBars(String id, List<String> labels, double[] values, String yLabel, String xLabel, String title) {
        StringBuilder b = open(id, title);
        axes(b, xLabel, yLabel, 1.0);
        int n = values.length;
        if (n == 0) {
            b.append(text(WIDTH / 2.0, HEIGHT / 2.0, "no backtest weeks", "middle"));
        }
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, n);
        for (int i = 0; i < n; i++) {
            double x0 = LEFT + i * slot + slot * 0.15;
            String label = labels.get(i);
            if (Double.isNaN(values[i])) {
                b.append(text(x0 + slot * 0.35, HEIGHT - BOTTOM - 4, "n/a", "middle"));
            } else {
                boolean zero = values[i] <= 0;
                // a zero bar would have no height: draw it 2 px tall on the axis, in another colour
                double top = zero ? HEIGHT - BOTTOM - 2.0 : y(values[i], 1.0);
                b.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" "
                        + "fill=\"%s\"><title>%s: %s</title></rect>", zero ? "bar zero" : "bar", num(x0), num(top),
                        num(slot * 0.7), num(HEIGHT - BOTTOM - top), zero ? "#c0392b" : "#2e86c1", HtmlReport.escape(label),
                        fmt(values[i])));
                b.append(text(x0 + slot * 0.35, Math.max(TOP + 10, top - 4), fmt(values[i]), "middle"));
            }
            if (n <= 16 || i % (n / 8 + 1) == 0) {
                b.append(text(x0 + slot * 0.35, HEIGHT - BOTTOM + 16, label, "middle"));
            }
        }
        return b.append("</svg>").toString();
    }

    /**
     * @param id element id
     * @param edges bin edges, one more than bins
     * @param background per bin, counts drawn as filled bars (as shares of their total)
     * @param foreground per bin, counts drawn as an outline (as shares of their total)
     * @return an SVG histogram of two overlaid, separately normalised distributions
     */
    static String histogram(String id, List<Double> edges, int[] background, int[] foreground) {
        StringBuilder b = open(id, "score histogram");
        int bins = background.length;
        double[] bg = shares(background);
        double[] fg = shares(foreground);
        double max = 0.0;
        for (int i = 0; i < bins; i++) {
            max = Math.max(max, Math.max(bg[i], fg[i]));
        }
        max = max == 0 ? 1.0 : max;
        axes(b, "anomaly score", "share of rows", max);
        if (bins == 0) {
            b.append(text(WIDTH / 2.0, HEIGHT / 2.0, "nothing scored", "middle"));
            return b.append("</svg>").toString();
        }
        double w = (WIDTH - LEFT - RIGHT) / (double) bins;
        StringBuilder outline = new StringBuilder();
        for (int i = 0; i < bins; i++) {
            double top = y(bg[i], max);
            b.append(String.format(Locale.ROOT, "<rect class=\"bin\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" "
                    + "fill=\"#aab7b8\"/>", num(LEFT + i * w), num(top), num(w * 0.95), num(HEIGHT - BOTTOM - top)));
            double fy = y(fg[i], max);
            outline.append(num(LEFT + i * w)).append(',').append(num(fy)).append(' ')
                    .append(num(LEFT + (i + 1) * w)).append(',').append(num(fy)).append(' ');
        }
        b.append("<polyline class=\"series\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\" points=\"")
                .append(outline.toString().trim()).append("\"/>");
        // five ticks at bin edges (0, 1/4, 1/2, 3/4 and all of the bins), labelled with the score there
        int last = -1;
        for (int q = 0; q <= 4; q++) {
            int edge = (int) Math.round(q * bins / 4.0);
            if (edge == last) {
                continue;
            }
            last = edge;
            double xx = LEFT + edge * w;
            b.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"#333\"/>", num(xx),
                    HEIGHT - BOTTOM, num(xx), HEIGHT - BOTTOM + 4));
            b.append(text(xx, HEIGHT - BOTTOM + 16, fmt(edges.get(edge)), q == 0 ? "start" : q == 4 ? "end" : "middle"));
        }
        return b.append("</svg>").toString();
    }

    private static double[] shares(int[] counts) {
        double total = 0;
        for (int c : counts) {
            total += c;
        }
        double[] s = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            s[i] = total == 0 ? 0 : counts[i] / total;
        }
        return s;
    }

    private static StringBuilder open(String id, String title) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg id=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\"><title>%s</title>", id, WIDTH, HEIGHT,
                WIDTH, HEIGHT, HtmlReport.escape(title)));
    }

    private static void axes(StringBuilder b, String xLabel, String yLabel, double yMax) {
        b.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>", WIDTH,
                HEIGHT));
        for (double t = 0; t <= 1.0001; t += 0.25) {
            double yy = y(t * yMax, yMax);
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%s\" x2=\"%d\" y2=\"%s\" stroke=\"#e5e8e8\"/>", LEFT,
                    num(yy), WIDTH - RIGHT, num(yy)));
            b.append(text(LEFT - 6, yy + 4, fmt(t * yMax), "end"));
        }
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", LEFT,
                HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM));
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", LEFT, TOP,
                LEFT, HEIGHT - BOTTOM));
        b.append(text((LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 8, xLabel, "middle"));
        double mid = (TOP + HEIGHT - BOTTOM) / 2.0;
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%s\" font-size=\"11\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 %d %s)\">%s</text>", Y_TITLE_X, num(mid), Y_TITLE_X, num(mid),
                HtmlReport.escape(yLabel)));
    }

    private static double x(double v) {
        return LEFT + v * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double v, double max) {
        return HEIGHT - BOTTOM - v / max * (HEIGHT - TOP - BOTTOM);
    }

    private static String text(double x, double y, String s, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" font-size=\"11\" text-anchor=\"%s\">%s</text>",
                num(x), num(y), anchor, HtmlReport.escape(s));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 1000 || (Math.abs(v) < 0.001 && v != 0)
                ? String.format(Locale.ROOT, "%.3g", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
