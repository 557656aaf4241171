package io.iotad.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.simulator.event.EventKind;
import io.iotad.simulator.output.DataFaultKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KindNamesTest {
    @TempDir
    Path tmp;

    @Test
    void given_every_kind_when_its_name_is_parsed_back_then_it_round_trips() {
        for (EventKind k : EventKind.values()) {
            assertThat(EventKind.fromCause(k.cause())).isEqualTo(k);
            assertThat(k.label()).isEqualTo(k.isFault() ? 1 : 0);
        }
        for (DataFaultKind k : DataFaultKind.values()) {
            assertThat(DataFaultKind.fromId(k.id().replace('_', '-'))).isEqualTo(k);
        }
    }

    @Test
    void given_an_unknown_name_when_parsed_then_the_error_lists_the_accepted_ones() {
        assertThatThrownBy(() -> EventKind.fromCause("boiler_explosion")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("boiler_explosion").hasMessageContaining("valve_stuck_closed");
        assertThatThrownBy(() -> DataFaultKind.fromId("gremlins")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gremlins").hasMessageContaining("late_file");
    }

    @Test
    void given_an_output_path_that_is_a_file_when_run_then_it_is_refused() throws IOException {
        Path file = Files.writeString(tmp.resolve("f"), "x");
        PortfolioSimulator sim = new PortfolioSimulator(SimulationOptions.builder().apartments(2).days(1).build());

        assertThatThrownBy(() -> sim.run(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a file");
    }
}
