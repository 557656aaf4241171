package io.iotad.aws.client;

import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * Builds the SDK clients the adapters use, all from one place: credentials and region from the SDK's
 * default chains (environment, system properties, profile, container or instance role), endpoints from
 * {@link AwsEndpoints}. Against a local endpoint S3 is addressed path-style (local servers have no
 * per-bucket host names) and, when no region is configured, {@value #LOCAL_REGION} is used, since a
 * local server ignores it.
 *
 * @param endpoints where requests go
 * @param credentials the credentials, or null for the SDK's default chain
 * @param region the region, or null for the SDK's default chain
 */
public record AwsClients(AwsEndpoints endpoints, AwsCredentialsProvider credentials, Region region) {
    /** Region used against a local endpoint when none is configured. */
    public static final String LOCAL_REGION = "us-east-1";

    /** Validates the fields. */
    public AwsClients {
        Objects.requireNonNull(endpoints, "endpoints");
    }

    /**
     * @param endpoints where requests go
     * @return clients with the default credential and region chains
     */
    public static AwsClients defaults(AwsEndpoints endpoints) {
        return new AwsClients(endpoints, null, null);
    }

    /** @return a new S3 client; the caller closes it */
    public S3Client s3() {
        var b = S3Client.builder().credentialsProvider(credentialsProvider()).region(resolveRegion())
                // checksums only where S3 requires them: local servers reject the newer streaming checksum trailers
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        // a local endpoint is plain http, where the SDK would otherwise sign uploads chunk by chunk (aws-chunked),
        // which local servers store verbatim; on https (AWS) the SDK signs the whole payload anyway
        endpoints.of("s3").ifPresent(uri -> b.endpointOverride(uri).forcePathStyle(true)
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build()));
        return b.build();
    }

    /** @return a new DynamoDB client; the caller closes it */
    public DynamoDbClient dynamoDb() {
        var b = DynamoDbClient.builder().credentialsProvider(credentialsProvider()).region(resolveRegion());
        endpoints.of("dynamodb").ifPresent(b::endpointOverride);
        return b.build();
    }

    private AwsCredentialsProvider credentialsProvider() {
        return credentials != null ? credentials : DefaultCredentialsProvider.builder().build();
    }

    private Region resolveRegion() {
        if (region != null) {
            return region;
        }
        Optional<Region> fromEnvironment = environmentRegion();
        if (fromEnvironment.isPresent()) {
            return fromEnvironment.get();
        }
        if (endpoints.overridden()) {
            return Region.of(LOCAL_REGION);
        }
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion();
        } catch (SdkClientException none) {
            throw new IllegalArgumentException("no AWS region is configured: set AWS_REGION (or the aws.region system property, "
                + "or region in ~/.aws/config)", none);
        }
    }

    /**
     * The system property and the environment, which the SDK's chain also reads first; asked directly so that
     * a local endpoint never waits for the chain's last link, the instance metadata service, to time out off EC2.
     */
    private static Optional<Region> environmentRegion() {
        String configured = System.getProperty("aws.region", System.getenv("AWS_REGION"));
        return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(Region.of(configured.trim()));
    }
}
