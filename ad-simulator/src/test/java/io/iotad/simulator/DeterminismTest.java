package io.iotad.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed → byte-identical files, whatever the thread count; another seed → other files. */
class DeterminismTest {
    @TempDir
    Path tmp;

    private static SimulationOptions.Builder fixture() {
        // every event and data-fault kind on, with rates high enough that a small fixture holds them
        return SimulationOptions.builder().apartments(20).buildings(3).days(21).faultRate(2.0).pumpFailureRate(1.0)
                .awayRate(2.0).guestRate(2.0).malformedLineRate(0.002).duplicateLineRate(0.002).lateFileRate(0.3);
    }

    static String treeHash(Path root) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                md.update(root.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void given_the_same_seed_when_run_on_one_and_on_three_threads_then_the_files_are_byte_identical() throws IOException {
        SimulationResult one = new PortfolioSimulator(fixture().seed(11).threads(1).build()).run(tmp.resolve("a"));
        new PortfolioSimulator(fixture().seed(11).threads(3).build()).run(tmp.resolve("b"));

        assertThat(treeHash(tmp.resolve("a"))).isEqualTo(treeHash(tmp.resolve("b")));
        assertThat(one.dataFaultsInjected()).isPositive();
        assertThat(one.faultEvents()).isPositive();
        assertThat(one.nuisanceEvents()).isPositive();
    }

    @Test
    void given_gzip_when_run_twice_then_the_compressed_files_are_byte_identical() throws IOException {
        new PortfolioSimulator(fixture().days(5).gzip(true).threads(2).build()).run(tmp.resolve("a"));
        new PortfolioSimulator(fixture().days(5).gzip(true).threads(1).build()).run(tmp.resolve("b"));

        assertThat(treeHash(tmp.resolve("a"))).isEqualTo(treeHash(tmp.resolve("b")));
        try (Stream<Path> s = Files.walk(tmp.resolve("a").resolve("raw"))) {
            assertThat(s.filter(Files::isRegularFile).map(Path::toString)).allMatch(n -> n.endsWith(".jsonl.gz"));
        }
    }

    @Test
    void given_another_seed_when_run_then_the_files_differ() throws IOException {
        new PortfolioSimulator(fixture().seed(11).build()).run(tmp.resolve("a"));
        new PortfolioSimulator(fixture().seed(12).build()).run(tmp.resolve("b"));

        assertThat(treeHash(tmp.resolve("a"))).isNotEqualTo(treeHash(tmp.resolve("b")));
    }

    @Test
    void given_the_same_seed_when_planned_twice_then_the_events_in_memory_are_equal() {
        assertThat(new PortfolioSimulator(fixture().build()).events())
                .isEqualTo(new PortfolioSimulator(fixture().build()).events())
                .isNotEmpty();
    }
}
