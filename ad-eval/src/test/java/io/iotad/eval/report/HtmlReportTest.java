package io.iotad.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    @TempDir
    Path dir;

    @Test
    void given_a_report_when_rendered_then_it_holds_every_chart_the_table_and_the_gate() {
        EvaluationReport report = ReportFixture.report();
        String html = HtmlReport.render(report);
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<svg id=\"pr-curve\"", "<svg id=\"weekly-precision\"", "<svg id=\"score-histogram\"")
                .contains("<table id=\"segments\"", "valve_stuck_closed", "passive_house")
                .contains("FAILED", "pr_auc = ")
                .contains(SvgChart.fmt(report.evaluation().overall().prAuc()));
    }

    @Test
    void given_scores_with_reasons_when_evaluated_then_the_visit_list_holds_each_days_top_k_highest_first() {
        EvaluationReport report = ReportFixture.report();
        var r = report.evaluation();
        int k = r.options().dailyK();
        java.util.Map<String, java.util.List<io.iotad.eval.Visit>> byDay = new java.util.TreeMap<>();
        r.visits().forEach(v -> byDay.computeIfAbsent(v.day(), d -> new java.util.ArrayList<>()).add(v));
        assertThat(byDay).hasSize(21);
        for (var day : byDay.values()) {
            assertThat(day).hasSize(k);
            assertThat(day).extracting(io.iotad.eval.Visit::rank).containsExactly(
                    java.util.stream.IntStream.rangeClosed(1, k).boxed().toArray(Integer[]::new));
            assertThat(day).extracting(io.iotad.eval.Visit::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(day).allSatisfy(v -> assertThat(v.reason().isEmpty()).isFalse());
        }
        String html = HtmlReport.render(report);
        assertThat(html).contains("<table id=\"visits\"", "room_temp_min low")
                .contains(HtmlReport.escape(r.visits().get(0).reason().text()));
        // a report written before visit lists read back: none, and the page says so
        var old = new io.iotad.eval.EvaluationResult(r.options(), r.rows(), r.evaluated(), r.unscored(),
                r.unscoredPositives(), r.withVerdict(), r.excludedWithoutVerdict(), r.positives(), r.overall(), r.daily(),
                r.prCurve(), r.distribution(), r.segments(), null);
        assertThat(HtmlReport.render(EvaluationReport.of("t", "m", old, null, null, java.time.Instant.EPOCH)))
                .contains("id=\"visits-none\"");
    }

    @Test
    void given_a_report_when_rendered_then_it_needs_no_network_and_runs_no_script() {
        String html = HtmlReport.render(ReportFixture.report());
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("src=").doesNotContain("href=")
                .doesNotContain("@import").doesNotContain("url(");
        // the only URL is the SVG namespace, which browsers never fetch
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
    }

    @Test
    void given_markup_in_the_title_when_rendered_then_it_is_escaped() {
        String html = HtmlReport.render(ReportFixture.report());
        assertThat(html).contains("iotad evaluation &lt;global/1&gt;").doesNotContain("<global/1>");
    }

    @Test
    void given_a_target_when_written_then_the_file_holds_the_page() throws IOException {
        Path file = dir.resolve("sub").resolve(HtmlReport.FILE_NAME);
        HtmlReport.write(ReportFixture.report(), file);
        assertThat(Files.readString(file)).contains("</html>");
    }
}
