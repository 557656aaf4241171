package io.iotad.aws.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServeSettingsTest {
    @Test
    void given_no_variables_when_read_then_sagemaker_defaults() {
        ServeSettings s = ServeSettings.fromEnvironment(Map.of());
        assertThat(s.port()).isEqualTo(8080);
        assertThat(s.host()).isEqualTo("0.0.0.0");
        assertThat(s.maxPayloadBytes()).isEqualTo(6L * 1024 * 1024);
        assertThat(s.reasonsByDefault()).isFalse();
        assertThat(s.maxThreads()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void given_variables_when_read_then_port_payload_and_reasons_follow_them() {
        ServeSettings s = ServeSettings.fromEnvironment(Map.of("SAGEMAKER_BIND_TO_PORT", "9090", "IOTAD_MAX_PAYLOAD_MB", "100",
                "IOTAD_REASONS", "true"));
        assertThat(s.port()).isEqualTo(9090);
        assertThat(s.maxPayloadBytes()).isEqualTo(100L * 1024 * 1024);
        assertThat(s.reasonsByDefault()).isTrue();
        assertThat(s.withAddress("127.0.0.1", 0).port()).isZero();
    }

    @Test
    void given_bad_values_when_read_then_the_variable_is_named() {
        assertThatThrownBy(() -> ServeSettings.fromEnvironment(Map.of("SAGEMAKER_BIND_TO_PORT", "http")))
                .hasMessageContaining("SAGEMAKER_BIND_TO_PORT").hasMessageContaining("'http'");
        assertThatThrownBy(() -> ServeSettings.fromEnvironment(Map.of("IOTAD_MAX_PAYLOAD_MB", "101")))
                .hasMessageContaining("IOTAD_MAX_PAYLOAD_MB");
        assertThatThrownBy(() -> new ServeSettings("h", 70000, 1, 8, false)).hasMessageContaining("port");
        assertThatThrownBy(() -> new ServeSettings("h", 1, 1, 7, false)).hasMessageContaining("maxThreads must be in [8, 1000]");
        assertThatThrownBy(() -> new ServeSettings("h", 1, 0, 8, false)).hasMessageContaining("maxPayloadBytes");
        assertThatThrownBy(() -> new ServeSettings(" ", 1, 1, 8, false)).hasMessageContaining("host");
    }

    @Test
    void given_accept_headers_when_negotiated_then_the_request_type_is_the_default() {
        assertThat(InvocationHandler.accept(null, "text/csv")).isEqualTo("text/csv");
        assertThat(InvocationHandler.accept("*/*", "application/jsonlines")).isEqualTo("application/jsonlines");
        assertThat(InvocationHandler.accept("application/jsonlines;q=1, text/csv", "text/csv")).isEqualTo("application/jsonlines");
        assertThat(InvocationHandler.accept("image/png", "text/csv")).isNull();
    }

    @Test
    void given_the_root_option_or_variable_when_resolved_then_option_wins_then_variable_then_opt_ml() {
        assertThat(SageMakerLayout.resolve(Path.of("/x"), Map.of("IOTAD_ML_ROOT", "/y")).root()).isEqualTo(Path.of("/x"));
        assertThat(SageMakerLayout.resolve(null, Map.of("IOTAD_ML_ROOT", "/y")).root()).isEqualTo(Path.of("/y"));
        assertThat(SageMakerLayout.resolve(null, Map.of()).root()).isEqualTo(Path.of("/opt/ml"));
    }
}
