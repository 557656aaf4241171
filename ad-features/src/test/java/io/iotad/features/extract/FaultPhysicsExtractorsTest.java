package io.iotad.features.extract;

import static io.iotad.features.extract.StandardExtractorsTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.iotad.features.readings.ApartmentReadings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fault-physics extractors on small hand-computed fixtures (docs/features.md). */
class FaultPhysicsExtractorsTest {
    private static final long T0 = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() * 1_000_000_000L;
    private static final long HOUR = 3600L * 1_000_000_000L;

    /** An apartment whose readings span {@code n} days (a reading at the start of the first and of the last). */
    private static ApartmentDays daysOf(int n) {
        ApartmentReadings r = new ReadingsBuilder("a", "b").atNanos(T0).energy(0)
                .atNanos(T0 + (n - 1) * 24 * HOUR).energy(0).build();
        return new ApartmentDays(r, null, ZoneId.of("UTC"), StandardExtractorsTest.STALE);
    }

    private static DailyColumns columns(String name, double... values) {
        DailyColumns c = new DailyColumns(values.length);
        c.put(name, values);
        return c;
    }

    @Test
    void given_one_room_below_setpoint_when_extracting_room_deviation_then_worst_spread_and_room_hours_follow_that_room() {
        // living room at its setpoint all along; bedroom 2.5 K below until 12:00 of day 2, then 0.5 K below
        ApartmentReadings r = new ReadingsBuilder("a", "b").at("2024-01-01T00:00:00Z")
                .temp("lr", 21).setpoint("lr", 21).temp("bed", 18.5).setpoint("bed", 21)
                .at("2024-01-02T12:00:00Z").temp("bed", 20.5).build();

        DailyColumns cols = run(r, null, List.of(new RoomSetpointDeviation(1.0)));

        assertThat(cols.get("worst_room_deficit_k")[0]).isCloseTo(2.5, within(1e-12));
        assertThat(cols.get("max_room_excess_k")[0]).isCloseTo(0.0, within(1e-12));
        assertThat(cols.get("room_deficit_spread_k")[0]).isCloseTo(2.5, within(1e-12));
        assertThat(cols.get("room_hours_below_setpoint")[0]).isEqualTo(24.0);
        // day 2: the 12:00 reading is the value of slot 47 (ends 12:00): 47 slots at 2.5 K, 49 at 0.5 K
        assertThat(cols.get("worst_room_deficit_k")[1]).isCloseTo((47 * 2.5 + 49 * 0.5) / 96, within(1e-12));
        assertThat(cols.get("room_hours_below_setpoint")[1]).isEqualTo(47 * 0.25);
    }

    @Test
    void given_a_room_above_its_setpoint_when_extracting_room_deviation_then_the_excess_is_positive() {
        ApartmentReadings r = new ReadingsBuilder("a", "b").at("2024-01-01T00:00:00Z")
                .temp("lr", 24).setpoint("lr", 21).temp("bed", 20).setpoint("bed", 20).build();

        DailyColumns cols = run(r, null, List.of(new RoomSetpointDeviation(1.0)));

        assertThat(cols.get("max_room_excess_k")[0]).isCloseTo(3.0, within(1e-12));
        assertThat(cols.get("worst_room_deficit_k")[0]).isCloseTo(0.0, within(1e-12));
        assertThat(cols.get("room_deficit_spread_k")[0]).isCloseTo(3.0, within(1e-12));
        assertThat(cols.get("room_hours_below_setpoint")[0]).isEqualTo(0.0);
    }

    @Test
    void given_heating_only_in_day_hours_when_extracting_the_shape_then_duty_cycle_and_night_day_ratio_follow() {
        // day 1: 1 kWh in each hour 06-22 (16 hours), nothing at night; day 2: 1 kWh in every hour, 3 in hour 10
        ReadingsBuilder b = new ReadingsBuilder("a", "b");
        double e = 0;
        for (int h = 0; h <= 48; h++) {
            b.atNanos(T0 + h * HOUR).energy(e).temp("lr", 20);
            int hourOfDay = h % 24;
            if (h < 24) {
                e += hourOfDay >= 6 && hourOfDay < 22 ? 1 : 0;
            } else {
                e += hourOfDay == 10 ? 3 : 1;
            }
        }
        DailyColumns cols = run(b.build(), null, List.of(new HeatingShape()));

        assertThat(cols.get("heating_duty_cycle")[0]).isCloseTo(16.0 / 24, within(1e-12));
        assertThat(cols.get("night_day_energy_ratio")[0]).isEqualTo(0.0);
        assertThat(cols.get("heating_duty_cycle")[1]).isEqualTo(1.0);
        assertThat(cols.get("night_day_energy_ratio")[1]).isCloseTo((8.0 / 8) / (18.0 / 16), within(1e-12));
        assertThat(cols.get("heating_duty_cycle")[2]).isEqualTo(0.0); // last day: not silent, the counter did not move
    }

    @Test
    void given_a_stuck_meter_when_extracting_the_shape_then_the_duty_cycle_is_zero() {
        ReadingsBuilder b = new ReadingsBuilder("a", "b");
        for (int h = 0; h <= 48; h++) {
            b.atNanos(T0 + h * HOUR).energy(500).temp("lr", 21);
        }
        DailyColumns cols = run(b.build(), null, List.of(new HeatingShape()));

        assertThat(cols.get("heating_duty_cycle")[0]).isEqualTo(0.0);
        assertThat(cols.get("night_day_energy_ratio")[0]).isNaN(); // no energy in the day hours
    }

    @Test
    void given_a_column_when_comparing_it_with_its_trailing_baseline_then_median_and_mad_of_the_days_before_are_used() {
        DailyColumns cols = columns("x", 1, 2, 3, 4, 5, 10, Double.NaN);

        new TrailingBaseline("x", 5, 3, 0.0, "x_base").extract(daysOf(7), cols);

        double[] z = cols.get("x_base_z");
        double[] ratio = cols.get("x_base_ratio");
        assertThat(z[2]).isNaN(); // only 2 days before it
        // day 3: window 1,2,3: median 2, MAD 1
        assertThat(z[3]).isCloseTo((4 - 2) / 1.4826, within(1e-12));
        // day 5: window 1..5: median 3, MAD median(2,1,0,1,2) = 1
        assertThat(z[5]).isCloseTo((10 - 3) / 1.4826, within(1e-12));
        assertThat(ratio[5]).isCloseTo(10.0 / 3, within(1e-12));
        assertThat(z[6]).isNaN(); // the value itself is missing
    }

    @Test
    void given_a_steady_column_when_comparing_it_with_its_baseline_then_the_scale_floor_keeps_z_finite() {
        DailyColumns cols = columns("x", 2, 2, 2, 2.2);

        new TrailingBaseline("x", 3, 3, 0.05, "b").extract(daysOf(4), cols);

        assertThat(cols.get("b_z")[3]).isCloseTo(0.2 / (0.05 * 2), within(1e-12)); // MAD 0: scale = 5 % of the median
    }

    @Test
    void given_a_rising_column_when_extracting_its_trend_then_the_slope_is_relative_to_the_window_mean() {
        DailyColumns cols = columns("x", 2, 4, 6, 8, Double.NaN, 12);

        new TrailingSlope("x", 3, 3, "trend").extract(daysOf(6), cols);

        double[] t = cols.get("trend");
        assertThat(t[1]).isNaN(); // two values
        assertThat(t[2]).isCloseTo(2.0 / 4.0, within(1e-12)); // slope 2 per day over a mean of 4
        assertThat(t[3]).isCloseTo(2.0 / 6.0, within(1e-12));
        assertThat(t[4]).isNaN(); // 6, 8 and a missing day: two values
        assertThat(t[5]).isNaN(); // 8, missing, 12
    }

    @Test
    void given_residents_who_leave_when_extracting_occupancy_then_hot_water_and_setpoint_fall_against_their_baseline() {
        ReadingsBuilder b = new ReadingsBuilder("a", "b");
        double water = 0;
        for (int h = 0; h <= 5 * 24; h++) {
            boolean away = h > 3 * 24; // from 01:00 of day 3
            b.atNanos(T0 + h * HOUR).reading("hot_water_litres", "default", water).temp("lr", 21)
                    .setpoint("lr", away ? 14 : (h % 24 == 7 ? 22 : 21));
            water += !away && h % 24 >= 6 && h % 24 < 10 ? 25 : 0; // 100 litres a day in hours 06-10
        }
        DailyColumns cols = run(b.build(), null,
                List.of(CounterConsumption.hotWater(), new RoomClimateAverages(), new Occupancy(3, 2)));

        assertThat(cols.get("daily_hot_water_litres")).startsWith(100.0, 100.0, 100.0, 0.0);
        assertThat(cols.get("hot_water_vs_baseline")[1]).isNaN(); // one day before it
        assertThat(cols.get("hot_water_vs_baseline")[2]).isEqualTo(1.0);
        assertThat(cols.get("hot_water_vs_baseline")[3]).isEqualTo(0.0);
        assertThat(cols.get("hot_water_hours")[0]).isEqualTo(4.0);
        assertThat(cols.get("hot_water_hours")[3]).isEqualTo(0.0);
        // the setpoint is 22 in slots 27..30 (the 07:00 reading is slot 27's value, the 08:00 one restores 21): 4 of 96
        double usual = 21 + 4.0 / 96;
        assertThat(cols.get("avg_setpoint_temp_c")[1]).isCloseTo(usual, within(1e-12));
        assertThat(cols.get("setpoint_vs_baseline_k")[2]).isCloseTo(0.0, within(1e-12));
        assertThat(cols.get("setpoint_vs_baseline_k")[4]).isCloseTo(14 - usual, within(1e-12)); // window: days 1, 2, 3
        // a change to 22 at 07:00 and back at 08:00 on days 0-2; 21 -> 14 at 01:00 on day 3; none after
        assertThat(cols.get("setpoint_changes")).containsExactly(2.0, 2.0, 2.0, 1.0, 0.0, 0.0);
    }

    @Test
    void given_a_building_day_when_comparing_each_apartment_with_its_peers_then_itself_is_left_out() {
        String[] buildings = {"b1", "b1", "b1", "b1", "b2"};
        LocalDate day = LocalDate.parse("2024-01-01");
        LocalDate[] dates = {day, day, day, day, day};
        PeerGroups groups = PeerGroups.of(buildings, dates);

        double[] z = new PeerRelative("x", 3, 0.02, "peer_x").extractAcross(groups,
                Map.of("x", new double[] {1.0, 1.1, 0.9, 2.0, 5.0})).get("peer_x");

        assertThat(groups.groupCount()).isEqualTo(2);
        // row 3 against 1.0, 1.1, 0.9: median 1.0, MAD 0.1
        assertThat(z[3]).isCloseTo((2.0 - 1.0) / (1.4826 * 0.1), within(1e-9));
        // row 0 against 1.1, 0.9, 2.0: median 1.1, MAD median(0, 0.2, 0.9) = 0.2
        assertThat(z[0]).isCloseTo((1.0 - 1.1) / (1.4826 * 0.2), within(1e-9));
        assertThat(z[4]).isNaN(); // alone in its building
    }

    @Test
    void given_bad_parameters_when_creating_the_fault_physics_extractors_then_each_is_refused_by_name() {
        assertThatThrownBy(() -> new RoomSetpointDeviation(0)).hasMessageContaining("belowK");
        assertThatThrownBy(() -> new TrailingBaseline("x", 1, 1, 0, "o")).hasMessageContaining("window");
        assertThatThrownBy(() -> new TrailingBaseline("x", 5, 6, 0, "o")).hasMessageContaining("minPresent");
        assertThatThrownBy(() -> new TrailingBaseline("x", 5, 3, 2, "o")).hasMessageContaining("minScaleShare");
        assertThatThrownBy(() -> new TrailingSlope("x", 5, 2, "o")).hasMessageContaining("minPresent");
        assertThatThrownBy(() -> new Occupancy(28, 0)).hasMessageContaining("minPresent");
        assertThatThrownBy(() -> new PeerRelative("x", 0, 0.1, "o")).hasMessageContaining("minPeers");
        assertThatThrownBy(() -> new PeerRelative("x", 3, 0, "o")).hasMessageContaining("minScale");
        assertThatThrownBy(() -> new PeerRelative(" ", 3, 1, "o")).hasMessageContaining("source");
    }
}
