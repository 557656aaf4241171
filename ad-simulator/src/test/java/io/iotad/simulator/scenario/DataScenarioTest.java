package io.iotad.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 11 item 2: the data scenarios' command-line form and the Wh rewrite of a raw line. */
class DataScenarioTest {
    @Test
    void the_command_line_form_is_name_building_date() {
        DataScenario s = DataScenario.parse("meter_wh@bldg_03@2025-01-15");

        assertThat(s.kind()).isEqualTo(DataScenario.Kind.METER_WH);
        assertThat(s.buildingId()).isEqualTo("bldg_03");
        assertThat(s.from()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(s).hasToString("meter_wh@bldg_03@2025-01-15");
        assertThat(s.affects("bldg_03", LocalDate.of(2025, 1, 14))).isFalse();
        assertThat(s.affects("bldg_03", LocalDate.of(2025, 1, 15))).isTrue();
        assertThat(s.affects("bldg_04", LocalDate.of(2025, 2, 1))).isFalse();
        assertThat(DataScenario.parse("WEATHER_OFFSET@b1@2025-01-01").kind()).isEqualTo(DataScenario.Kind.WEATHER_OFFSET);
    }

    @Test
    void a_bad_form_names_the_text_and_what_was_expected() {
        assertThatThrownBy(() -> DataScenario.parse("meter_wh@bldg_03")).hasMessageContaining("NAME@BUILDING@DATE");
        assertThatThrownBy(() -> DataScenario.parse("meter_mwh@b@2025-01-01"))
                .hasMessageContaining("unknown name 'meter_mwh'").hasMessageContaining("weather_offset");
        assertThatThrownBy(() -> DataScenario.parse("meter_wh@b@15.1.2025")).hasMessageContaining("'15.1.2025' is not YYYY-MM-DD");
    }

    @Test
    void only_the_heat_counter_is_multiplied_by_a_thousand() {
        String line = "{\"timestamp_str\":\"2025-01-15T00:00:00Z\",\"building_id\":\"b\",\"apartment_id\":\"a\",\"readings\":["
                + "{\"sensor_type\":\"heating_energy_kwh\",\"value\":1234.5},"
                + "{\"sensor_type\":\"hot_water_litres\",\"value\":12.5},"
                + "{\"sensor_type\":\"room_temp_c\",\"room_name\":\"Living\",\"value\":21.3}]}";

        String wh = DataScenario.inWattHours(line);

        assertThat(wh).contains("\"heating_energy_kwh\",\"value\":1234500}").contains("\"value\":12.5}")
                .contains("\"value\":21.3}");
        assertThat(DataScenario.inWattHours(line.replace("1234.5", "0.001"))).contains("\"value\":1}");
    }
}
