package io.iotad.aws.local;

import io.iotad.aws.client.AwsClients;
import io.iotad.aws.client.AwsEndpoints;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * The real-protocol local servers the AWS adapter tests run against: dynalite (DynamoDB) and s3rver (S3)
 * from npm, installed into {@code ad-aws-adapter/node/node_modules} by {@code npm ci --prefix ad-aws-adapter/node}
 * (which {@code .ci/run} does). One of each is started per test JVM, on 127.0.0.1 and a port the server
 * picked itself; both stop when the JVM exits (their launcher exits when its standard input closes).
 *
 * <p>Without the packages the tests are skipped with the command that installs them, except when the
 * environment variable {@code CI} is set, where a missing server fails the run.
 */
public final class LocalAwsServers {
    /** Credentials the local servers accept: s3rver knows only the key S3RVER; dynalite checks no key. */
    public static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("S3RVER", "S3RVER"));

    /** The npm project: {@code node/} of this module, also found from a sibling module's tests. */
    private static final Path NODE_DIR = Files.isDirectory(Path.of("node")) ? Path.of("node").toAbsolutePath()
            : Path.of("..", "ad-aws-adapter", "node").toAbsolutePath().normalize();
    private static LocalAwsServers running;
    private static String unavailable;

    private final URI dynamoDb;
    private final URI s3;
    private final java.util.Set<String> buckets = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private LocalAwsServers(URI dynamoDb, URI s3) {
        this.dynamoDb = dynamoDb;
        this.s3 = s3;
    }

    /**
     * @return the running servers, started on first use
     * @throws org.opentest4j.TestAbortedException (skipping the test) when the packages are not installed and
     *     {@code CI} is not set
     */
    public static synchronized LocalAwsServers get() {
        if (running == null && unavailable == null) {
            try {
                running = start();
            } catch (IOException | RuntimeException e) {
                unavailable = e.getMessage();
            }
        }
        if (running == null) {
            String why = "local AWS servers unavailable: " + unavailable + "; install them with 'npm ci --prefix "
                    + "ad-aws-adapter/node' from the repository root";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        return running;
    }

    /** @return the DynamoDB endpoint */
    public URI dynamoDbEndpoint() {
        return dynamoDb;
    }

    /** @return the S3 endpoint */
    public URI s3Endpoint() {
        return s3;
    }

    /** @return the {@code --aws-endpoint} values that point the CLI at these servers */
    public List<String> endpointOptions() {
        return List.of("s3=" + s3, "dynamodb=" + dynamoDb);
    }

    /** @return clients for these servers with the test credentials */
    public AwsClients clients() {
        return new AwsClients(new AwsEndpoints(null, Map.of("s3", s3, "dynamodb", dynamoDb)), CREDENTIALS,
                Region.of(AwsClients.LOCAL_REGION));
    }

    /**
     * @param bucket a bucket name
     * @return the name, the bucket created on the S3 server when this JVM has not made it yet
     */
    public String bucket(String bucket) {
        if (buckets.add(bucket)) {
            try (S3Client client = clients().s3()) {
                client.createBucket(b -> b.bucket(bucket));
            } catch (BucketAlreadyExistsException | BucketAlreadyOwnedByYouException exists) {
                // left by an earlier test of this JVM
            }
        }
        return bucket;
    }

    private static LocalAwsServers start() throws IOException {
        Path launcher = NODE_DIR.resolve("local-aws.js");
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules/dynalite")) || !Files.isDirectory(NODE_DIR.resolve("node_modules/s3rver"))) {
            throw new IOException("dynalite and s3rver are not installed in " + NODE_DIR.resolve("node_modules"));
        }
        Path s3Data = Files.createTempDirectory("iotad-s3rver-");
        List<Process> started = new ArrayList<>();
        try {
            int dynamoPort = launch(started, List.of("node", launcher.toString(), "dynalite"));
            // s3rver's listing continuation tokens use DES, which Node 17+ (OpenSSL 3) offers only in its legacy provider
            int s3Port = launch(started, List.of("node", "--openssl-legacy-provider", launcher.toString(), "s3rver",
                    s3Data.toString()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started, s3Data)));
            return new LocalAwsServers(URI.create("http://127.0.0.1:" + dynamoPort), URI.create("http://127.0.0.1:" + s3Port));
        } catch (IOException | RuntimeException e) {
            started.forEach(Process::destroyForcibly);
            throw e;
        }
    }

    /** Stops the servers and removes s3rver's objects. */
    private static void stop(List<Process> started, Path s3Data) {
        for (Process p : started) {
            p.destroy();
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (java.util.stream.Stream<Path> all = Files.walk(s3Data)) {
            for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            System.err.println("could not remove " + s3Data + ": " + e.getMessage());
        }
    }

    private static int launch(List<Process> started, List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).directory(NODE_DIR.toFile()).redirectErrorStream(true).start();
        started.add(p);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                StringBuilder seen = new StringBuilder();
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("listening ")) {
                        return line;
                    }
                    seen.append(line).append('\n');
                }
                return "exited: " + seen;
            } catch (IOException e) {
                return "unreadable: " + e.getMessage();
            }
        });
        String line;
        try {
            line = first.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException(command + " did not report its port within 60 s", e);
        }
        if (!line.startsWith("listening ")) {
            throw new IOException(command + " failed: " + line.trim());
        }
        // keep draining its output so that it never blocks on a full pipe
        CompletableFuture.runAsync(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException ignored) {
                // the server stopped
            }
        });
        return Integer.parseInt(line.substring("listening ".length()).trim());
    }
}
