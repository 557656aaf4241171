package io.iotad.aws.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwsEndpointsTest {
    @Test
    void given_one_url_when_parsed_then_every_service_uses_it() {
        AwsEndpoints e = AwsEndpoints.parse(List.of("http://127.0.0.1:4566"));
        assertThat(e.of("s3")).contains(URI.create("http://127.0.0.1:4566"));
        assertThat(e.of("dynamodb")).contains(URI.create("http://127.0.0.1:4566"));
        assertThat(e.overridden()).isTrue();
        assertThat(AwsEndpoints.parse(List.of()).overridden()).isFalse();
        assertThat(AwsEndpoints.DEFAULT.of("s3")).isEmpty();
    }

    @Test
    void given_service_urls_when_parsed_then_each_service_has_its_own_and_the_rest_the_shared_one() {
        AwsEndpoints e = AwsEndpoints.parse(List.of("S3=http://localhost:4568", "http://localhost:4566"));
        assertThat(e.of("s3")).contains(URI.create("http://localhost:4568"));
        assertThat(e.of("dynamodb")).contains(URI.create("http://localhost:4566"));
    }

    @Test
    void given_bad_values_when_parsed_then_the_value_and_what_was_expected_are_named() {
        assertThatThrownBy(() -> AwsEndpoints.parse(List.of("localhost:4566"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'localhost:4566'").hasMessageContaining("http or https URL");
        assertThatThrownBy(() -> AwsEndpoints.parse(List.of("sqs=http://localhost:1"))).hasMessageContaining("unknown AWS service 'sqs'");
        assertThatThrownBy(() -> AwsEndpoints.parse(List.of("http://a:1", "http://b:2"))).hasMessageContaining("two endpoints");
        assertThatThrownBy(() -> AwsEndpoints.parse(List.of("s3=http://a:1", "s3=http://b:2"))).hasMessageContaining("s3 endpoint twice");
        assertThatThrownBy(() -> AwsEndpoints.parse(List.of("ftp://a:1"))).hasMessageContaining("ftp://a:1");
    }

    @Test
    void given_a_local_endpoint_and_no_region_when_building_clients_then_the_local_region_is_used() {
        // aws.region unset in the test JVM unless the environment sets AWS_REGION
        try (var client = AwsClients.defaults(AwsEndpoints.parse(List.of("http://127.0.0.1:9"))).dynamoDb()) {
            assertThat(client.serviceClientConfiguration().region().id())
                    .isEqualTo(System.getenv("AWS_REGION") != null ? System.getenv("AWS_REGION") : AwsClients.LOCAL_REGION);
            assertThat(client.serviceClientConfiguration().endpointOverride()).contains(URI.create("http://127.0.0.1:9"));
        }
    }
}
