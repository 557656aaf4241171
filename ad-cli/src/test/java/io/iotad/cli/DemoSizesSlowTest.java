package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9 item 10: the whole demo runs at the sizes it accepts: the reproduction
 * ({@code --apartments 120 --days 70 --seed 1}) and the other two of seeds 1-30 that failed at that
 * size (11 and 12: their one building-day without weather, 18 and 13 of 120 apartments, falls on a
 * scored day), the smallest days it accepts, and a small unsupervised run.
 * About half a minute per run on 2 cores, so tagged slow ({@code mvn -Pslow verify}).
 */
@Tag("slow")
class DemoSizesSlowTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "--apartments {0} --days {1} --seed {2} {3}")
    @CsvSource({
        "120, 70, 1, ''",
        "120, 70, 11, ''",
        "120, 70, 12, ''",
        "100, 60, 5, ''",
        "40, 28, 2, training.model_strategy=isolation_forest",
        "20, 30, 3, training.model_strategy=isolation_forest",
    })
    void given_a_size_the_demo_accepts_when_run_then_it_completes(int apartments, int days, long seed, String set) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("demo", "--out", dir.resolve("out").toString(),
                "--apartments", "" + apartments, "--days", "" + days, "--seed", "" + seed));
        if (!set.isEmpty()) {
            args.addAll(java.util.List.of("--set", set));
        }
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.both()).isZero();
        assertThat(r.out()).containsPattern("P@50=\\d\\.\\d{3} R@50=\\d\\.\\d{3}");
    }
}
