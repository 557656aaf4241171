package io.iotad.cli;

import io.iotad.aws.dynamodb.DynamoDbAlertStore;
import io.iotad.aws.registry.S3DynamoDbModelRegistry;
import io.iotad.aws.s3.S3Location;
import io.iotad.core.alert.AlertStore;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.pipeline.alerts.SqliteAlertStore;
import io.iotad.pipeline.registry.FileModelRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Opens the alert store and the model registry a command names by URI: {@code dynamodb://TABLE} or an SQLite file
 * for alerts; {@code s3://BUCKET/PREFIX} with {@code --registry-table} or a folder for the registry.
 */
final class Stores {
    /** The alert store scheme. */
    static final String DYNAMODB = "dynamodb://";
    /** Variable giving {@code --registry-table}'s default. */
    static final String REGISTRY_TABLE_VARIABLE = "IOTAD_REGISTRY_TABLE";

    private Stores() {
    }

    /**
     * @param spec an {@code --alerts} value
     * @return whether it names a DynamoDB table
     */
    static boolean isDynamoDb(String spec) {
        return spec != null && spec.startsWith(DYNAMODB);
    }

    /**
     * @param spec {@code dynamodb://TABLE} or an SQLite file
     * @param aws where AWS requests go
     * @param create whether an absent table or file may be created (scoring creates; reading and feedback do not)
     * @return the store
     */
    static AlertStore alerts(String spec, AwsOptions aws, boolean create) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("--alerts needs an SQLite file or dynamodb://TABLE");
        }
        if (isDynamoDb(spec)) {
            String table = spec.substring(DYNAMODB.length());
            return DynamoDbAlertStore.open(aws.clients().dynamoDb(), table, DynamoDbAlertStore.DEFAULT_PAGE_SIZE, create, true);
        }
        Path db = Path.of(spec);
        if (!create && !Files.isRegularFile(db)) {
            throw new IllegalArgumentException("--alerts " + db + " is not a file; 'iotad score --alerts " + db + "' creates it");
        }
        return SqliteAlertStore.open(db);
    }

    /**
     * @param spec {@code s3://BUCKET/PREFIX} or a folder
     * @param table the registry table for an S3 registry, or null for {@value #REGISTRY_TABLE_VARIABLE}
     * @param aws where AWS requests go
     * @param create whether an absent folder or table may be created (training creates; the other commands do not)
     * @return the registry
     * @throws IOException when it cannot be opened
     */
    static ModelRegistry registry(String spec, String table, AwsOptions aws, boolean create) throws IOException {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("--registry needs a folder or s3://BUCKET/PREFIX");
        }
        if (S3Location.isS3(spec)) {
            String t = table != null ? table : System.getenv(REGISTRY_TABLE_VARIABLE);
            if (t == null || t.isBlank()) {
                throw new IllegalArgumentException("--registry " + spec + " keeps its index in DynamoDB: give --registry-table "
                        + "TABLE (or set " + REGISTRY_TABLE_VARIABLE + ")");
            }
            var clients = aws.clients();
            return S3DynamoDbModelRegistry.open(clients.s3(), clients.dynamoDb(), S3Location.parse(spec), t,
                    null, Clock.systemUTC(), create, true);
        }
        if (table != null) {
            throw new IllegalArgumentException("--registry-table belongs to an s3:// registry; " + spec + " is a folder");
        }
        Path dir = Path.of(spec);
        return create ? new FileModelRegistry(dir) : RegistryOptions.open(dir);
    }

    /**
     * Closes a registry that holds clients (the S3 one); a folder registry holds nothing.
     *
     * @param registry the registry
     */
    static void close(ModelRegistry registry) {
        if (registry instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the registry failed: " + e.getMessage(), e);
            }
        }
    }
}
