package io.iotad.aws.dynamodb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** Table housekeeping shared by the alert table and the registry table. */
public final class DynamoDbTables {
    private DynamoDbTables() {
    }

    /**
     * Describes the table; when it does not exist and {@code create} is set, creates it and waits until it
     * is active. A table another process creates at the same moment is waited for, not an error.
     *
     * @param client the client
     * @param request how to create it
     * @param create whether an absent table may be created
     * @return the table's description
     * @throws NoSuchElementException naming the table when it is absent and may not be created
     */
    public static TableDescription ensure(DynamoDbClient client, CreateTableRequest request, boolean create) {
        String table = request.tableName();
        try {
            return client.describeTable(r -> r.tableName(table)).table();
        } catch (ResourceNotFoundException absent) {
            if (!create) {
                throw new NoSuchElementException("DynamoDB table " + table + " does not exist", absent);
            }
        }
        try {
            client.createTable(request);
        } catch (ResourceInUseException createdMeanwhile) {
            // another process created it first; wait for it like for our own
        }
        // poll from 100 ms, doubling to 5 s: a local server is ready at once, AWS within seconds to minutes (the
        // SDK's default waits 20 s before its first look)
        WaiterOverrideConfiguration wait = WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(5)))
                .waitTimeout(Duration.ofMinutes(10)).maxAttempts(200).build();
        client.waiter().waitUntilTableExists(DescribeTableRequest.builder().tableName(table).build(), wait);
        return client.describeTable(r -> r.tableName(table)).table();
    }

    /**
     * @param schema a key schema
     * @return its attribute names, partition key first
     */
    static List<String> keys(List<KeySchemaElement> schema) {
        List<String> out = new ArrayList<>();
        schema.stream().filter(k -> k.keyType() == KeyType.HASH).forEach(k -> out.add(k.attributeName()));
        schema.stream().filter(k -> k.keyType() == KeyType.RANGE).forEach(k -> out.add(k.attributeName()));
        return out;
    }
}
