package io.iotad.aws.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.aws.s3.S3Location;
import io.iotad.aws.s3.S3Objects;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.core.registry.ModelStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A {@link ModelRegistry} with the artifacts in S3 and the index and approval state in DynamoDB
 * ({@link RegistryTable}).
 *
 * <ul>
 *   <li><b>register</b> uploads the artifact first, to a content-addressed key
 *       {@code PREFIX/<group>/sha256/<hex>/model.tar.gz} (so a writer that loses the race for a version number
 *       never overwrites another's object), then claims the next version with a conditional {@code PutItem}
 *       ({@code attribute_not_exists(Version)}); a writer that loses takes the next number and tries again.</li>
 *   <li><b>updateStatus</b> reads the item (strongly consistent), checks the move and writes it with the condition
 *       {@code Status = <the status read>}; when another writer got there first it reads again and re-checks, so of
 *       two concurrent approvals one wins and the other is refused ({@code Approved} to {@code Approved}).</li>
 *   <li><b>artifactPath</b> downloads the artifact once into a local cache folder and checks its SHA-256
 *       against the index before handing it out.</li>
 * </ul>
 */
public final class S3DynamoDbModelRegistry implements ModelRegistry, AutoCloseable {
    /** Longest metadata JSON accepted, in bytes (a DynamoDB item holds at most 400 KB). */
    public static final int MAX_METADATA_BYTES = 300_000;
    private static final String ARTIFACT_FILE = "model.tar.gz";
    private static final int MAX_ATTEMPTS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final S3Client s3;
    private final DynamoDbClient dynamo;
    private final S3Objects objects;
    private final S3Location location;
    private final String table;
    private final Path cacheDir;
    private final Clock clock;
    private final boolean ownsClients;
    private final boolean ownsCache;

    private S3DynamoDbModelRegistry(S3Client s3, DynamoDbClient dynamo, S3Location location, String table, Path cacheDir,
                                    Clock clock, boolean ownsClients, boolean ownsCache) {
        this.s3 = s3;
        this.dynamo = dynamo;
        this.objects = new S3Objects(s3);
        this.location = location;
        this.table = table;
        this.cacheDir = cacheDir;
        this.clock = clock;
        this.ownsClients = ownsClients;
        this.ownsCache = ownsCache;
    }

    /**
     * Opens the registry, creating its table when absent and {@code createTable} is set.
     *
     * @param s3 the S3 client
     * @param dynamo the DynamoDB client
     * @param location where the artifacts go, {@code s3://BUCKET/PREFIX} (the bucket must exist)
     * @param table the index table
     * @param cacheDir local folder for downloaded artifacts (created when absent), or null for a temporary folder
     *     that {@link #close()} deletes
     * @param clock the clock of registration times
     * @param createTable whether an absent table may be created (needs {@code dynamodb:CreateTable})
     * @param ownsClients whether {@link #close()} closes the clients
     * @return the registry
     * @throws IOException when the cache folder cannot be created
     */
    public static S3DynamoDbModelRegistry open(S3Client s3, DynamoDbClient dynamo, S3Location location, String table,
                                               Path cacheDir, Clock clock, boolean createTable, boolean ownsClients)
            throws IOException {
        Objects.requireNonNull(s3, "s3");
        Objects.requireNonNull(dynamo, "dynamo");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(clock, "clock");
        if (table == null || !table.matches("[A-Za-z0-9_.-]{3,255}")) {
            throw new IllegalArgumentException("registry table name must be 3 to 255 letters, digits, '_', '-' or '.', got '"
                    + table + "'");
        }
        RegistryTable.ensure(dynamo, table, createTable);
        Path cache = cacheDir == null ? Files.createTempDirectory("iotad-registry-cache-") : Files.createDirectories(cacheDir);
        return new S3DynamoDbModelRegistry(s3, dynamo, location, table, cache, clock, ownsClients, cacheDir == null);
    }

    /** @return where the artifacts live */
    public S3Location location() {
        return location;
    }

    /** @return the index table */
    public String table() {
        return table;
    }

    @Override
    public ModelPackage register(String group, Path artifact, Map<String, Object> metadata) throws IOException {
        checkGroup(group);
        if (!Files.isRegularFile(artifact)) {
            throw new NoSuchFileException(artifact.toString(), null, "the artifact to register is not a file");
        }
        if (metadata != null && metadata.values().stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("metadata values must not be null; null at keys "
                    + metadata.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList());
        }
        String metaJson;
        try {
            metaJson = JSON.writeValueAsString(metadata == null ? Map.of() : metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("metadata must hold JSON-compatible values only: " + e.getOriginalMessage(), e);
        }
        if (metaJson.getBytes(StandardCharsets.UTF_8).length > MAX_METADATA_BYTES) {
            throw new IllegalArgumentException("metadata JSON has " + metaJson.length() + " characters, above the "
                    + MAX_METADATA_BYTES + " a registry item holds");
        }
        String sha = sha256(artifact);
        long bytes = Files.size(artifact);
        String key = location.key(group + "/sha256/" + sha + "/" + ARTIFACT_FILE);
        objects.upload(artifact, location.bucket(), key);
        String uri = "s3://" + location.bucket() + "/" + key;
        Instant now = clock.instant();
        int version = latestVersion(group) + 1;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++, version++) {
            Map<String, AttributeValue> item = Map.of(
                    RegistryTable.GROUP, AttributeValue.fromS(group),
                    RegistryTable.VERSION, AttributeValue.fromN(Integer.toString(version)),
                    RegistryTable.STATUS, AttributeValue.fromS(ModelStatus.PENDING_MANUAL_APPROVAL.display()),
                    RegistryTable.CREATED_AT, AttributeValue.fromS(now.toString()),
                    RegistryTable.ARTIFACT_URI, AttributeValue.fromS(uri),
                    RegistryTable.ARTIFACT_SHA256, AttributeValue.fromS(sha),
                    RegistryTable.ARTIFACT_BYTES, AttributeValue.fromN(Long.toString(bytes)),
                    RegistryTable.METADATA, AttributeValue.fromS(metaJson),
                    RegistryTable.STATUS_NOTE, AttributeValue.fromS(""));
            try {
                dynamo.putItem(p -> p.tableName(table).item(item).conditionExpression("attribute_not_exists(#v)")
                        .expressionAttributeNames(Map.of("#v", RegistryTable.VERSION)));
                return toPackage(item);
            } catch (ConditionalCheckFailedException taken) {
                // another writer registered this version first: take the next one
            }
        }
        throw new IOException("could not claim a version in group '" + group + "' of table " + table + " after "
                + MAX_ATTEMPTS + " attempts");
    }

    @Override
    public List<String> groups() {
        TreeSet<String> groups = new TreeSet<>();
        dynamo.scanPaginator(s -> s.tableName(table).projectionExpression("#g")
                .expressionAttributeNames(Map.of("#g", RegistryTable.GROUP)))
                .items().forEach(item -> groups.add(item.get(RegistryTable.GROUP).s()));
        return List.copyOf(groups);
    }

    @Override
    public List<ModelPackage> list(String group) {
        checkGroup(group);
        List<ModelPackage> out = new ArrayList<>();
        dynamo.queryPaginator(byGroup(group, true)).items().forEach(item -> out.add(toPackage(item)));
        return out;
    }

    @Override
    public Optional<ModelPackage> get(String group, int version) {
        checkGroup(group);
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(key(group, version))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toPackage(item));
    }

    @Override
    public ModelPackage updateStatus(String group, int version, ModelStatus status, String note) throws IOException {
        Objects.requireNonNull(status, "status");
        checkGroup(group);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<ModelPackage> found = get(group, version);
            if (found.isEmpty()) {
                List<ModelPackage> versions = list(group);
                if (versions.isEmpty()) {
                    throw new NoSuchElementException("no model package group '" + group + "' in registry table " + table);
                }
                throw new NoSuchElementException("no version " + version + " in model package group '" + group
                        + "'; versions: " + versions.stream().map(ModelPackage::version).toList());
            }
            ModelStatus current = found.get().status();
            if (!current.canMoveTo(status)) {
                throw new IllegalStateException("cannot move " + group + "/" + version + " from " + current.display()
                        + " to " + status.display() + "; PendingManualApproval may become Approved or Rejected, "
                        + "Approved may become Rejected, Rejected is final");
            }
            try {
                Map<String, AttributeValue> after = dynamo.updateItem(u -> u.tableName(table).key(key(group, version))
                        .updateExpression("SET #s = :s, #n = :n").conditionExpression("#s = :current")
                        .expressionAttributeNames(Map.of("#s", RegistryTable.STATUS, "#n", RegistryTable.STATUS_NOTE))
                        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(status.display()),
                                ":n", AttributeValue.fromS(note == null ? "" : note),
                                ":current", AttributeValue.fromS(current.display())))
                        .returnValues(ReturnValue.ALL_NEW)).attributes();
                return toPackage(after);
            } catch (ConditionalCheckFailedException changedMeanwhile) {
                // another writer changed the status between our read and our write: read it and check again
            }
        }
        throw new IOException(group + "/" + version + " kept changing in table " + table + "; gave up after " + MAX_ATTEMPTS
                + " attempts");
    }

    @Override
    public Optional<ModelPackage> latestApproved(String group) {
        checkGroup(group);
        for (Map<String, AttributeValue> item : dynamo.queryPaginator(byGroup(group, false)).items()) {
            if (ModelStatus.APPROVED.display().equals(item.get(RegistryTable.STATUS).s())) {
                return Optional.of(toPackage(item));
            }
        }
        return Optional.empty();
    }

    @Override
    public Path artifactPath(ModelPackage pkg) throws IOException {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(key(pkg.group(), pkg.version()))).item();
        if (item == null || item.isEmpty()) {
            throw new NoSuchFileException(pkg.id(), null, "not registered in table " + table);
        }
        String uri = item.get(RegistryTable.ARTIFACT_URI).s();
        String expected = item.get(RegistryTable.ARTIFACT_SHA256).s();
        S3Location at = S3Location.parse(uri);
        Path target = cacheDir.resolve(pkg.group()).resolve(Integer.toString(pkg.version())).resolve(ARTIFACT_FILE);
        if (Files.isRegularFile(target) && sha256(target).equals(expected)) {
            return target;
        }
        try {
            objects.download(at.bucket(), at.prefix(), target);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(uri, null, "artifact of " + pkg.id() + " is missing");
        }
        String actual = sha256(target);
        if (!actual.equals(expected)) {
            Files.deleteIfExists(target);
            throw new IOException("artifact of " + pkg.id() + " at " + uri + " has SHA-256 " + actual + " but the registry "
                    + "recorded " + expected + "; it was changed after registration");
        }
        return target;
    }

    @Override
    public void close() {
        if (ownsClients) {
            s3.close();
            dynamo.close();
        }
        if (ownsCache) {
            try (java.util.stream.Stream<Path> all = Files.walk(cacheDir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot delete the artifact cache " + cacheDir, e);
            }
        }
    }

    private int latestVersion(String group) {
        QueryRequest q = byGroup(group, false).toBuilder().limit(1).consistentRead(true).build();
        List<Map<String, AttributeValue>> items = dynamo.query(q).items();
        return items.isEmpty() ? 0 : Integer.parseInt(items.get(0).get(RegistryTable.VERSION).n());
    }

    private QueryRequest byGroup(String group, boolean ascending) {
        return QueryRequest.builder().tableName(table).keyConditionExpression("#g = :g")
                .expressionAttributeNames(Map.of("#g", RegistryTable.GROUP))
                .expressionAttributeValues(Map.of(":g", AttributeValue.fromS(group)))
                .scanIndexForward(ascending).consistentRead(true).build();
    }

    private static Map<String, AttributeValue> key(String group, int version) {
        return Map.of(RegistryTable.GROUP, AttributeValue.fromS(group),
                RegistryTable.VERSION, AttributeValue.fromN(Integer.toString(version)));
    }

    private ModelPackage toPackage(Map<String, AttributeValue> item) {
        String group = item.get(RegistryTable.GROUP).s();
        try {
            Map<String, Object> meta = JSON.readValue(item.get(RegistryTable.METADATA).s(), new TypeReference<>() { });
            AttributeValue note = item.get(RegistryTable.STATUS_NOTE);
            return new ModelPackage(group, Integer.parseInt(item.get(RegistryTable.VERSION).n()),
                    ModelStatus.parse(item.get(RegistryTable.STATUS).s()), Instant.parse(item.get(RegistryTable.CREATED_AT).s()),
                    item.get(RegistryTable.ARTIFACT_URI).s(), meta, note == null ? "" : note.s());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("registry table " + table + " holds a malformed item in group '" + group + "': "
                    + e.getMessage(), e);
        }
    }

    private static void checkGroup(String group) {
        if (group == null || !group.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("group must match [A-Za-z0-9][A-Za-z0-9_.-]*, got '" + group + "'");
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
