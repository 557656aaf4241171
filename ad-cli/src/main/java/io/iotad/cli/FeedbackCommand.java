package io.iotad.cli;

import io.iotad.cli.csv.JsonSummary;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.alert.AlertStore;
import io.iotad.core.score.Label;
import io.iotad.pipeline.labels.CsvLabelStore;
import io.iotad.pipeline.labels.FeedbackRecorder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iotad feedback}: records a technician's verdict on an alert (only legal status changes),
 * and appends a resolved verdict to a {@code labels.csv} (DATA-CONTRACT §1.4) for the next
 * training: {@code Resolved-True Positive} becomes label 1, {@code Resolved-False Positive} label 0.
 */
@Command(name = "feedback", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Records a technician's verdict on an alert: Unseen -> Investigating -> Resolved-True Positive or "
                + "Resolved-False Positive (a resolved alert may be reopened to Investigating).",
            "A resolved verdict is appended to --labels as a label (1 true positive, 0 false positive) that "
                + "'iotad train --labels FILE' uses. The last line printed is one JSON object."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad usage, unknown alert or status, an illegal status change, a cause or notes "
                + "with a line break, or --labels naming a folder (the alert is left unchanged)",
                "3:I/O or internal error (the alert is left unchanged when its label cannot be written)"})
final class FeedbackCommand implements Callable<Integer> {
    /** File name of the default labels file, beside the alerts database. */
    static final String DEFAULT_LABELS_FILE = "feedback_labels.csv";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ALERT_ID", description = "The alert, <ApartmentID>#<EventDate>, as 'iotad alerts list' prints it.")
    String alertId;

    @Option(names = "--alerts", paramLabel = "FILE.db|dynamodb://TABLE", required = true,
            description = "The alerts: an SQLite database, or a DynamoDB table.")
    String db;

    @picocli.CommandLine.Mixin
    AwsOptions aws = new AwsOptions();

    @Option(names = "--status", paramLabel = "S", required = true, description = "The new status: Investigating, "
            + "\"Resolved-True Positive\" or \"Resolved-False Positive\" (any case; RESOLVED_TRUE_POSITIVE also works).")
    String status;

    @Option(names = "--cause", paramLabel = "TEXT", description = "Root cause, e.g. \"pump failure\" (default: keep the "
            + "alert's current cause).")
    String cause;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Technician's notes (default: keep the alert's current notes).")
    String notes;

    @Option(names = "--labels", paramLabel = "FILE.csv", description = "labels.csv a resolved verdict is appended to "
            + "(default: " + DEFAULT_LABELS_FILE + " beside the SQLite alerts database; required with dynamodb://).")
    Path labels;

    @Override
    public Integer call() {
        if (labels == null && Stores.isDynamoDb(db)) {
            throw new IllegalArgumentException("--labels FILE.csv is required with --alerts " + db + ": there is no folder "
                    + "beside a DynamoDB table to put " + DEFAULT_LABELS_FILE + " in");
        }
        // everything is checked before anything is written (FeedbackRecorder): a failed attempt leaves the alert as it was
        FeedbackRecorder.Verdict verdict = new FeedbackRecorder.Verdict(alertId, AlertStatus.parse(status),
                Optional.ofNullable(cause), Optional.ofNullable(notes));
        Path labelsFile = labels != null ? labels : Path.of(db).toAbsolutePath().getParent().resolve(DEFAULT_LABELS_FILE);
        FeedbackRecorder.Outcome outcome;
        try (AlertStore store = Stores.alerts(db, aws, false)) {
            try {
                outcome = new FeedbackRecorder(store, new CsvLabelStore(labelsFile)).record(verdict);
            } catch (NoSuchElementException e) {
                throw new NoSuchElementException(e.getMessage() + " in " + db + "; 'iotad alerts list --alerts " + db
                        + "' shows them");
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        Optional<Label> label = outcome.label();
        var w = spec.commandLine().getOut();
        w.printf("%s: %s -> %s%n", alertId, outcome.before().status().display(), outcome.after().status().display());
        label.ifPresentOrElse(l -> w.printf("label %d (%s) appended to %s%n", l.label(), l.cause(), labelsFile),
                () -> w.println("not resolved: no label written"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", "feedback");
        json.put("alert_id", alertId);
        json.put("from_status", outcome.before().status().display());
        json.put("status", outcome.after().status().display());
        json.put("label", label.map(Label::label).orElse(null));
        json.put("labels_file", label.isPresent() ? labelsFile.toString() : null);
        w.println(JsonSummary.line(json));
        w.flush();
        return 0;
    }
}
