package io.iotad.cli;

import io.iotad.cli.csv.CsvScoring;
import io.iotad.cli.csv.JsonSummary;
import io.iotad.core.artifact.ArtifactLimits;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iotad score}: scores rows through a verified model artifact. The CSV mode
 * ({@code --model FILE --input FILE.csv}) prints one JSON line and optionally writes the scores.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores a feature CSV through a model.tar.gz (checksum and versions verified).",
            "Prints one JSON line: strategy, model, rows, scored, unscored, load_s, score_s, scores_out."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad data in the CSV", "2:bad usage", "3:I/O error, or a corrupt or unsupported artifact"})
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE", description = "The model.tar.gz to score with.")
    Path model;

    @Option(names = "--input", paramLabel = "FILE.csv", description = "Feature CSV holding every feature the model reads.")
    Path input;

    @Option(names = "--scores-out", paramLabel = "FILE",
            description = "Write apartment_id,building_id,event_date,score here (empty score = not scored).")
    Path scoresOut;

    @Option(names = "--max-payload-bytes", paramLabel = "N",
            description = "Refuse a payload larger than this (default: ${DEFAULT-VALUE}).", defaultValue = "" + ArtifactLimits.DEFAULT_MAX_PAYLOAD_BYTES)
    long maxPayloadBytes;

    @Override
    public Integer call() throws Exception {
        if (model == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--model=FILE'");
        }
        if (input == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--input=FILE.csv'");
        }
        ArtifactLimits limits = new ArtifactLimits(ArtifactLimits.DEFAULT_MAX_MANIFEST_BYTES, maxPayloadBytes);
        CsvScoring.Result r = CsvScoring.run(new CsvScoring.Request(model, input, Optional.ofNullable(scoresOut), limits));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", "score");
        out.put("strategy", r.model().manifest().strategy());
        out.put("model", model.toString());
        out.put("rows", r.scores().size());
        out.put("scored", r.scores().scoredCount());
        out.put("unscored", r.scores().size() - r.scores().scoredCount());
        out.put("load_s", JsonSummary.seconds(r.loadSeconds()));
        out.put("score_s", JsonSummary.seconds(r.scoreSeconds()));
        out.put("scores_out", scoresOut == null ? null : scoresOut.toString());
        spec.commandLine().getOut().println(JsonSummary.line(out));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
