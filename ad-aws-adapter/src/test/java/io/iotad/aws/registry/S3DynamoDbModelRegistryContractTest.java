package io.iotad.aws.registry;

import io.iotad.aws.local.LocalAwsServers;
import io.iotad.aws.s3.S3Location;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.pipeline.contract.ModelRegistryContract;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The ModelRegistry contract on s3rver + dynalite: each name is a table and a prefix of one bucket, each
 * handle its own clients and download cache.
 */
class S3DynamoDbModelRegistryContractTest extends ModelRegistryContract {
    static final String BUCKET = "iotad-registry-test";
    private final List<S3DynamoDbModelRegistry> opened = new ArrayList<>();

    @Override
    protected ModelRegistry open(String name, Clock clock) throws IOException {
        LocalAwsServers servers = LocalAwsServers.get();
        S3DynamoDbModelRegistry r = S3DynamoDbModelRegistry.open(servers.clients().s3(), servers.clients().dynamoDb(),
                new S3Location(servers.bucket(BUCKET), "models/" + name), name, dir.resolve("cache-" + opened.size()), clock, true, true);
        opened.add(r);
        return r;
    }

    @AfterEach
    void closeRegistries() {
        opened.forEach(S3DynamoDbModelRegistry::close);
    }
}
