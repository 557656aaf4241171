package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationsLoopCommandTest extends OperationsFixtureTest {
    private CliRun score(Path db, String... days) {
        List<String> args = new java.util.ArrayList<>(List.of("score", "--registry", fx.registry().toString(),
                "--data", fx.data().toString(), "--alerts", db.toString(), "--out", dir.resolve("score").toString()));
        args.addAll(List.of(days));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void given_an_approved_model_when_the_last_day_is_scored_then_its_top_alerts_are_written_and_counted() throws Exception {
        Path db = dir.resolve("alerts.db");

        CliRun r = score(db);

        assertThat(r.exit()).as(r.both()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("from").asText()).isEqualTo("2024-11-09");
        assertThat(j.get("to").asText()).isEqualTo("2024-11-09");
        assertThat(j.get("model").asText()).isEqualTo("global/1");
        assertThat(j.get("rows").asInt()).isEqualTo(20);
        int written = j.get("alerts_written").asInt();
        assertThat(written).isEqualTo(j.get("alerts_new").asInt()).isPositive();
        assertThat(r.out()).contains("alerts: " + written + " raised (" + written + " new, 0 refreshed");
        CliRun list = CliRun.of("alerts", "list", "--alerts", db.toString());
        assertThat(list.out()).contains("#2024-11-09", "Unseen", "global/1", written + " of " + written + " alerts", "REASON");
        // issue 10 item 5: every alert carries a non-empty reason, in the table and in --json
        CliRun json = CliRun.of("alerts", "list", "--alerts", db.toString(), "--json");
        List<String> lines = json.out().lines().filter(l -> l.startsWith("{")).toList();
        assertThat(lines).hasSize(written);
        for (String line : lines) {
            JsonNode reason = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("Reason");
            assertThat(reason.get("top")).as(line).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertThat(reason.get("method").asText()).isIn("robust_deviation", "tree_shap");
            assertThat(reason.get("top").get(0).get("direction").asText()).isIn("high", "low", "missing", "typical");
            assertThat(list.out()).contains(reason.get("top").get(0).get("feature").asText());
        }
    }

    @Test
    void given_feedback_when_the_same_day_is_scored_again_then_status_and_notes_are_kept_and_the_verdict_is_a_label()
            throws Exception {
        Path db = dir.resolve("alerts.db");
        Path labels = dir.resolve("feedback_labels.csv");
        assertThat(score(db, "--from", "2024-11-08", "--to", "2024-11-09").exit()).isZero();
        String id = firstAlertId(db);

        CliRun investigating = CliRun.of("feedback", id, "--alerts", db.toString(), "--status", "Investigating",
                "--notes", "visit booked");
        CliRun resolved = CliRun.of("feedback", id, "--alerts", db.toString(), "--status", "Resolved-True Positive",
                "--cause", "pump failure", "--labels", labels.toString());
        CliRun again = score(db, "--from", "2024-11-08", "--to", "2024-11-09");

        assertThat(investigating.exit()).as(investigating.both()).isZero();
        assertThat(resolved.exit()).as(resolved.both()).isZero();
        assertThat(resolved.json().get("label").asInt()).isEqualTo(1);
        assertThat(again.exit()).as(again.both()).isZero();
        assertThat(again.json().get("alerts_new").asInt()).isZero();
        String apartment = id.substring(0, id.indexOf('#'));
        CliRun byApartment = CliRun.of("alerts", "list", "--alerts", db.toString(), "--apartment", apartment,
                "--status", "Resolved-True Positive");
        assertThat(byApartment.out()).contains(id, "Resolved-True Positive", "pump failure", "visit booked");
        CliRun asJson = CliRun.of("alerts", "list", "--alerts", db.toString(), "--apartment", apartment, "--json");
        assertThat(asJson.exit()).as(asJson.both()).isZero();
        assertThat(asJson.out().lines().filter(l -> l.contains("\"AlertID\":\"" + id + "\"")).findFirst()).get()
                .asString().contains("\"Status\":\"Resolved-True Positive\"", "\"FeedbackNotes\":\"visit booked\"");
        assertThat(Files.readAllLines(labels)).containsExactly("apartment_id,event_date,label,cause",
                apartment + "," + id.substring(id.indexOf('#') + 1) + ",1,pump failure");
    }

    @Test
    void given_feedback_labels_when_trained_again_then_the_verdicts_are_used() throws Exception {
        Path db = dir.resolve("alerts.db");
        assertThat(score(db).exit()).isZero();
        String id = firstAlertId(db);
        assertThat(CliRun.of("feedback", id, "--alerts", db.toString(), "--status", "Resolved-False Positive",
                "--cause", "resident away").exit()).isZero();
        Path labels = dir.resolve("feedback_labels.csv");

        CliRun r = CliRun.of("train", "--data", fx.data().toString(), "--labels", labels.toString(),
                "--registry", dir.resolve("reg").toString(), "--out", dir.resolve("retrain").toString());

        assertThat(r.exit()).as(r.both()).isZero();
        assertThat(r.out()).contains("labels: 1 verdicts (0 faults) from " + labels);
    }

    @Test
    void given_an_illegal_feedback_transition_or_an_unknown_alert_when_recorded_then_exit_2_names_the_states() throws Exception {
        Path db = dir.resolve("alerts.db");
        assertThat(score(db).exit()).isZero();
        String id = firstAlertId(db);
        assertThat(CliRun.of("feedback", id, "--alerts", db.toString(), "--status", "Resolved-False Positive").exit()).isZero();

        CliRun illegal = CliRun.of("feedback", id, "--alerts", db.toString(), "--status", "Resolved-True Positive");
        CliRun unknown = CliRun.of("feedback", "apt_x#2024-11-09", "--alerts", db.toString(), "--status", "Investigating");
        CliRun badStatus = CliRun.of("feedback", id, "--alerts", db.toString(), "--status", "Fixed");

        illegal.assertUsageError("from Resolved-False Positive to Resolved-True Positive");
        unknown.assertUsageError("no alert 'apt_x#2024-11-09'");
        badStatus.assertUsageError("unknown alert status 'Fixed'");
    }

    @Test
    void given_registry_versions_when_approved_and_rejected_then_only_legal_transitions_pass() throws Exception {
        Path reg = dir.resolve("reg");
        assertThat(CliRun.of("train", "--data", fx.data().toString(), "--registry", reg.toString(),
                "--out", dir.resolve("t").toString()).exit()).isZero();

        CliRun reject = CliRun.of("registry", "reject", "--registry", reg.toString(), "--version", "1", "--note", "too noisy");
        CliRun approveRejected = CliRun.of("registry", "approve", "--registry", reg.toString(), "--version", "1");
        CliRun list = CliRun.of("registry", "list", "--registry", reg.toString(), "--group", "global");
        CliRun unknownGroup = CliRun.of("registry", "list", "--registry", reg.toString(), "--group", "nope");

        assertThat(reject.exit()).as(reject.both()).isZero();
        assertThat(reject.out()).contains("global/1: PendingManualApproval -> Rejected (too noisy)");
        approveRejected.assertUsageError("iotad registry approve:", "from Rejected to Approved");
        assertThat(list.out()).contains("Rejected", "too noisy");
        unknownGroup.assertUsageError("no model package group 'nope'");
    }

    @Test
    void given_an_unknown_group_or_no_approved_model_when_scored_then_exit_2_says_why() throws Exception {
        Path reg = dir.resolve("reg");
        assertThat(CliRun.of("train", "--data", fx.data().toString(), "--registry", reg.toString(),
                "--out", dir.resolve("t").toString()).exit()).isZero();

        CliRun group = score(dir.resolve("a.db"), "--group", "nope");
        CliRun pending = CliRun.of("score", "--registry", reg.toString(), "--data", fx.data().toString(),
                "--alerts", dir.resolve("b.db").toString(), "--out", dir.resolve("s").toString());

        group.assertUsageError("no model package group 'nope'");
        pending.assertUsageError("no Approved model in registry group 'global'");
    }

    @Test
    void given_an_absent_alerts_database_when_listed_then_exit_2_names_it() {
        Path db = dir.resolve("absent.db");

        CliRun r = CliRun.of("alerts", "list", "--alerts", db.toString());

        r.assertUsageError(db.toString());
        assertThat(db).doesNotExist();
    }

    @Test
    void given_scored_alerts_when_listed_by_building_or_with_bad_options_then_paths_and_limits_hold() throws Exception {
        Path db = dir.resolve("alerts.db");
        assertThat(score(db, "--from", "2024-11-08", "--to", "2024-11-09").exit()).isZero();
        String building = CliRun.of("alerts", "list", "--alerts", db.toString(), "--limit", "1").out().split("\n")[1]
                .split(" +")[1];

        CliRun byBuilding = CliRun.of("alerts", "list", "--alerts", db.toString(), "--building", building, "--limit", "2");
        CliRun zero = CliRun.of("alerts", "list", "--alerts", db.toString(), "--limit", "0");
        CliRun both = CliRun.of("alerts", "list", "--alerts", db.toString(), "--apartment", "a", "--building", "b");
        CliRun statusWithBuilding = CliRun.of("alerts", "list", "--alerts", db.toString(), "--building", "b",
                "--status", "Unseen");

        assertThat(byBuilding.exit()).as(byBuilding.both()).isZero();
        List<String> rows = List.of(byBuilding.out().split("\n"));
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(1, 3)).allSatisfy(r -> assertThat(r.split(" +")[1]).isEqualTo(building));
        zero.assertUsageError("--limit must be >= 1, got 0");
        assertThat(both.exit()).isEqualTo(IotadCli.EXIT_USAGE);
        assertThat(statusWithBuilding.exit()).isEqualTo(IotadCli.EXIT_USAGE);
    }

    @Test
    void given_missing_input_files_or_csv_options_when_scored_in_workflow_mode_then_exit_2_names_them() {
        Path nowhere = dir.resolve("nowhere");

        CliRun missing = CliRun.of("score", "--registry", fx.registry().toString(), "--data", nowhere.toString(),
                "--alerts", dir.resolve("a.db").toString(), "--out", dir.resolve("s").toString());
        CliRun mixed = CliRun.of("score", "--registry", fx.registry().toString(), "--data", fx.data().toString(),
                "--model", "m.tar.gz");
        CliRun noAlerts = CliRun.of("score", "--registry", fx.registry().toString(), "--data", fx.data().toString());
        CliRun csvWithAlerts = CliRun.of("score", "--model", "m.tar.gz", "--input", "f.csv", "--alerts", "a.db");

        missing.assertUsageError("missing input files", nowhere.resolve("raw").toString());
        mixed.assertUsageError("belong to the CSV mode");
        noAlerts.assertUsageError("--alerts FILE.db and --out DIR");
        csvWithAlerts.assertUsageError("belong to the workflow mode");
    }

    private static String firstAlertId(Path db) {
        CliRun list = CliRun.of("alerts", "list", "--alerts", db.toString(), "--limit", "1");
        assertThat(list.exit()).as(list.both()).isZero();
        return list.out().split("\n")[1].split(" ")[0];
    }
}
