package io.iotad.simulator.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class GroundTruthEventTest {
    private static final Instant START = Instant.parse("2024-11-01T00:00:00Z");

    private static GroundTruthEvent event(Instant end, double onsetHours) {
        return new GroundTruthEvent("ev_1", EventScope.APARTMENT, "bldg_001", "apt_00001", "bedroom",
                EventKind.VALVE_STUCK_CLOSED, START, end, 0.95, onsetHours, 0, 0);
    }

    @Test
    void given_a_gradual_event_when_asked_for_its_intensity_then_it_ramps_over_the_onset_and_stops_at_the_end() {
        GroundTruthEvent e = event(START.plusSeconds(10 * 86400), 24);
        long s = START.getEpochSecond();

        assertThat(e.intensityAt(s - 1)).isZero();
        assertThat(e.intensityAt(s)).isZero();
        assertThat(e.intensityAt(s + 12 * 3600)).isEqualTo(0.5);
        assertThat(e.intensityAt(s + 48 * 3600)).isEqualTo(1.0);
        assertThat(e.intensityAt(e.end().getEpochSecond())).isZero();
        assertThat(e.label()).isEqualTo(1);
    }

    @Test
    void given_an_abrupt_event_when_asked_then_it_is_fully_on_from_its_start() {
        assertThat(event(START.plusSeconds(3600), 0).intensityAt(START.getEpochSecond())).isEqualTo(1.0);
    }

    @Test
    void given_an_end_not_after_the_start_or_a_negative_onset_when_built_then_it_is_rejected() {
        assertThatThrownBy(() -> event(START, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not after start");
        assertThatThrownBy(() -> event(START.plusSeconds(60), -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("onsetHours");
    }
}
