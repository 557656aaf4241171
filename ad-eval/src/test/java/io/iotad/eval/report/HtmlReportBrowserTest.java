package io.iotad.eval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report in headless Chromium (with background networking off) and checks the
 * DOM and a screenshot. Runs in the {@code -Pbrowser} profile; skipped without /usr/bin/chromium.
 */
@Tag("browser")
class HtmlReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void given_the_report_file_when_opened_in_headless_chromium_then_charts_and_numbers_are_in_the_dom()
            throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs " + CHROMIUM);
        EvaluationReport report = ReportFixture.report();
        Path page = dir.resolve(HtmlReport.FILE_NAME);
        HtmlReport.write(report, page);

        String dom = run("--dump-dom", page.toUri().toString());

        assertThat(dom).contains("id=\"pr-curve\"", "id=\"weekly-precision\"", "id=\"score-histogram\"")
                .contains("<polyline", "<rect class=\"bar\"", "id=\"segments\"")
                .contains(SvgChart.fmt(report.evaluation().overall().prAuc()))
                .contains(SvgChart.fmt(report.evaluation().overall().precisionAtK()))
                .contains("FAILED");
        // the visit list: the top K of every scored day, each with apartment, building, day, score and reason
        assertThat(dom).contains("id=\"visits\"");
        String table = dom.substring(dom.indexOf("id=\"visits\""), dom.indexOf("</table>", dom.indexOf("id=\"visits\"")));
        java.util.List<io.iotad.eval.Visit> visits = report.evaluation().visits();
        assertThat(visits).hasSize(21 * report.evaluation().options().dailyK());
        assertThat(table.split("<tr class=\"visit\">", -1)).hasSize(visits.size() + 1);
        io.iotad.eval.Visit first = visits.get(0);
        assertThat(table).contains("<td>" + first.day() + "</td><td>1</td><td>" + first.apartmentId() + "</td><td>"
                + first.buildingId() + "</td><td>" + SvgChart.fmt(first.score()) + "</td>")
                .contains(HtmlReport.escape(first.reason().text()))
                .doesNotContain("(none recorded)");
    }

    @Test
    void given_the_report_file_when_screenshotted_then_the_image_is_not_blank() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs " + CHROMIUM);
        Path page = dir.resolve(HtmlReport.FILE_NAME);
        HtmlReport.write(ReportFixture.report(), page);
        Path png = dir.resolve("shot.png");

        run("--screenshot=" + png, "--window-size=1200,1400", page.toUri().toString());

        if (System.getProperty("iotad.screenshot") != null) {
            Files.copy(png, Path.of(System.getProperty("iotad.screenshot")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).hasSizeGreaterThan(10);
    }

    /**
     * Issue 9 item 17, as a browser lays it out: in every chart the rotated y-axis title and the tick
     * labels do not overlap, no two x-axis labels overlap, and every weekly bar has its value. A
     * test-only page frames the report's SVG and measures it with {@code getBBox} (the report itself
     * runs no script).
     */
    @Test
    void given_the_report_when_laid_out_by_chromium_then_axis_titles_and_labels_do_not_overlap()
            throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs " + CHROMIUM);
        String report = HtmlReport.render(ReportFixture.report());
        String body = report.substring(report.indexOf("<body>") + 6, report.indexOf("</body>"));
        String script = """
                <script>
                function box(e) { const r = e.getBoundingClientRect(); return {l: r.left, r: r.right, t: r.top, b: r.bottom}; }
                function hit(a, b) { return a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5; }
                const problems = [];
                for (const svg of document.querySelectorAll('svg')) {
                  const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() !== '');
                  const title = texts.find(t => (t.getAttribute('transform') || '').startsWith('rotate'));
                  if (!title) { problems.push(svg.id + ': no y-axis title'); continue; }
                  for (const t of texts) {
                    if (t !== title && hit(box(title), box(t))) problems.push(svg.id + ': axis title overlaps ' + t.textContent);
                  }
                  const axisY = Math.max(...[...svg.querySelectorAll('line')].map(l => +l.getAttribute('y1')));
                  const below = texts.filter(t => +t.getAttribute('y') > axisY && t !== title && +t.getAttribute('y') < 285);
                  for (let i = 0; i < below.length; i++) for (let j = i + 1; j < below.length; j++) {
                    if (hit(box(below[i]), box(below[j]))) problems.push(svg.id + ': ' + below[i].textContent + ' overlaps ' + below[j].textContent);
                  }
                }
                const weekly = document.getElementById('weekly-precision');
                const bars = weekly.querySelectorAll('rect.bar').length;
                const values = [...weekly.querySelectorAll('text')].filter(t => /^[0-9][.][0-9]{3}$/.test(t.textContent)
                    && +t.getAttribute('x') > 64).length;
                if (bars === 0 || values < bars) problems.push('weekly-precision: ' + bars + ' bars but ' + values + ' value labels');
                const out = document.createElement('pre');
                out.id = 'layout';
                out.textContent = problems.length === 0 ? 'LAYOUT-OK' : 'LAYOUT-PROBLEMS ' + problems.join(' | ');
                document.body.appendChild(out);
                </script>""";
        Path page = Files.writeString(dir.resolve("layout.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "</head><body>" + body + script + "</body></html>");

        String dom = run("--virtual-time-budget=5000", "--dump-dom", page.toUri().toString());

        assertThat(dom).contains("<pre id=\"layout\">");
        String result = dom.substring(dom.indexOf("<pre id=\"layout\">"));
        assertThat(result.substring(0, result.indexOf("</pre>"))).endsWith("LAYOUT-OK");
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile")));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("chromium.out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(out.toFile())
                .redirectError(dir.resolve("chromium.err").toFile()).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("chromium finished within 120 s").isTrue();
        assertThat(p.exitValue()).as("chromium exit status; stderr: %s",
                Files.readString(dir.resolve("chromium.err"), StandardCharsets.UTF_8)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
