package io.iotad.cli;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.alert.AlertStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code iotad alerts}: reads the alerts database the way technicians' tools do. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Reads the alerts database that 'iotad score' writes.",
        subcommands = AlertsCommand.ListAlerts.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad usage", "3:I/O or internal error"})
final class AlertsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list");
    }


    /** {@code iotad alerts list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Prints alerts as a table (or JSON), newest first, through one of the alert table's two indexes or a date range.",
                "  --apartment A [--status S]   an apartment's alerts, newest event date first (ApartmentStatusIndex)",
                "  --building B                 a building's alerts, newest first (BuildingAlertsIndex)",
                "  [--from D] [--to D] [--status S]  alerts of a date range, newest date first, then highest score",
                "Superseded alerts (a later scoring of their day did not raise them again) are listed only with "
                    + "--status Superseded."})
    static final class ListAlerts implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--alerts", paramLabel = "FILE.db|dynamodb://TABLE", required = true,
                description = "The alerts: an SQLite database, or a DynamoDB table.")
        String db;

        @CommandLine.Mixin
        AwsOptions aws = new AwsOptions();

        @Option(names = "--apartment", paramLabel = "A", description = "Only this apartment's alerts.")
        String apartment;

        @Option(names = "--building", paramLabel = "B", description = "Only this building's alerts.")
        String building;

        @Option(names = "--status", paramLabel = "S", description = "Only this status: Unseen, Investigating, "
                + "\"Resolved-True Positive\", \"Resolved-False Positive\" or Superseded (with --apartment or the date "
                + "range; default: every status but Superseded).")
        String status;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First event date (default: no limit).")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last event date (default: no limit).")
        LocalDate to;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "Print at most N alerts "
                + "(default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "Print one JSON object per alert (the alert table's field names; "
                + "Reason as an object: method, unit and the top features with direction, value and size) "
                + "instead of a table, for scripts and dashboards.")
        boolean json;

        @Override
        public Integer call() {
            if (limit < 1) {
                throw new IllegalArgumentException("--limit must be >= 1, got " + limit);
            }
            if (apartment != null && building != null) {
                throw new IllegalArgumentException("give --apartment or --building, not both");
            }
            if (building != null && (status != null || from != null || to != null)) {
                throw new IllegalArgumentException("--status, --from and --to apply to --apartment or to the date range, "
                        + "not to --building (the building path lists the newest alerts)");
            }
            AlertStatus s = status == null ? null : AlertStatus.parse(status);
            LocalDate a = from == null ? LocalDate.of(1, 1, 1) : from;
            LocalDate b = to == null ? LocalDate.of(9999, 12, 31) : to;
            List<Alert> found;
            try (AlertStore store = Stores.alerts(db, aws, false)) {
                if (apartment != null) {
                    found = store.byApartment(apartment, s).stream()
                            .filter(x -> !x.eventDate().isBefore(a) && !x.eventDate().isAfter(b)).toList();
                } else if (building != null) {
                    found = store.byBuilding(building, limit);
                } else {
                    // newest day first, so today's alerts are not cut off by --limit; the store keeps days ascending
                    List<Alert> ascending = store.byDateRange(a, b, s);
                    java.util.Map<LocalDate, List<Alert>> byDay = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
                    for (Alert x : ascending) {
                        byDay.computeIfAbsent(x.eventDate(), d -> new java.util.ArrayList<>()).add(x);
                    }
                    found = byDay.values().stream().flatMap(List::stream).toList();
                }
            }
            int hidden = 0;
            if (s == null) {
                List<Alert> shown = found.stream().filter(x -> x.status() != AlertStatus.SUPERSEDED).toList();
                hidden = found.size() - shown.size();
                found = shown;
            }
            if (json) {
                for (Alert x : found.subList(0, Math.min(limit, found.size()))) {
                    spec.commandLine().getOut().println(io.iotad.cli.csv.JsonSummary.line(fields(x)));
                }
                spec.commandLine().getOut().flush();
                return 0;
            }
            TextTable t = new TextTable("ALERT_ID", "BUILDING", "EVENT_DATE", "SCORE", "THRESHOLD", "STATUS", "MODEL",
                    "CAUSE", "NOTES", "REASON");
            for (Alert x : found.subList(0, Math.min(limit, found.size()))) {
                t.row(x.alertId(), x.buildingId(), x.eventDate().toString(), String.format(Locale.ROOT, "%.4f", x.anomalyScore()),
                        String.format(Locale.ROOT, "%.4f", x.threshold()), x.status().display(), x.modelVersion(),
                        x.feedbackCause(), x.feedbackNotes(), x.reason().text());
            }
            t.print(spec.commandLine().getOut());
            spec.commandLine().getOut().printf("%d of %d alerts%s%n", t.size(), found.size(), hidden == 0 ? ""
                    : " (" + hidden + " superseded not shown: --status Superseded lists them)");
            spec.commandLine().getOut().flush();
            return 0;
        }

        /** The alert's fields under the names of the seed's alert table. */
        private static java.util.Map<String, Object> fields(Alert x) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("AlertID", x.alertId());
            m.put("ApartmentID", x.apartmentId());
            m.put("BuildingID", x.buildingId());
            m.put("EventDate", x.eventDate().toString());
            m.put("AlertTimestamp", x.alertTimestamp().toString());
            m.put("UpdatedTimestamp", x.updatedTimestamp().toString());
            m.put("AnomalyScore", x.anomalyScore());
            m.put("Threshold", x.threshold());
            m.put("Status", x.status().display());
            m.put("ModelVersion", x.modelVersion());
            m.put("FeedbackCause", x.feedbackCause());
            m.put("FeedbackNotes", x.feedbackNotes());
            m.put("SupersededBy", x.supersededBy());
            m.put("Reason", x.reason().toMap());
            return m;
        }
    }
}
