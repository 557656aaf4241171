package io.iotad.aws.dynamodb;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertBatch;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.alert.AlertStore;
import io.iotad.core.alert.PublishResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * An {@link AlertStore} on a DynamoDB table in the seed's schema ({@link AlertTable}, items mapped by
 * {@link AlertItems}).
 *
 * <ul>
 *   <li><b>Publishing</b> a scoring run ({@link #publish}) reads each raised alert (strongly consistent) and
 *       writes it with a condition on what it read: a new item only if still absent
 *       ({@code attribute_not_exists(AlertID)}), a refresh only while {@code Status} is still the unreviewed
 *       one read, so a verdict that lands in between is never overwritten (the alert is then kept as
 *       reviewed). Then the days' Unseen alerts of the batch's model group that the run did not raise
 *       (read through {@value AlertTable#EVENT_DATE_INDEX}) become Superseded, each only if still Unseen
 *       with the model read. DynamoDB has no transaction over a whole day, so each alert's write is atomic
 *       and the call is idempotent: running it again after a failure gives the same result.
 *       ({@code BatchWriteItem}, which the seed names, replaces whole items and would reset verdicts.)</li>
 *   <li><b>Feedback</b> reads the item (strongly consistent), checks the transition and writes it with the
 *       condition {@code Status = <the status read>}; when another writer changed the status in between, it
 *       reads again and re-checks, so of two concurrent verdicts exactly one wins and the other is refused
 *       as an illegal move from the winner's state. The step that goes with the verdict (its label) runs
 *       after the winning write; when it fails, the write is undone, conditionally on nobody having
 *       changed the item since.</li>
 *   <li><b>Queries</b> read every page ({@code LastEvaluatedKey}) of {@value AlertTable#APARTMENT_STATUS_INDEX},
 *       {@value AlertTable#BUILDING_ALERTS_INDEX} and, for date ranges of at most {@value #MAX_INDEXED_DAYS}
 *       days, one query of {@value AlertTable#EVENT_DATE_INDEX} per day; a longer range scans the table. Index
 *       reads are eventually consistent, as every GSI read is; {@link #find} is strongly consistent.</li>
 * </ul>
 *
 * <p>Thread-safe (the SDK client is); several processes may share the table.
 */
public final class DynamoDbAlertStore implements AlertStore {
    /** Longest date range read through {@value AlertTable#EVENT_DATE_INDEX}, one query per day. */
    public static final int MAX_INDEXED_DAYS = 92;
    /** Default items per query page. */
    public static final int DEFAULT_PAGE_SIZE = 500;
    private static final int MAX_FEEDBACK_ATTEMPTS = 20;
    private static final Comparator<Alert> BY_TIME_DESC = Comparator.comparing(Alert::alertTimestamp).reversed()
            .thenComparing(Comparator.comparing(Alert::alertId).reversed());
    private static final Comparator<Alert> BY_DAY_THEN_SCORE = Comparator.comparing(Alert::eventDate)
            .thenComparing(Comparator.comparingDouble(Alert::anomalyScore).reversed()).thenComparing(Alert::alertId);

    private final DynamoDbClient client;
    private final String table;
    private final int pageSize;
    private final boolean ownsClient;
    private final Clock clock;

    private DynamoDbAlertStore(DynamoDbClient client, String table, int pageSize, boolean ownsClient, Clock clock) {
        this.client = client;
        this.table = table;
        this.pageSize = pageSize;
        this.ownsClient = ownsClient;
        this.clock = clock;
    }

    /**
     * Opens the store, creating the table with its indexes when it is absent and {@code createTable} is set,
     * and checking the key schema and indexes of an existing one.
     *
     * @param client the client
     * @param table the table name (3 to 255 letters, digits, '_', '-', '.')
     * @param pageSize items per query page, 1 to 1000
     * @param createTable whether an absent table may be created (needs {@code dynamodb:CreateTable})
     * @param ownsClient whether {@link #close()} closes the client
     * @return the store
     * @throws NoSuchElementException when the table is absent and may not be created
     * @throws IllegalStateException when the table exists with another schema
     */
    public static DynamoDbAlertStore open(DynamoDbClient client, String table, int pageSize, boolean createTable,
                                          boolean ownsClient) {
        return open(client, table, pageSize, createTable, ownsClient, Clock.systemUTC());
    }

    /**
     * As {@link #open(DynamoDbClient, String, int, boolean, boolean)}, with the clock of technicians' verdicts.
     *
     * @param client the client
     * @param table the table name
     * @param pageSize items per query page, 1 to 1000
     * @param createTable whether an absent table may be created
     * @param ownsClient whether {@link #close()} closes the client
     * @param clock the time {@link #recordFeedback} records as {@code UpdatedTimestamp}
     * @return the store
     */
    public static DynamoDbAlertStore open(DynamoDbClient client, String table, int pageSize, boolean createTable,
                                          boolean ownsClient, Clock clock) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(clock, "clock");
        checkTableName(table);
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("pageSize must be in [1, 1000], got " + pageSize);
        }
        AlertTable.ensure(client, table, createTable);
        return new DynamoDbAlertStore(client, table, pageSize, ownsClient, clock);
    }

    /** @return the table name */
    public String table() {
        return table;
    }

    @Override
    public PublishResult publish(AlertBatch batch) {
        Objects.requireNonNull(batch, "batch");
        int created = 0;
        int refreshed = 0;
        int kept = 0;
        Set<String> raised = new HashSet<>();
        for (Alert a : batch.alerts()) {
            raised.add(a.alertId());
            switch (write(a)) {
                case CREATED -> created++;
                case REFRESHED -> refreshed++;
                case KEPT -> kept++;
            }
        }
        int superseded = 0;
        for (Alert e : byDateRange(batch.firstDay(), batch.lastDay(), AlertStatus.UNSEEN)) {
            if (!raised.contains(e.alertId()) && e.modelGroup().equals(batch.modelGroup()) && supersede(e, batch)) {
                superseded++;
            }
        }
        return new PublishResult(created, refreshed, superseded, kept);
    }

    private enum Written { CREATED, REFRESHED, KEPT }

    /** Creates or refreshes one raised alert, or keeps it when reviewed; conditional on the state read. */
    private Written write(Alert a) {
        for (int attempt = 1; attempt <= MAX_FEEDBACK_ATTEMPTS; attempt++) {
            Optional<Alert> existing = find(a.alertId());
            try {
                if (existing.isEmpty()) {
                    client.putItem(p -> p.tableName(table).item(AlertItems.toItem(a))
                            .conditionExpression("attribute_not_exists(#id)")
                            .expressionAttributeNames(Map.of("#id", AlertItems.ALERT_ID)));
                    return Written.CREATED;
                }
                Alert e = existing.get();
                if (!e.apartmentId().equals(a.apartmentId())) {
                    throw new IllegalStateException("alert " + a.alertId() + " in table " + table
                            + " belongs to another apartment than " + a.apartmentId());
                }
                if (e.status().isReviewed()) {
                    return Written.KEPT;
                }
                Instant updated = a.updatedTimestamp().isBefore(e.alertTimestamp()) ? e.alertTimestamp() : a.updatedTimestamp();
                client.updateItem(u -> u.tableName(table)
                        .key(Map.of(AlertItems.ALERT_ID, AttributeValue.fromS(a.alertId())))
                        .updateExpression("SET #score = :score, #thr = :thr, #model = :model, #upd = :upd, #s = :unseen, "
                                + "#sup = :none, #why = :why")
                        .conditionExpression("#s = :read")
                        .expressionAttributeNames(Map.of("#score", AlertItems.ANOMALY_SCORE, "#thr", AlertItems.THRESHOLD,
                                "#model", AlertItems.MODEL_VERSION, "#upd", AlertItems.UPDATED_TIMESTAMP,
                                "#s", AlertItems.STATUS, "#sup", AlertItems.SUPERSEDED_BY, "#why", AlertItems.REASON))
                        .expressionAttributeValues(Map.of(":score", AlertItems.n(a.anomalyScore()),
                                ":thr", AlertItems.n(a.threshold()), ":model", AttributeValue.fromS(a.modelVersion()),
                                ":upd", AttributeValue.fromS(AlertItems.timestamp(updated)),
                                ":unseen", AttributeValue.fromS(AlertStatus.UNSEEN.display()),
                                ":none", AttributeValue.fromS(""), ":read", AttributeValue.fromS(e.status().display()),
                                ":why", AttributeValue.fromS(a.reason().toJson()))));
                return Written.REFRESHED;
            } catch (ConditionalCheckFailedException changedMeanwhile) {
                // created, reviewed or refreshed by another writer between our read and our write: read again
            }
        }
        throw new IllegalStateException("alert " + a.alertId() + " in table " + table + " kept changing; gave up after "
                + MAX_FEEDBACK_ATTEMPTS + " attempts");
    }

    /** Marks an unreviewed alert superseded, only if it is still Unseen with the model read; false when it changed. */
    private boolean supersede(Alert e, AlertBatch batch) {
        Instant at = batch.publishedAt().isBefore(e.alertTimestamp()) ? e.alertTimestamp() : batch.publishedAt();
        try {
            client.updateItem(u -> u.tableName(table)
                    .key(Map.of(AlertItems.ALERT_ID, AttributeValue.fromS(e.alertId())))
                    .updateExpression("SET #s = :superseded, #sup = :by, #upd = :upd")
                    .conditionExpression("#s = :unseen AND #model = :model")
                    .expressionAttributeNames(Map.of("#s", AlertItems.STATUS, "#sup", AlertItems.SUPERSEDED_BY,
                            "#upd", AlertItems.UPDATED_TIMESTAMP, "#model", AlertItems.MODEL_VERSION))
                    .expressionAttributeValues(Map.of(":superseded", AttributeValue.fromS(AlertStatus.SUPERSEDED.display()),
                            ":by", AttributeValue.fromS(batch.modelVersion()),
                            ":upd", AttributeValue.fromS(AlertItems.timestamp(at)),
                            ":unseen", AttributeValue.fromS(AlertStatus.UNSEEN.display()),
                            ":model", AttributeValue.fromS(e.modelVersion()))));
            return true;
        } catch (ConditionalCheckFailedException reviewedOrRefreshed) {
            return false;
        }
    }

    @Override
    public Optional<Alert> find(String alertId) {
        Objects.requireNonNull(alertId, "alertId");
        Map<String, AttributeValue> item = client.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Map.of(AlertItems.ALERT_ID, AttributeValue.fromS(alertId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(AlertItems.fromItem(item, table));
    }

    @Override
    public List<Alert> byApartment(String apartmentId, AlertStatus status) {
        Objects.requireNonNull(apartmentId, "apartmentId");
        Map<String, String> names = new HashMap<>(Map.of("#a", AlertItems.APARTMENT_ID));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":a", AttributeValue.fromS(apartmentId)));
        String condition = "#a = :a";
        if (status != null) {
            names.put("#s", AlertItems.STATUS);
            values.put(":s", AttributeValue.fromS(status.display()));
            condition += " AND #s = :s";
        }
        QueryRequest q = QueryRequest.builder().tableName(table).indexName(AlertTable.APARTMENT_STATUS_INDEX)
                .keyConditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values)
                .limit(pageSize).build();
        List<Alert> out = new ArrayList<>();
        client.queryPaginator(q).items().forEach(item -> out.add(AlertItems.fromItem(item, table)));
        out.sort(Comparator.comparing(Alert::eventDate).reversed());
        return out;
    }

    @Override
    public List<Alert> byBuilding(String buildingId, int limit) {
        Objects.requireNonNull(buildingId, "buildingId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
        // newest first from the index; alerts of one run share a timestamp, so read on past the limit until the
        // timestamp changes and then order ties by id, as the SQLite store does
        QueryRequest q = QueryRequest.builder().tableName(table).indexName(AlertTable.BUILDING_ALERTS_INDEX)
                .keyConditionExpression("#b = :b").expressionAttributeNames(Map.of("#b", AlertItems.BUILDING_ID))
                .expressionAttributeValues(Map.of(":b", AttributeValue.fromS(buildingId)))
                .scanIndexForward(false).limit(pageSize).build();
        List<Alert> out = new ArrayList<>();
        String boundary = null;
        pages:
        for (QueryResponse page : client.queryPaginator(q)) {
            for (Map<String, AttributeValue> item : page.items()) {
                String ts = item.get(AlertItems.ALERT_TIMESTAMP).s();
                if (boundary != null && ts.compareTo(boundary) < 0) {
                    break pages;
                }
                out.add(AlertItems.fromItem(item, table));
                if (out.size() == limit) {
                    boundary = ts;
                }
            }
        }
        out.sort(BY_TIME_DESC);
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    @Override
    public List<Alert> byDateRange(LocalDate from, LocalDate to, AlertStatus status) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
        }
        Map<String, String> names = new HashMap<>(Map.of("#d", AlertItems.EVENT_DATE));
        Map<String, AttributeValue> values = new HashMap<>();
        String filter = null;
        if (status != null) {
            names.put("#s", AlertItems.STATUS);
            values.put(":s", AttributeValue.fromS(status.display()));
            filter = "#s = :s";
        }
        List<Alert> out = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days <= MAX_INDEXED_DAYS) {
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                Map<String, AttributeValue> v = new HashMap<>(values);
                v.put(":d", AttributeValue.fromS(d.toString()));
                QueryRequest q = QueryRequest.builder().tableName(table).indexName(AlertTable.EVENT_DATE_INDEX)
                        .keyConditionExpression("#d = :d").filterExpression(filter)
                        .expressionAttributeNames(names).expressionAttributeValues(v).limit(pageSize).build();
                client.queryPaginator(q).items().forEach(item -> out.add(AlertItems.fromItem(item, table)));
            }
        } else {
            values.put(":from", AttributeValue.fromS(from.toString()));
            values.put(":to", AttributeValue.fromS(to.toString()));
            String range = "#d BETWEEN :from AND :to";
            ScanRequest s = ScanRequest.builder().tableName(table).filterExpression(filter == null ? range : range + " AND " + filter)
                    .expressionAttributeNames(names).expressionAttributeValues(values).limit(pageSize).build();
            client.scanPaginator(s).items().forEach(item -> out.add(AlertItems.fromItem(item, table)));
        }
        out.sort(BY_DAY_THEN_SCORE);
        return out;
    }

    @Override
    public Alert recordFeedback(String alertId, AlertStatus status, String cause, String notes, Consumer<Alert> alongside) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(alongside, "alongside");
        for (int attempt = 1; attempt <= MAX_FEEDBACK_ATTEMPTS; attempt++) {
            Alert current = find(alertId).orElseThrow(() -> new NoSuchElementException("no alert '" + alertId
                    + "' in DynamoDB table " + table));
            if (!current.status().canMoveTo(status)) {
                throw new IllegalStateException("alert " + alertId + " cannot move from " + current.status().display()
                        + " to " + status.display() + "; from " + current.status().display() + " it may move to "
                        + current.status().next().stream().map(AlertStatus::display).toList());
            }
            Instant now = clock.instant();
            Alert updated = new Alert(current.alertId(), current.apartmentId(), current.buildingId(), current.eventDate(),
                    current.alertTimestamp(), now.isBefore(current.alertTimestamp()) ? current.alertTimestamp() : now,
                    current.anomalyScore(), current.threshold(), status, current.modelVersion(), cause, notes, "",
                    current.reason());
            if (!swap(current, updated)) {
                continue; // another verdict landed between our read and our write: read it and check again
            }
            try {
                alongside.accept(updated);
            } catch (RuntimeException e) {
                // undo our write, unless someone changed the item since (then their change stands, and we say so)
                if (!swap(updated, current)) {
                    e.addSuppressed(new IllegalStateException("alert " + alertId + " changed after this verdict was "
                            + "written, so it was not undone"));
                }
                throw e;
            }
            return updated;
        }
        throw new IllegalStateException("alert " + alertId + " in table " + table + " kept changing; gave up after "
                + MAX_FEEDBACK_ATTEMPTS + " attempts");
    }

    /**
     * Writes {@code to}'s status, cause, notes and times over the item if it still has {@code expected}'s
     * status and update time.
     *
     * @return false when the condition failed (another writer changed the item)
     */
    private boolean swap(Alert expected, Alert to) {
        try {
            client.updateItem(u -> u.tableName(table)
                    .key(Map.of(AlertItems.ALERT_ID, AttributeValue.fromS(to.alertId())))
                    .updateExpression("SET #s = :s, #c = :c, #n = :n, #sup = :sup, #upd = :upd")
                    .conditionExpression("#s = :curS AND (#upd = :curU OR attribute_not_exists(#upd))")
                    .expressionAttributeNames(Map.of("#s", AlertItems.STATUS, "#c", AlertItems.FEEDBACK_CAUSE,
                            "#n", AlertItems.FEEDBACK_NOTES, "#sup", AlertItems.SUPERSEDED_BY,
                            "#upd", AlertItems.UPDATED_TIMESTAMP))
                    .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(to.status().display()),
                            ":c", AttributeValue.fromS(to.feedbackCause()), ":n", AttributeValue.fromS(to.feedbackNotes()),
                            ":sup", AttributeValue.fromS(to.supersededBy()),
                            ":upd", AttributeValue.fromS(AlertItems.timestamp(to.updatedTimestamp())),
                            ":curS", AttributeValue.fromS(expected.status().display()),
                            ":curU", AttributeValue.fromS(AlertItems.timestamp(expected.updatedTimestamp())))));
            return true;
        } catch (ConditionalCheckFailedException changed) {
            return false;
        }
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    static void checkTableName(String table) {
        if (table == null || !table.matches("[A-Za-z0-9_.-]{3,255}")) {
            throw new IllegalArgumentException("DynamoDB table name must be 3 to 255 letters, digits, '_', '-' or '.', got '"
                    + table + "'");
        }
    }
}
