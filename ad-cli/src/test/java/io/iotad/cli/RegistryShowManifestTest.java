package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8 item 3: {@code iotad registry show} prints the artifact's stored manifest with its provenance. */
class RegistryShowManifestTest {
    @TempDir
    static Path dir;
    private static OperationsFixture fixture;

    @BeforeAll
    static void trained() throws Exception {
        fixture = OperationsFixture.create(dir);
    }

    @Test
    void given_a_trained_version_when_shown_then_the_manifest_with_provenance_is_printed() throws Exception {
        CliRun r = CliRun.of("registry", "show", "--registry", fixture.registry().toString(), "--version", "1");

        assertThat(r.exit()).as(r.both()).isZero();
        assertThat(r.out()).contains("manifest (the artifact's manifest.json", "\"provenance\"", "\"labels_sha256\"");
        JsonNode manifest = r.json().get("manifest");
        assertThat(manifest).as(r.out()).isNotNull();
        JsonNode provenance = manifest.get("provenance");
        assertThat(provenance.get("seed").isIntegralNumber()).isTrue();
        assertThat(provenance.get("threads").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(provenance.get("labels_sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(provenance.at("/environment/java.version").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(provenance.at("/environment/os.arch").asText()).isEqualTo(System.getProperty("os.arch"));
        // the native libraries on the class path, with the versions their jars state: those the parent pom pins
        for (String lib : new String[] {"xgboost4j", "duckdb_jdbc", "sqlite-jdbc"}) {
            assertThat(provenance.at("/environment/native." + lib).asText()).as(lib)
                    .isEqualTo(System.getProperty("iotad.pinned." + lib));
        }
        assertThat(provenance.at("/environment/native.libsvm").asText()).matches("\\d+\\.\\d+(\\.\\d+)*");
        assertThat(r.out()).contains("native    duckdb_jdbc=" + System.getProperty("iotad.pinned.duckdb_jdbc"),
                "xgboost4j=" + System.getProperty("iotad.pinned.xgboost4j"));
        // the registry index's untyped copy agrees with the manifest it summarises
        assertThat(manifest.at("/lineage/content_hash").asText())
                .isEqualTo(r.json().at("/metadata/training_content_sha256").asText());
    }
}
