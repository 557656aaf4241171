package io.iotad.aws.dynamodb;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.alert.AlertStore;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * An {@link AlertStore} on a DynamoDB table in the seed's schema ({@link AlertTable}, items mapped by
 * {@link AlertItems}).
 *
 * <ul>
 *   <li><b>Upserts</b> are one {@code UpdateItem} per alert that sets the pipeline's attributes and sets
 *       {@code Status}, {@code FeedbackCause} and {@code FeedbackNotes} only when the item is new
 *       ({@code if_not_exists}), so re-scoring a day is idempotent and never resets a technician's verdict,
 *       whichever of the two writes lands first. ({@code BatchWriteItem}, which the seed names, replaces whole
 *       items and would reset them.) The condition {@code attribute_not_exists(AlertID) OR ApartmentID = :a}
 *       refuses to merge two apartments' alerts under one id.</li>
 *   <li><b>Feedback</b> reads the item (strongly consistent), checks the transition and writes it with the
 *       condition {@code Status = <the status read>}; when another writer changed the status in between, it
 *       reads again and re-checks, so of two concurrent verdicts exactly one wins and the other is refused
 *       as an illegal move from the winner's state.</li>
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

    private DynamoDbAlertStore(DynamoDbClient client, String table, int pageSize, boolean ownsClient) {
        this.client = client;
        this.table = table;
        this.pageSize = pageSize;
        this.ownsClient = ownsClient;
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
        Objects.requireNonNull(client, "client");
        checkTableName(table);
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("pageSize must be in [1, 1000], got " + pageSize);
        }
        AlertTable.ensure(client, table, createTable);
        return new DynamoDbAlertStore(client, table, pageSize, ownsClient);
    }

    /** @return the table name */
    public String table() {
        return table;
    }

    @Override
    public int upsert(Collection<Alert> alerts) {
        for (Alert a : alerts) {
            if (!Double.isFinite(a.anomalyScore()) || !Double.isFinite(a.threshold())) {
                throw new IllegalArgumentException("alert " + a.alertId() + " needs a finite score and threshold, got "
                        + a.anomalyScore() + " and " + a.threshold());
            }
        }
        int created = 0;
        for (Alert a : alerts) {
            Map<String, AttributeValue> item = AlertItems.toItem(a);
            Map<String, String> names = new HashMap<>();
            Map<String, AttributeValue> values = new HashMap<>();
            List<String> sets = new ArrayList<>();
            int i = 0;
            for (String attr : AlertItems.PIPELINE_OWNED) {
                names.put("#p" + i, attr);
                values.put(":p" + i, item.get(attr));
                sets.add("#p" + i + " = :p" + i);
                i++;
            }
            i = 0;
            for (String attr : AlertItems.TECHNICIAN_OWNED) {
                names.put("#t" + i, attr);
                values.put(":t" + i, item.get(attr));
                sets.add("#t" + i + " = if_not_exists(#t" + i + ", :t" + i + ")");
                i++;
            }
            names.put("#id", AlertItems.ALERT_ID);
            names.put("#apt", AlertItems.APARTMENT_ID);
            values.put(":apt", item.get(AlertItems.APARTMENT_ID));
            try {
                UpdateItemResponse r = client.updateItem(u -> u.tableName(table)
                        .key(Map.of(AlertItems.ALERT_ID, item.get(AlertItems.ALERT_ID)))
                        .updateExpression("SET " + String.join(", ", sets))
                        .conditionExpression("attribute_not_exists(#id) OR #apt = :apt")
                        .expressionAttributeNames(names).expressionAttributeValues(values)
                        .returnValues(ReturnValue.UPDATED_OLD));
                created += r.hasAttributes() && !r.attributes().isEmpty() ? 0 : 1;
            } catch (ConditionalCheckFailedException e) {
                throw new IllegalStateException("alert " + a.alertId() + " in table " + table
                        + " belongs to another apartment than " + a.apartmentId(), e);
            }
        }
        return created;
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
    public Alert recordFeedback(String alertId, AlertStatus status, String cause, String notes) {
        Objects.requireNonNull(status, "status");
        for (int attempt = 1; attempt <= MAX_FEEDBACK_ATTEMPTS; attempt++) {
            Alert current = find(alertId).orElseThrow(() -> new NoSuchElementException("no alert '" + alertId
                    + "' in DynamoDB table " + table));
            if (!current.status().canMoveTo(status)) {
                throw new IllegalStateException("alert " + alertId + " cannot move from " + current.status().display()
                        + " to " + status.display() + "; from " + current.status().display() + " it may move to "
                        + current.status().next().stream().map(AlertStatus::display).toList());
            }
            try {
                Map<String, AttributeValue> after = client.updateItem(u -> u.tableName(table)
                        .key(Map.of(AlertItems.ALERT_ID, AttributeValue.fromS(alertId)))
                        .updateExpression("SET #s = :s, #c = :c, #n = :n")
                        .conditionExpression("#s = :current")
                        .expressionAttributeNames(Map.of("#s", AlertItems.STATUS, "#c", AlertItems.FEEDBACK_CAUSE,
                                "#n", AlertItems.FEEDBACK_NOTES))
                        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(status.display()),
                                ":c", AttributeValue.fromS(cause == null ? "" : cause),
                                ":n", AttributeValue.fromS(notes == null ? "" : notes),
                                ":current", AttributeValue.fromS(current.status().display())))
                        .returnValues(ReturnValue.ALL_NEW)).attributes();
                return AlertItems.fromItem(after, table);
            } catch (ConditionalCheckFailedException changedMeanwhile) {
                // another verdict landed between our read and our write: read it and check again
            }
        }
        throw new IllegalStateException("alert " + alertId + " in table " + table + " kept changing; gave up after "
                + MAX_FEEDBACK_ATTEMPTS + " attempts");
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
