package io.iotad.models.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotad.core.artifact.ArtifactLimits;
import io.iotad.core.artifact.CorruptArtifactException;
import io.iotad.core.artifact.ModelArtifact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile artifacts of issue 8: a 1 KB artifact with a forged payload (feature count
 * 2<sup>31</sup>−1, checksum updated) and a ~510 KB gzip bomb under the 512 MiB payload limit are
 * refused with a {@link CorruptArtifactException} naming the problem, never an
 * {@link OutOfMemoryError}. Runs in its own surefire execution at {@code -Xmx256m} (see this
 * module's pom, execution {@code low-heap}, tag {@code low-heap}); prints each refusal's wall time (median of 5), which is
 * reported, not asserted: timings on shared machines are noisy.
 */
@Tag("low-heap")
class HostileArtifactsLowHeapTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RUNS = 5;

    @TempDir
    static Path dir;

    @BeforeAll
    static void the_heap_is_small() {
        assertThat(Runtime.getRuntime().maxMemory()).as("this test must run with -Xmx256m (execution low-heap)")
                .isLessThanOrEqualTo(256L << 20);
    }

    @Test
    void a_forged_version_1_forest_payload_claiming_2_pow_31_minus_1_features_is_refused() throws IOException {
        byte[] payload = HostileArchives.bytes(o -> {
            o.writeUTF("isolation_forest");
            o.writeInt(Integer.MAX_VALUE);
            o.write(new byte[600]);
        });
        Path file = dir.resolve("forged-forest-v1.tar.gz");
        long size = HostileArchives.writeForged(file, HostileArchives.manifestOf("isolation_forest-format1.tar.gz"), 1, payload);
        assertThat(size).isLessThan(1024);
        refusedFast("forged isolation_forest v1 payload (" + size + " B artifact)", file,
                "feature count is 2147483647");
    }

    @Test
    void a_forged_version_2_forest_payload_claiming_2_pow_31_minus_1_features_is_refused() throws IOException {
        ObjectNode manifest = HostileArchives.manifestOf("isolation_forest-format1.tar.gz");
        byte[] options = JSON.writeValueAsBytes(manifest.get("options"));
        byte[] payload = HostileArchives.bytes(o -> {
            byte[] name = "isolation_forest".getBytes(StandardCharsets.UTF_8);
            o.writeInt(name.length);
            o.write(name);
            o.writeInt(options.length);
            o.write(options);
            o.writeInt(Integer.MAX_VALUE);
            o.write(new byte[600]);
        });
        Path file = dir.resolve("forged-forest-v2.tar.gz");
        long size = HostileArchives.writeForged(file, manifest, 2, payload);
        assertThat(size).isLessThan(1024);
        refusedFast("forged isolation_forest v2 payload (" + size + " B artifact)", file,
                "feature names count is 2147483647");
    }

    @Test
    void a_forged_lof_payload_claiming_2_pow_31_minus_1_training_rows_is_refused() throws IOException {
        byte[] payload = HostileArchives.bytes(o -> {
            o.writeUTF("lof");
            o.writeInt(3);
            for (String f : List.of("a", "b", "c")) {
                o.writeUTF(f);
            }
            o.writeInt(10);
            o.writeBoolean(true);
            o.writeInt(8);
            o.writeInt(15);
            o.writeInt(5);
            o.writeInt(Integer.MAX_VALUE);
            o.write(new byte[600]);
        });
        Path file = dir.resolve("forged-lof-v1.tar.gz");
        long size = HostileArchives.writeForged(file, HostileArchives.manifestOf("lof-format1.tar.gz"), 1, payload);
        refusedFast("forged lof v1 payload (" + size + " B artifact)", file, "training values (rows x features) is 6442450941");
    }

    @Test
    void a_gzip_bomb_under_the_payload_limit_is_refused_before_it_is_inflated() throws IOException {
        Path file = dir.resolve("bomb.tar.gz");
        long zeros = 500L << 20;
        long size = HostileArchives.writeBomb(file, HostileArchives.manifestOf("isolation_forest-format1.tar.gz"), zeros);
        assertThat(zeros).isLessThan(ArtifactLimits.DEFAULT_MAX_PAYLOAD_BYTES);
        assertThat(size).isBetween(400_000L, 600_000L);
        refusedFast("gzip bomb (" + size + " B artifact, " + zeros + " B payload entry)", file,
                "refused as a likely decompression bomb");
    }

    private static void refusedFast(String what, Path file, String reason) {
        List<Double> ms = new ArrayList<>();
        String message = null;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> ModelArtifact.read(file))
                    .isInstanceOf(CorruptArtifactException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining(reason)
                    .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
            ms.add((System.nanoTime() - t0) / 1e6);
            if (message == null) {
                try {
                    ModelArtifact.read(file);
                } catch (IOException | RuntimeException e) {
                    message = e.getMessage();
                }
            }
        }
        List<Double> sorted = new ArrayList<>(ms);
        sorted.sort(null);
        System.out.printf(Locale.ROOT, "[low-heap %d MiB] %s refused: median %.1f ms of %d runs %s: %s%n",
                Runtime.getRuntime().maxMemory() >> 20, what, sorted.get(RUNS / 2), RUNS, ms, message);
    }
}
