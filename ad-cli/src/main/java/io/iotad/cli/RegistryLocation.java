package io.iotad.cli;

import io.iotad.core.registry.ModelRegistry;
import java.io.IOException;
import picocli.CommandLine.Option;

/**
 * {@code --registry} and {@code --registry-table}, shared (a picocli mixin) by the workflow modes of
 * {@code iotad train} and {@code iotad score}: where the model registry is, a folder or an S3 prefix
 * with its DynamoDB index ({@link Stores#registry}).
 */
final class RegistryLocation {
    @Option(names = "--registry", paramLabel = "DIR|S3", description = "Workflow mode: the model registry, a folder or "
            + "s3://BUCKET/PREFIX with --registry-table ('iotad train' creates it when absent).")
    String registry;

    @Option(names = "--registry-table", paramLabel = "TABLE", description = "Workflow mode: the DynamoDB table of an "
            + "s3:// registry (default: $" + Stores.REGISTRY_TABLE_VARIABLE + ").")
    String table;

    /** @return whether {@code --registry} was given */
    boolean given() {
        return registry != null;
    }

    /**
     * @param aws where AWS requests go
     * @param create whether an absent folder or table may be created (training creates; scoring does not)
     * @return the registry; close it with {@link Stores#close}
     * @throws IOException when it cannot be opened
     * @throws IllegalArgumentException when {@code --registry} is missing or names an absent folder without {@code create}
     */
    ModelRegistry open(AwsOptions aws, boolean create) throws IOException {
        return Stores.registry(registry, table, aws, create);
    }
}
