package io.iotad.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.eval.backtest.WeekResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 17: the report says what its weekly chart covers, labels every week (a week at
 * precision 0 too), keeps axis titles clear of tick labels, gives the histogram a readable x axis,
 * and speaks in words instead of the code's names.
 */
class HtmlReportReadabilityTest {
    private static final Pattern TEXT = Pattern.compile("<text x=\"([\\d.]+)\" y=\"([\\d.]+)\"[^>]*text-anchor=\"(\\w+)\"[^>]*>([^<]*)</text>");

    private static String svg(String html, String id) {
        int at = html.indexOf("<svg id=\"" + id + "\"");
        return html.substring(at, html.indexOf("</svg>", at));
    }

    @Test
    void given_a_backtest_when_rendered_then_the_weekly_chart_names_the_weeks_it_covers() {
        EvaluationReport report = ReportFixture.report();
        List<WeekResult> weeks = report.backtest().weeks();
        String html = HtmlReport.render(report);
        String first = weeks.get(0).week();
        String last = weeks.get(weeks.size() - 1).week();
        assertThat(html).contains(weeks.size() + " weeks").contains(first).contains(last)
                .contains("from " + weeks.get(0).firstDay())
                .contains("trained only on the days before it");
        assertThat(svg(html, "weekly-precision")).contains("<title>Precision@" + report.backtest().k() + " in each of the "
                + weeks.size() + " backtest weeks, " + first + " to " + last);
    }

    @Test
    void given_a_week_at_precision_zero_when_drawn_then_it_has_a_visible_bar_and_a_value_label() {
        String chart = SvgChart.shareBars("w", List.of("2024-W01", "2024-W02", "2024-W03"), new double[] {0.5, 0.0, Double.NaN},
                "Precision@K", "week");
        List<String> texts = texts(chart).stream().map(t -> t[3]).toList();
        assertThat(texts).contains("0.500", "0.000", "n/a", "2024-W01", "2024-W02", "2024-W03");
        Matcher zero = Pattern.compile("<rect class=\"bar zero\"[^>]* height=\"([\\d.]+)\"").matcher(chart);
        assertThat(zero.find()).as("the zero week is drawn").isTrue();
        assertThat(Double.parseDouble(zero.group(1))).isGreaterThanOrEqualTo(2.0);
    }

    @Test
    void given_any_chart_when_drawn_then_the_y_axis_title_stays_clear_of_the_tick_labels() {
        String html = HtmlReport.render(ReportFixture.report());
        for (String id : List.of("pr-curve", "weekly-precision", "score-histogram")) {
            String chart = svg(html, id);
            Matcher title = Pattern.compile("<text x=\"([\\d.]+)\" y=\"[\\d.]+\" font-size=\"(\\d+)\" text-anchor=\"middle\" "
                    + "transform=\"rotate\\(-90").matcher(chart);
            assertThat(title.find()).as(id).isTrue();
            // rotated text: its glyphs lie at most one font size to the left of x and a quarter of it to the right
            double titleRight = Double.parseDouble(title.group(1)) + Integer.parseInt(title.group(2)) / 4.0;
            for (String[] t : texts(chart)) {
                if (t[2].equals("end") && t[3].matches("-?[\\d.]+|n/a")) {
                    double left = Double.parseDouble(t[0]) - t[3].length() * 7.0; // 11 px digits are about 6 px wide
                    assertThat(left).as("%s tick '%s' clears the axis title", id, t[3]).isGreaterThan(titleRight + 2);
                }
            }
        }
    }

    @Test
    void given_a_histogram_when_drawn_then_its_x_axis_has_ticks_between_min_and_max() {
        String html = HtmlReport.render(ReportFixture.report());
        List<String[]> below = new ArrayList<>();
        for (String[] t : texts(svg(html, "score-histogram"))) {
            if (Double.parseDouble(t[1]) > SvgChart.HEIGHT - 45 && t[3].matches("-?[\\d.]+(e-?\\d+)?")) {
                below.add(t);
            }
        }
        assertThat(below).as("x tick labels").hasSizeGreaterThanOrEqualTo(5);
        assertThat(below.stream().map(t -> t[3]).distinct().count()).isEqualTo(below.size());
    }

    @Test
    void given_a_report_when_rendered_then_no_internal_name_leaks() {
        String html = HtmlReport.render(ReportFixture.report());
        assertThat(html).doesNotContain("AS_NEGATIVE", "EXCLUDE", "rolling origin", ">fault_kind<", ">unknown<",
                ">archetype<");
        assertThat(html).contains("counted as non-faults").contains(">cause<").contains(">building type<")
                .contains("(no cause given)");
    }

    private static List<String[]> texts(String svg) {
        List<String[]> out = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
        }
        return out;
    }
}
