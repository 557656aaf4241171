package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @TempDir
    Path tmp;

    private static String[] run(String... args) {
        CliRun r = CliRun.of(args);
        return new String[] {Integer.toString(r.exit()), r.out(), r.err()};
    }

    @Test
    void given_a_small_portfolio_when_simulated_then_files_are_written_and_a_summary_printed() {
        Path out = tmp.resolve("sim");
        String[] r = run("simulate", "--out", out.toString(), "--apartments", "6", "--buildings", "2", "--days", "3",
                "--start", "2025-01-10", "--seed", "9", "--fault-rate", "1.5", "--gzip");

        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("simulated 6 apartments in 2 buildings over 3 days from 2025-01-10 (seed 9)")
                .contains("per apartment-day").contains("data faults:");
        assertThat(out.resolve("raw/2025-01-10/part-000.jsonl.gz")).exists();
        assertThat(Files.exists(out.resolve("labels.csv"))).isTrue();
    }

    @Test
    void given_help_when_asked_then_every_option_is_described() {
        String[] r = run("simulate", "--help");

        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("--out=DIR", "--apartments=N", "--buildings=B", "--days=D", "--start=DATE",
                "--seed=S", "--fault-rate=R", "--gzip");
    }

    @Test
    void given_an_invalid_option_when_simulated_then_it_exits_with_the_usage_code_and_names_the_option() {
        String[] r = run("simulate", "--out", tmp.resolve("x").toString(), "--apartments", "0");

        assertThat(r[0]).isEqualTo(Integer.toString(IotadCli.EXIT_USAGE));
        assertThat(r[2]).contains("apartments must be in [1, 1000000], got 0");
    }

    @Test
    void given_a_non_empty_folder_when_simulated_then_it_refuses() throws Exception {
        Files.writeString(tmp.resolve("keep.txt"), "x");
        String[] r = run("simulate", "--out", tmp.toString(), "--apartments", "2", "--days", "1");

        assertThat(r[0]).isEqualTo(Integer.toString(IotadCli.EXIT_USAGE));
        assertThat(r[2]).contains("is not empty");
    }
}
