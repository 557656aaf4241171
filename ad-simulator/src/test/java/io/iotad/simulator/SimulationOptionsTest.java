package io.iotad.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.simulator.event.EventKind;
import io.iotad.simulator.output.DataFaultKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SimulationOptionsTest {
    @Test
    void given_no_settings_when_built_then_the_defaults_and_derived_values_apply() {
        SimulationOptions o = SimulationOptions.builder().build();

        assertThat(o.apartments()).isEqualTo(SimulationOptions.DEFAULT_APARTMENTS);
        assertThat(o.buildings()).isEqualTo(12);
        assertThat(o.newBuildings()).isEqualTo(1);
        assertThat(o.startDate()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(o.days()).isEqualTo(180);
        assertThat(o.zone()).isEqualTo(ZoneId.of("Z"));
        assertThat(o.faultKinds()).isEqualTo(EventKind.faultKinds());
        assertThat(o.dataFaults()).containsExactlyInAnyOrder(DataFaultKind.values());
        assertThat(o.meterReplacements()).isEqualTo(1);
        assertThat(o.energyDecimals()).isEqualTo(1);
        assertThat(o.threads()).isPositive();
    }

    @Test
    void given_one_building_when_new_buildings_are_derived_then_there_is_none() {
        assertThat(SimulationOptions.builder().apartments(20).build().newBuildings()).isZero();
    }

    @Test
    void given_options_when_copied_with_to_builder_then_they_are_equal() {
        SimulationOptions o = SimulationOptions.builder().apartments(40).seed(3).gzip(true).build();
        assertThat(o.toBuilder().build()).isEqualTo(o);
    }

    @Test
    void given_a_resolution_when_built_then_the_counter_decimals_follow() {
        assertThat(SimulationOptions.builder().energyResolutionKwh(1).build().energyDecimals()).isZero();
        assertThat(SimulationOptions.builder().energyResolutionKwh(0.001).build().energyDecimals()).isEqualTo(3);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                bad("apartments", b -> b.apartments(0)),
                bad("apartments", b -> b.apartments(1_000_001)),
                bad("buildings", b -> b.apartments(10).buildings(11)),
                bad("buildings", b -> b.buildings(0)),
                bad("newBuildings", b -> b.apartments(10).buildings(2).newBuildings(2)),
                bad("newBuildings", b -> b.newBuildings(-2)),
                bad("days", b -> b.days(0)),
                bad("days", b -> b.days(3661)),
                bad("startDate", b -> b.startDate(LocalDate.of(1960, 1, 1))),
                bad("faultRate", b -> b.faultRate(-0.1)),
                bad("faultRate", b -> b.faultRate(Double.NaN)),
                bad("faultKinds", b -> b.faultKinds(Set.of(EventKind.GUEST_STAY))),
                bad("pumpFailureRate", b -> b.pumpFailureRate(11)),
                bad("gradualOnsetShare", b -> b.gradualOnsetShare(1.5)),
                bad("awayRate", b -> b.awayRate(-1)),
                bad("guestRate", b -> b.guestRate(20)),
                bad("scheduleChangeRate", b -> b.scheduleChangeRate(Double.POSITIVE_INFINITY)),
                bad("malformedLineRate", b -> b.malformedLineRate(0.2)),
                bad("duplicateLineRate", b -> b.duplicateLineRate(-0.01)),
                bad("lateFileRate", b -> b.lateFileRate(1.01)),
                bad("meterReplacements", b -> b.apartments(10).meterReplacements(11)),
                bad("weatherGaps", b -> b.apartments(1).days(2).weatherGaps(3)),
                bad("energyResolutionKwh", b -> b.energyResolutionKwh(0.5)),
                bad("meterReportMinutes", b -> b.meterReportMinutes(20)),
                bad("meterReportMinutes", b -> b.meterReportMinutes(105)),
                bad("apartmentsPerFile", b -> b.apartmentsPerFile(0)),
                bad("threads", b -> b.threads(0)),
                bad("threads", b -> b.threads(257)));
    }

    private static Arguments bad(String name, UnaryOperator<SimulationOptions.Builder> change) {
        return Arguments.of(name, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void given_an_out_of_range_option_when_built_then_the_error_names_it(String name,
            UnaryOperator<SimulationOptions.Builder> change) {
        assertThatThrownBy(() -> change.apply(SimulationOptions.builder()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(name + " must");
    }

    @Test
    void given_null_sets_or_dates_when_set_then_they_are_rejected() {
        assertThatThrownBy(() -> SimulationOptions.builder().faultKinds(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("faultKinds");
        assertThatThrownBy(() -> SimulationOptions.builder().dataFaults(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("dataFaults");
        assertThatThrownBy(() -> SimulationOptions.builder().startDate(null).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("startDate");
        assertThatThrownBy(() -> SimulationOptions.builder().zone(null).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("zone");
    }

    @Test
    void given_empty_kind_sets_when_built_then_they_are_accepted_and_immutable() {
        SimulationOptions o = SimulationOptions.builder().faultKinds(EnumSet.noneOf(EventKind.class))
                .dataFaults(Set.of()).build();
        assertThat(o.faultKinds()).isEmpty();
        assertThatThrownBy(() -> o.dataFaults().add(DataFaultKind.LATE_FILE))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
