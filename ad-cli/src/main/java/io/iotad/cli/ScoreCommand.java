package io.iotad.cli;

import io.iotad.pipeline.csv.CsvScoring;
import io.iotad.cli.csv.JsonSummary;
import io.iotad.core.artifact.ArtifactLimits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iotad score}, in two modes. The workflow mode ({@code --registry DIR} with the data options)
 * runs the inference workflow with the latest approved model of a group and writes alerts to an
 * SQLite database. The CSV mode ({@code --model FILE --input FILE.csv}) scores a feature CSV through
 * a verified artifact and optionally writes the scores.
 */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores days with the latest Approved model and writes alerts (--registry), or a feature CSV "
                + "with a model file (--model).",
            "Workflow mode (--registry with --data, --raw/--weather/--buildings, or --lake/--weather/--buildings): runs "
                + "GetApprovedModelPackage, FeatureEngineeringInference, BatchScore, ProcessResults for the days "
                + "--from..--to (default: the last day of the data) and writes the alerts to --alerts; a day scored again "
                + "keeps the technicians' status and notes.",
            "CSV mode (--model FILE --input FILE.csv): scores a feature CSV through a model.tar.gz (checksum and versions "
                + "verified).",
            "The last line printed is one JSON object."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad data (data contract, quarantine limit, a bad CSV)",
                "2:bad usage or configuration key, unknown group, no Approved model",
                "3:I/O error, or a corrupt or unsupported artifact",
                "4:data drift above a stop limit (monitoring.drift=block): nothing was scored; the message names the "
                        + "day, feature, statistic, value, limit, segment and band"})
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegistryLocation registry;

    @Mixin
    AwsOptions aws = new AwsOptions();

    @Option(names = "--group", paramLabel = "G", description = "Workflow mode: registry group whose latest Approved "
            + "version scores (default: inference.model_group, 'global').")
    String group;

    @Mixin
    DataOptions data;

    @Option(names = "--lake", paramLabel = "DIR", description = "Workflow mode: read the readings from the processed "
            + "zone 'iotad ingest --lake' wrote, only the scored days and the history the model needs (with --weather "
            + "and --buildings; instead of --data or --raw). --to defaults to the lake's last day.")
    Path lake;

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Workflow mode: first day to score (default: --to).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Workflow mode: last day to score (default: the last "
            + "day of the data).")
    LocalDate to;

    @Option(names = "--alerts", paramLabel = "FILE.db|dynamodb://TABLE", description = "Workflow mode: the alerts, an "
            + "SQLite database or a DynamoDB table (either created when absent).")
    String alerts;

    @Option(names = "--out", paramLabel = "DIR", description = "Workflow mode: where scores.csv, run_report.json and "
            + "quarantine.jsonl go.")
    Path out;

    @Option(names = "--feedback", paramLabel = "FILE.csv", description = "Workflow mode: the technicians' verdicts the "
            + "retraining decision counts (default: feedback_labels.csv beside an SQLite --alerts, when it exists).")
    Path feedback;

    @Option(names = "--history", paramLabel = "FILE.csv", description = "Workflow mode: the monitoring history that "
            + "keeps each scored day's drift level across runs (default: monitoring_history.csv beside an SQLite "
            + "--alerts).")
    Path history;

    @Option(names = "--model", paramLabel = "FILE", description = "CSV mode: the model.tar.gz to score with.")
    Path model;

    @Option(names = "--input", paramLabel = "FILE.csv", description = "CSV mode: feature CSV holding every feature the model reads.")
    Path input;

    @Option(names = "--scores-out", paramLabel = "FILE",
            description = "CSV mode: write apartment_id,building_id,event_date,score here (empty score = not scored).")
    Path scoresOut;

    @Option(names = "--max-payload-bytes", paramLabel = "N",
            description = "CSV mode: refuse a payload larger than this (default: ${DEFAULT-VALUE}).", defaultValue = "" + ArtifactLimits.DEFAULT_MAX_PAYLOAD_BYTES)
    long maxPayloadBytes;

    @Override
    public Integer call() throws Exception {
        if (registry.given() || data.given() || lake != null) {
            if (model != null || input != null || scoresOut != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--model, --input and --scores-out belong to "
                        + "the CSV mode; the workflow mode (--registry with --data) scores with the latest Approved model");
            }
            if (!registry.given()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the workflow mode needs --registry DIR");
            }
            return new WorkflowScoring(spec.commandLine(), registry, aws, group, from, to, alerts, out,
                    feedback, history).run(data, lake, configOptions);
        }
        if (model == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing required option: '--model=FILE' (CSV mode) or '--registry=DIR' (workflow mode)");
        }
        if (input == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--input=FILE.csv'");
        }
        if (group != null || from != null || to != null || alerts != null || out != null || configOptions.config != null
                || !configOptions.overrides.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--group, --from, --to, --alerts, --out, --config "
                    + "and --set belong to the workflow mode (--registry with --data); the CSV mode takes --model, --input "
                    + "and --scores-out");
        }
        ArtifactLimits limits = new ArtifactLimits(ArtifactLimits.DEFAULT_MAX_MANIFEST_BYTES, maxPayloadBytes);
        CsvScoring.Result r = CsvScoring.run(new CsvScoring.Request(model, input, Optional.ofNullable(scoresOut), limits));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", "score");
        json.put("strategy", r.model().manifest().strategy());
        json.put("model", model.toString());
        json.put("rows", r.scores().size());
        json.put("scored", r.scores().scoredCount());
        json.put("unscored", r.scores().size() - r.scores().scoredCount());
        json.put("load_s", JsonSummary.seconds(r.loadSeconds()));
        json.put("score_s", JsonSummary.seconds(r.scoreSeconds()));
        json.put("scores_out", scoresOut == null ? null : scoresOut.toString());
        spec.commandLine().getOut().println(JsonSummary.line(json));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
