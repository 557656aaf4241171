package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.aws.local.LocalAwsServers;
import io.iotad.aws.s3.S3Objects;
import io.iotad.simulator.PortfolioSimulator;
import io.iotad.simulator.SimulationOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The workflow commands on the AWS stores, against dynalite and s3rver on loopback: train from an s3:// portfolio
 * into an S3 + DynamoDB registry, approve, score into a DynamoDB alert table, list, give feedback, score again.
 * Credentials and region come from the SDK's default chain (system properties here), as in production.
 */
class AwsStoresCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET = "iotad-cli-test";
    private static final List<String> PROPERTIES = List.of("aws.accessKeyId", "aws.secretAccessKey", "aws.region");
    @TempDir
    static Path dir;
    static LocalAwsServers servers;
    static String run;
    static String data;
    static String registry;
    static final List<String> saved = new ArrayList<>();

    @BeforeAll
    static void uploadPortfolio() throws Exception {
        servers = LocalAwsServers.get();
        for (String p : PROPERTIES) {
            saved.add(System.getProperty(p));
        }
        System.setProperty("aws.accessKeyId", "S3RVER");
        System.setProperty("aws.secretAccessKey", "S3RVER");
        System.setProperty("aws.region", "eu-central-1");
        run = UUID.randomUUID().toString().substring(0, 8);
        Path local = dir.resolve("portfolio");
        new PortfolioSimulator(SimulationOptions.builder().apartments(20).days(40).seed(OperationsFixture.SEED).weatherGaps(0)
                .build()).run(local);
        servers.bucket(BUCKET);
        try (S3Client s3 = servers.clients().s3(); Stream<Path> files = Files.walk(local)) {
            S3Objects objects = new S3Objects(s3);
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                objects.upload(f, BUCKET, "portfolio-" + run + "/" + local.relativize(f).toString().replace('\\', '/'));
            }
        }
        data = "s3://" + BUCKET + "/portfolio-" + run;
        registry = "s3://" + BUCKET + "/registry-" + run;
    }

    @AfterAll
    static void restoreProperties() {
        for (int i = 0; i < PROPERTIES.size(); i++) {
            if (saved.get(i) == null) {
                System.clearProperty(PROPERTIES.get(i));
            } else {
                System.setProperty(PROPERTIES.get(i), saved.get(i));
            }
        }
    }

    private static CliRun iotad(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        for (String e : servers.endpointOptions()) {
            all.add("--aws-endpoint");
            all.add(e);
        }
        return CliRun.of(all.toArray(String[]::new));
    }

    private static List<JsonNode> alerts(String table) throws Exception {
        CliRun list = iotad("alerts", "list", "--alerts", table, "--json", "--limit", "1000");
        assertThat(list.exit()).as(list.both()).isZero();
        List<JsonNode> out = new ArrayList<>();
        for (String line : list.out().strip().split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    @Test
    void given_an_s3_portfolio_when_trained_approved_scored_and_reviewed_on_aws_stores_then_feedback_survives_rescoring()
            throws Exception {
        String table = "registry-" + run;
        CliRun train = iotad("train", "--data", data, "--registry", registry, "--registry-table", table, "--out",
                dir.resolve("train").toString(), "--labels-complete");
        assertThat(train.exit()).as(train.both()).isZero();
        assertThat(train.json().get("model").asText()).isEqualTo("global/1");
        assertThat(dir.resolve("train/s3-input/raw")).isDirectory();

        CliRun listed = iotad("registry", "list", "--registry", registry, "--registry-table", table);
        assertThat(listed.exit()).as(listed.both()).isZero();
        assertThat(listed.out()).contains("global").contains("PendingManualApproval");
        CliRun approve = iotad("registry", "approve", "--registry", registry, "--registry-table", table, "--version", "1",
                "--note", "alice: ok");
        assertThat(approve.exit()).as(approve.both()).isZero();
        CliRun again = iotad("registry", "approve", "--registry", registry, "--registry-table", table, "--version", "1");
        again.assertUsageError("from Approved to Approved");

        String alertsTable = "dynamodb://alerts-" + run;
        CliRun score = iotad("score", "--data", data, "--registry", registry, "--registry-table", table, "--alerts", alertsTable,
                "--out", dir.resolve("score").toString());
        assertThat(score.exit()).as(score.both()).isZero();
        int written = score.json().get("alerts_written").asInt();
        assertThat(written).isPositive();
        assertThat(score.json().get("alerts_new").asInt()).isEqualTo(written);

        // the same run into SQLite gives the same alerts: one scoring path, two stores
        Path localDb = dir.resolve("alerts.db");
        CliRun local = iotad("score", "--data", data, "--registry", registry, "--registry-table", table, "--alerts",
                localDb.toString(), "--out", dir.resolve("score-local").toString());
        assertThat(local.exit()).as(local.both()).isZero();
        List<JsonNode> fromDynamo = alerts(alertsTable);
        List<JsonNode> fromSqlite = alerts(localDb.toString());
        assertThat(fromDynamo).hasSize(written);
        assertThat(fromDynamo.stream().map(a -> a.get("AlertID").asText() + " " + a.get("AnomalyScore").asDouble()).toList())
                .containsExactlyElementsOf(fromSqlite.stream().map(a -> a.get("AlertID").asText() + " "
                        + a.get("AnomalyScore").asDouble()).toList());

        String id = fromDynamo.get(0).get("AlertID").asText();
        CliRun noLabels = iotad("feedback", id, "--alerts", alertsTable, "--status", "Investigating");
        noLabels.assertUsageError("--labels FILE.csv is required");
        Path labels = dir.resolve("feedback_labels.csv");
        CliRun verdict = iotad("feedback", id, "--alerts", alertsTable, "--status", "Resolved-True Positive", "--cause",
                "pump failure", "--notes", "replaced the pump", "--labels", labels.toString());
        assertThat(verdict.exit()).as(verdict.both()).isZero();
        assertThat(verdict.json().get("label").asInt()).isEqualTo(1);
        assertThat(Files.readString(labels)).contains(id.substring(0, id.indexOf('#')));
        CliRun illegal = iotad("feedback", id, "--alerts", alertsTable, "--status", "Resolved-False Positive", "--labels",
                labels.toString());
        illegal.assertUsageError("from Resolved-True Positive to Resolved-False Positive");

        CliRun rescore = iotad("score", "--data", data, "--registry", registry, "--registry-table", table, "--alerts",
                alertsTable, "--out", dir.resolve("score-2").toString());
        assertThat(rescore.exit()).as(rescore.both()).isZero();
        assertThat(rescore.json().get("alerts_new").asInt()).isZero();
        JsonNode reviewed = alerts(alertsTable).stream().filter(a -> a.get("AlertID").asText().equals(id)).findFirst().orElseThrow();
        assertThat(reviewed.get("Status").asText()).isEqualTo("Resolved-True Positive");
        assertThat(reviewed.get("FeedbackNotes").asText()).isEqualTo("replaced the pump");
        assertThat(reviewed.get("FeedbackCause").asText()).isEqualTo("pump failure");
    }

    @Test
    void given_absent_tables_or_a_missing_registry_table_when_reading_then_usage_errors_name_them() {
        CliRun absent = iotad("alerts", "list", "--alerts", "dynamodb://no-such-table-" + run);
        absent.assertUsageError("no-such-table-" + run, "does not exist");
        CliRun noTable = iotad("registry", "list", "--registry", registry);
        noTable.assertUsageError("--registry-table");
        CliRun badEndpoint = CliRun.of("alerts", "list", "--alerts", "dynamodb://t-" + run, "--aws-endpoint", "localhost:1");
        badEndpoint.assertUsageError("'localhost:1'");
        CliRun localOnly = CliRun.of("evaluate", "--data", data, "--registry", dir.toString(), "--out", dir.resolve("ev").toString());
        localOnly.assertUsageError("this command reads local files");
    }
}
