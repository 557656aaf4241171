package io.iotad.aws.registry;

import io.iotad.aws.dynamodb.DynamoDbTables;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The registry's index table: one item per model version, partition key {@value #GROUP} (S), sort key
 * {@value #VERSION} (N), with {@value #STATUS}, {@value #CREATED_AT}, {@value #ARTIFACT_URI},
 * {@value #ARTIFACT_SHA256}, {@value #ARTIFACT_BYTES}, {@value #METADATA} (JSON text) and
 * {@value #STATUS_NOTE}. Billing is on demand.
 */
public final class RegistryTable {
    /** Partition key: the model package group. */
    public static final String GROUP = "ModelGroup";
    /** Sort key: the version, from 1. */
    public static final String VERSION = "Version";
    /** The approval state's registry spelling, e.g. {@code PendingManualApproval}. */
    public static final String STATUS = "Status";
    /** ISO-8601 instant of registration. */
    public static final String CREATED_AT = "CreatedAt";
    /** {@code s3://} URI of the artifact. */
    public static final String ARTIFACT_URI = "ArtifactUri";
    /** Hex SHA-256 of the artifact's bytes, checked on every download. */
    public static final String ARTIFACT_SHA256 = "ArtifactSha256";
    /** The artifact's size in bytes. */
    public static final String ARTIFACT_BYTES = "ArtifactBytes";
    /** Code version, options, metrics, lineage as a JSON object. */
    public static final String METADATA = "Metadata";
    /** Who changed the status last and why. */
    public static final String STATUS_NOTE = "StatusNote";

    private RegistryTable() {
    }

    /**
     * Creates the table when absent, or checks an existing one's key.
     *
     * @param client the client
     * @param table the table name
     * @param create whether an absent table may be created
     */
    public static void ensure(DynamoDbClient client, String table, boolean create) {
        CreateTableRequest request = CreateTableRequest.builder().tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName(GROUP).attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName(VERSION).attributeType(ScalarAttributeType.N).build())
                .keySchema(KeySchemaElement.builder().attributeName(GROUP).keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName(VERSION).keyType(KeyType.RANGE).build())
                .build();
        TableDescription d = DynamoDbTables.ensure(client, request, create);
        List<String> keys = d.keySchema().stream().sorted((a, b) -> a.keyType().compareTo(b.keyType()))
                .map(KeySchemaElement::attributeName).toList();
        if (!keys.equals(List.of(GROUP, VERSION))) {
            throw new IllegalStateException("DynamoDB table " + table + " is not a model registry table: its key is " + keys
                    + ", not [" + GROUP + ", " + VERSION + "]");
        }
    }
}
