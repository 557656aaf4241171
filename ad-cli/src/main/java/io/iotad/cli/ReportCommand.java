package io.iotad.cli;

import io.iotad.eval.report.EvaluationReport;
import io.iotad.eval.report.EvaluationReportJson;
import io.iotad.eval.report.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code iotad report}: renders the HTML report of an {@code evaluation_report.json} again. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Renders the HTML evaluation report (PR curve, P@K per week, score histogram, segments) from an "
                + "evaluation_report.json; the page opens from a local file with no network.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the JSON is not an evaluation report", "2:bad usage",
                "3:I/O error, or a report of a later format version"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--evaluation", paramLabel = "FILE", required = true, description = "An evaluation_report.json.")
    Path evaluation;

    @Option(names = "--out", paramLabel = "FILE.html", description = "Where the page goes (default: "
            + HtmlReport.FILE_NAME + " beside the JSON).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(evaluation)) {
            throw new IllegalArgumentException("--evaluation " + evaluation + " is not a file");
        }
        EvaluationReport report = EvaluationReportJson.read(evaluation);
        Path target = out != null ? out : evaluation.toAbsolutePath().getParent().resolve(HtmlReport.FILE_NAME);
        HtmlReport.write(report, target);
        spec.commandLine().getOut().printf("wrote %s (%s)%n", target, report.title());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
