package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotad.simulator.PortfolioSimulator;
import io.iotad.simulator.SimulationOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SageMaker container contract below the image: {@code iotad sagemaker train} on a folder laid out as
 * /opt/ml, then {@code iotad sagemaker serve} in its own JVM (as the image's entry point runs it), answering
 * with the scores {@code iotad score} gives for the same rows.
 */
class SageMakerContainerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static Path root;
    static Path features;
    static Map<String, String> expected;
    static Process server;
    static URI base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void trainAndServe() throws Exception {
        root = dir.resolve("opt-ml");
        Path training = root.resolve("input/data/training");
        new PortfolioSimulator(SimulationOptions.builder().apartments(20).days(40).seed(OperationsFixture.SEED).weatherGaps(0)
                .build()).run(training);
        Files.createDirectories(root.resolve("input/config"));
        Files.writeString(root.resolve("input/config/hyperparameters.json"),
                "{\"labels_complete\": \"true\", \"training.seed\": \"5\", \"sagemaker_job_name\": \"local\"}");

        CliRun train = CliRun.of("sagemaker", "train", "--ml-root", root.toString());
        assertThat(train.exit()).as(train.both()).isZero();
        assertThat(train.out()).contains("iotad_metric pr_auc=");
        assertThat(root.resolve("model/manifest.json")).isRegularFile();
        assertThat(root.resolve("model/payload.bin")).isRegularFile();
        assertThat(root.resolve("output/data/evaluation_report.json")).isRegularFile();
        assertThat(root.resolve("output/data/run_report.json")).isRegularFile();
        assertThat(root.resolve("output/failure")).doesNotExist();
        try (var left = Files.list(root.resolve("output"))) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("data");
        }

        // the same rows through 'iotad score', with the model SageMaker would pack from model/
        features = dir.resolve("features.csv");
        CliRun fe = CliRun.of("features", "--raw", training.resolve("raw").toString(), "--weather",
                training.resolve("weather.csv").toString(), "--buildings", training.resolve("buildings.csv").toString(),
                "--out", features.toString());
        assertThat(fe.exit()).as(fe.both()).isZero();
        Path packed = dir.resolve("model.tar.gz");
        Process tar = new ProcessBuilder("tar", "-czf", packed.toString(), "-C", root.resolve("model").toString(), ".")
                .redirectErrorStream(true).start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).isZero();
        Path scores = dir.resolve("scores.csv");
        CliRun score = CliRun.of("score", "--model", packed.toString(), "--input", features.toString(), "--scores-out",
                scores.toString());
        assertThat(score.exit()).as(score.both()).isZero();
        expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(scores).subList(1, Files.readAllLines(scores).size())) {
            String[] c = line.split(",", -1);
            expected.put(c[0] + "#" + c[2], c[3]);
        }
        assertThat(expected).hasSizeGreaterThan(500);

        server = serve(Map.of("IOTAD_MAX_PAYLOAD_MB", "1"));
    }

    static Process startedServer;

    private static Process serve(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), IotadCli.class.getName(), "sagemaker", "serve",
                "--ml-root", root.toString(), "--host", "127.0.0.1", "--port", "0");
        pb.environment().putAll(env);
        pb.redirectError(dir.resolve("serve.err").toFile());
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("serve's first line; stderr: %s", Files.readString(dir.resolve("serve.err"))).isNotNull();
        JsonNode started = JSON.readTree(line);
        base = URI.create("http://127.0.0.1:" + started.get("port").asInt());
        return p;
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
        }
    }

    private static HttpResponse<String> post(String body, String contentType, String accept, String attributes)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/invocations")).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType);
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (attributes != null) {
            b.header("X-Amzn-SageMaker-Custom-Attributes", attributes);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a POST head declaring {@code length} body bytes, sends no body, and returns the whole answer. */
    private static String headOnlyPost(long length) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST /invocations HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: text/csv\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            java.io.InputStream in = socket.getInputStream();
            int n;
            try {
                while ((n = in.read(buf)) > 0) {
                    answer.write(buf, 0, n);
                    if (answer.toString(StandardCharsets.UTF_8).contains("MaxPayloadInMB")) {
                        break;
                    }
                }
            } catch (java.net.SocketException closed) {
                // the server closed after answering: what was read is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static List<String> jsonLines() throws Exception {
        List<String> lines = Files.readAllLines(features);
        String[] header = lines.get(0).split(",", -1);
        List<String> out = new ArrayList<>();
        for (String row : lines.subList(1, lines.size())) {
            String[] c = row.split(",", -1);
            ObjectNode o = JSON.createObjectNode();
            for (int i = 0; i < header.length; i++) {
                if (i < 4) {
                    o.put(header[i], c[i]);
                } else if (c[i].isEmpty()) {
                    o.putNull(header[i]);
                } else {
                    o.put(header[i], Double.parseDouble(c[i]));
                }
            }
            out.add(JSON.writeValueAsString(o));
        }
        return out;
    }

    @Test
    void given_a_trained_model_when_pinged_then_200() throws Exception {
        HttpResponse<String> ping = HTTP.send(HttpRequest.newBuilder(base.resolve("/ping")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ping.statusCode()).isEqualTo(200);
        HttpResponse<String> params = HTTP.send(HttpRequest.newBuilder(base.resolve("/execution-parameters")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(params.body()).get("MaxPayloadInMB").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(params.body()).get("BatchStrategy").asText()).isEqualTo("MULTI_RECORD");
    }

    @Test
    void given_the_feature_csv_when_invoked_as_csv_then_the_scores_equal_iotad_score_row_for_row() throws Exception {
        HttpResponse<String> r = post(Files.readString(features), "text/csv", "text/csv", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<String> lines = r.body().lines().toList();
        assertThat(lines).hasSize(expected.size());
        List<String> keys = new ArrayList<>(expected.keySet());
        for (int i = 0; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",", -1);
            // apartment_record_id, apartment_id, building_id, event_date passed through, then the score
            assertThat(c).hasSize(5);
            assertThat(c[1] + "#" + c[3]).as("row %d in input order", i).isEqualTo(keys.get(i));
            assertThat(c[4]).as("score of %s", keys.get(i)).isEqualTo(expected.get(keys.get(i)));
        }
    }

    @Test
    void given_json_lines_in_batch_transform_mini_batches_when_invoked_then_the_joined_answers_equal_iotad_score() throws Exception {
        List<String> records = jsonLines();
        List<String> answers = new ArrayList<>();
        for (int from = 0; from < records.size(); from += 37) {
            String batch = String.join("\n", records.subList(from, Math.min(records.size(), from + 37))) + "\n";
            HttpResponse<String> r = post(batch, "application/jsonlines", null, null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            answers.addAll(r.body().lines().toList());
        }
        List<String> keys = new ArrayList<>(expected.keySet());
        assertThat(answers).hasSize(keys.size());
        for (int i = 0; i < answers.size(); i++) {
            JsonNode a = JSON.readTree(answers.get(i));
            assertThat(a.get("apartment_id").asText() + "#" + a.get("event_date").asText()).isEqualTo(keys.get(i));
            String want = expected.get(keys.get(i));
            if (want.isEmpty()) {
                assertThat(a.get("score").isNull()).isTrue();
            } else {
                assertThat(a.get("score").asDouble()).isEqualTo(Double.parseDouble(want));
            }
            assertThat(a.has("reason")).isFalse();
        }
    }

    @Test
    void given_reasons_asked_and_an_accept_header_when_invoked_then_unscored_rows_name_their_missing_features() throws Exception {
        List<String> lines = Files.readAllLines(features);
        List<String> keys = new ArrayList<>(expected.keySet());
        int scored = 1;
        while (expected.get(keys.get(scored - 1)).isEmpty()) {
            scored++;
        }
        String manifest = Files.readString(root.resolve("model/manifest.json"));
        String feature = JSON.readTree(manifest).get("features").get(0).asText();
        List<String> header = List.of(lines.get(0).split(",", -1));
        String[] row = lines.get(scored).split(",", -1);
        row[header.indexOf(feature)] = "";
        String body = lines.get(0) + "\n" + String.join(",", row) + "\n" + lines.get(scored) + "\n";
        HttpResponse<String> r = post(body, "text/csv; charset=utf-8", "application/jsonlines", "reasons=true");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/jsonlines"));
        List<String> out = r.body().lines().toList();
        assertThat(out).hasSize(2);
        JsonNode withGap = JSON.readTree(out.get(0));
        JsonNode complete = JSON.readTree(out.get(1));
        assertThat(complete.get("score").asText()).isEqualTo(expected.get(keys.get(scored - 1)));
        assertThat(complete.get("reason").asText()).isEmpty();
        if (withGap.get("score").isNull()) {
            assertThat(withGap.get("reason").asText()).isEqualTo("not scored: missing " + feature);
        } else {
            // a model that handles missing values itself scores the row anyway
            assertThat(withGap.get("reason").asText()).isEmpty();
        }
    }

    @Test
    void given_malformed_bodies_when_invoked_then_400_with_the_line_and_field() throws Exception {
        List<String> lines = Files.readAllLines(features);
        HttpResponse<String> headerless = post(lines.get(5) + "\n" + lines.get(6) + "\n", "text/csv", null, null);
        assertThat(headerless.statusCode()).isEqualTo(400);
        assertThat(headerless.body()).contains("request body").contains("header row").contains("application/jsonlines");

        String[] row = lines.get(1).split(",", -1);
        row[5] = "warm";
        HttpResponse<String> badCell = post(lines.get(0) + "\n" + String.join(",", row) + "\n", "text/csv", null, null);
        assertThat(badCell.statusCode()).isEqualTo(400);
        assertThat(badCell.body()).contains("request body:2:").contains("'warm'");

        String good = jsonLines().get(0);
        HttpResponse<String> badJson = post(good + "\n{not json\n", "application/jsonlines", null, null);
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(badJson.body()).contains("request body:2").contains("{not json");
        HttpResponse<String> textFeature = post(good.replaceFirst(":(-?[0-9.E]+)", ":\"high\""), "application/jsonlines", null, null);
        assertThat(textFeature.statusCode()).as(textFeature.body()).isEqualTo(400);
        assertThat(textFeature.body()).contains("\"high\"").contains("a finite number");
    }

    @Test
    void given_wrong_types_sizes_or_routes_when_invoked_then_415_406_413_404() throws Exception {
        assertThat(post("{}", "application/json", null, null).statusCode()).isEqualTo(415);
        assertThat(post(Files.readString(features), "text/csv", "image/png", null).statusCode()).isEqualTo(406);
        // the server answers 413 from the declared length without reading the body and may close the
        // connection while a client is still sending it; a raw request that sends only the head makes
        // the answer deterministic (HttpClient would race the close)
        String tooBig = headOnlyPost(1024 * 1024 + 1);
        assertThat(tooBig).startsWith("HTTP/1.1 413").contains("request body of 1048577 bytes")
                .contains("payload limit of 1048576 bytes");
        HttpResponse<String> nowhere = HTTP.send(HttpRequest.newBuilder(base.resolve("/predict")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(nowhere.statusCode()).isEqualTo(404);
        HttpResponse<String> getInvocations = HTTP.send(HttpRequest.newBuilder(base.resolve("/invocations")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(getInvocations.statusCode()).isEqualTo(405);
    }

    @Test
    void given_the_exported_training_machine_when_compared_with_the_job_run_report_then_its_states_are_the_steps_run()
            throws Exception {
        Path asl = dir.resolve("training.asl.json");
        CliRun export = CliRun.of("export-state-machine", "training", "--image",
                "123456789012.dkr.ecr.eu-central-1.amazonaws.com/iotad:0.1.0", "--role-arn",
                "arn:aws:iam::123456789012:role/iotad-sagemaker", "--out", asl.toString());
        assertThat(export.exit()).as(export.both()).isZero();
        List<String> ran = new ArrayList<>();
        JSON.readTree(root.resolve("output/data/run_report.json").toFile()).get("steps").forEach(st -> ran.add(st.get("name").asText()));
        List<String> inContainer = new ArrayList<>(io.iotad.aws.stepfunctions.StateMachineExport.TRAINING_STEPS_IN_CONTAINER);
        inContainer.add("RegisterModel");
        assertThat(ran).containsExactlyElementsOf(inContainer);
        JsonNode states = JSON.readTree(asl.toFile()).get("States");
        states.fieldNames().forEachRemaining(name -> {
            if (!states.get(name).get("Type").asText().matches("Succeed|Fail")) {
                assertThat(ran).as("state %s is a step of the training workflow", name).contains(name);
            }
        });
        CliRun bad = CliRun.of("export-state-machine", "scoring", "--image", "a/b", "--role-arn",
                "arn:aws:iam::123456789012:role/r");
        bad.assertUsageError("'scoring'");
    }
}
