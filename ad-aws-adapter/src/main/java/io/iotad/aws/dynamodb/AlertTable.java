package io.iotad.aws.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The alert table's schema: the seed's key ({@code AlertID}) and its two global secondary indexes,
 * {@value #APARTMENT_STATUS_INDEX} ({@code ApartmentID}, {@code Status}) and {@value #BUILDING_ALERTS_INDEX}
 * ({@code BuildingID}, {@code AlertTimestamp}), plus {@value #EVENT_DATE_INDEX} ({@code EventDate},
 * {@code AnomalyScore}) for the daily list of {@code iotad alerts list}, which would otherwise scan the
 * table. Every index projects all attributes; billing is on demand.
 */
public final class AlertTable {
    /** The seed's GSI-1: an apartment's alerts by status. */
    public static final String APARTMENT_STATUS_INDEX = "ApartmentStatusIndex";
    /** The seed's GSI-2: a building's alerts by time. */
    public static final String BUILDING_ALERTS_INDEX = "BuildingAlertsIndex";
    /** This library's addition: one day's alerts by score. */
    public static final String EVENT_DATE_INDEX = "EventDateIndex";

    /** Each index: partition key, sort key. */
    static final Map<String, List<String>> INDEXES = Map.of(
            APARTMENT_STATUS_INDEX, List.of(AlertItems.APARTMENT_ID, AlertItems.STATUS),
            BUILDING_ALERTS_INDEX, List.of(AlertItems.BUILDING_ID, AlertItems.ALERT_TIMESTAMP),
            EVENT_DATE_INDEX, List.of(AlertItems.EVENT_DATE, AlertItems.ANOMALY_SCORE));

    private AlertTable() {
    }

    /**
     * @param table the table name
     * @return the request that creates the table with its indexes
     */
    public static CreateTableRequest createRequest(String table) {
        List<GlobalSecondaryIndex> gsis = new ArrayList<>();
        for (String index : List.of(APARTMENT_STATUS_INDEX, BUILDING_ALERTS_INDEX, EVENT_DATE_INDEX)) {
            List<String> keys = INDEXES.get(index);
            gsis.add(GlobalSecondaryIndex.builder().indexName(index)
                    .keySchema(key(keys.get(0), KeyType.HASH), key(keys.get(1), KeyType.RANGE))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build());
        }
        return CreateTableRequest.builder().tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attr(AlertItems.ALERT_ID, ScalarAttributeType.S),
                        attr(AlertItems.APARTMENT_ID, ScalarAttributeType.S), attr(AlertItems.STATUS, ScalarAttributeType.S),
                        attr(AlertItems.BUILDING_ID, ScalarAttributeType.S),
                        attr(AlertItems.ALERT_TIMESTAMP, ScalarAttributeType.S),
                        attr(AlertItems.EVENT_DATE, ScalarAttributeType.S),
                        attr(AlertItems.ANOMALY_SCORE, ScalarAttributeType.N))
                .keySchema(key(AlertItems.ALERT_ID, KeyType.HASH))
                .globalSecondaryIndexes(gsis).build();
    }

    /**
     * Creates the table when absent (and waits until it is active), or checks an existing one.
     *
     * @param client the client
     * @param table the table name
     * @param create whether an absent table may be created
     */
    public static void ensure(DynamoDbClient client, String table, boolean create) {
        TableDescription d = DynamoDbTables.ensure(client, createRequest(table), create);
        List<String> problems = new ArrayList<>();
        if (!DynamoDbTables.keys(d.keySchema()).equals(List.of(AlertItems.ALERT_ID))) {
            problems.add("its key is " + DynamoDbTables.keys(d.keySchema()) + ", not [" + AlertItems.ALERT_ID + "]");
        }
        Map<String, List<String>> found = d.globalSecondaryIndexes() == null ? Map.of()
                : d.globalSecondaryIndexes().stream().collect(Collectors.toMap(GlobalSecondaryIndexDescription::indexName,
                        g -> DynamoDbTables.keys(g.keySchema())));
        INDEXES.forEach((index, keys) -> {
            if (!keys.equals(found.get(index))) {
                problems.add(found.containsKey(index) ? "index " + index + " has keys " + found.get(index) + ", not " + keys
                        : "it lacks the index " + index + " " + keys);
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("DynamoDB table " + table + " is not an alert table: " + String.join("; ", problems));
        }
    }

    static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    static AttributeDefinition attr(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }
}
