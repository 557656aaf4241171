package io.iotad.cli;

import io.iotad.aws.client.AwsClients;
import io.iotad.aws.client.AwsEndpoints;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --aws-endpoint}, shared (a picocli mixin) by the commands that take {@code dynamodb://} and {@code s3://}
 * locations. Credentials and region always come from the AWS SDK's default chains (environment variables, system
 * properties, {@code ~/.aws}, the container or instance role).
 */
public final class AwsOptions {
    @Option(names = "--aws-endpoint", paramLabel = "URL", description = "Send AWS requests to a local endpoint: URL for "
            + "every service (e.g. http://127.0.0.1:4566), or SERVICE=URL for one (s3=..., dynamodb=...; repeatable). "
            + "Default: the AWS endpoints of the configured region.")
    List<String> endpoints = new ArrayList<>();

    /** @return the clients these options point at */
    AwsClients clients() {
        return AwsClients.defaults(AwsEndpoints.parse(endpoints));
    }
}
