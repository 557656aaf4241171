package io.iotad.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.simulator.scenario.DataScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 item 2: a scenario changes what the files report from its day on in its building, nothing else. */
class ScenarioRunTest {
    @TempDir
    Path dir;

    private static SimulationOptions options() {
        return TestRuns.clean(8, 2, 4, Set.of(), 0).build();
    }

    @Test
    void meter_wh_rewrites_the_buildings_heat_counter_from_its_day_and_leaves_the_rest_byte_identical() throws Exception {
        SimulationOptions o = options();
        Path plain = dir.resolve("plain");
        Path wh = dir.resolve("wh");
        TestRuns.run(o, plain);
        String building = "bldg_002";
        DataScenario s = DataScenario.parse("meter_wh@" + building + "@" + o.startDate().plusDays(2));
        new PortfolioSimulator(o, List.of(s)).run(wh);

        for (int d = 0; d < 4; d++) {
            String day = o.startDate().plusDays(d).toString();
            List<String> a = Files.readAllLines(plain.resolve("raw").resolve(day).resolve("part-000.jsonl"));
            List<String> b = Files.readAllLines(wh.resolve("raw").resolve(day).resolve("part-000.jsonl"));
            assertThat(b).hasSameSizeAs(a);
            for (int i = 0; i < a.size(); i++) {
                boolean affected = d >= 2 && a.get(i).contains("\"building_id\":\"" + building + "\"");
                assertThat(b.get(i)).isEqualTo(affected ? DataScenario.inWattHours(a.get(i)) : a.get(i));
            }
        }
        assertThat(Files.readString(wh.resolve("weather.csv"))).isEqualTo(Files.readString(plain.resolve("weather.csv")));
        assertThat(Files.readString(wh.resolve("labels.csv"))).isEqualTo(Files.readString(plain.resolve("labels.csv")));
        assertThat(Files.readString(wh.resolve("scenarios.csv"))).contains("meter_wh," + building + ",");
        assertThat(Files.exists(plain.resolve("scenarios.csv"))).isFalse();
    }

    @Test
    void weather_offset_adds_the_kelvin_to_the_buildings_weather_rows_from_its_day() throws Exception {
        SimulationOptions o = options();
        Path plain = dir.resolve("plain");
        Path off = dir.resolve("off");
        TestRuns.run(o, plain);
        new PortfolioSimulator(o, List.of(DataScenario.parse("weather_offset@bldg_001@" + o.startDate().plusDays(1)))).run(off);

        List<String> a = Files.readAllLines(plain.resolve("weather.csv"));
        List<String> b = Files.readAllLines(off.resolve("weather.csv"));
        assertThat(b).hasSameSizeAs(a);
        int shifted = 0;
        for (int i = 1; i < a.size(); i++) {
            String[] x = a.get(i).split(",");
            String[] y = b.get(i).split(",");
            boolean affected = x[0].equals("bldg_001") && x[1].compareTo(o.startDate().plusDays(1) + "T00") >= 0;
            double delta = Double.parseDouble(y[2]) - Double.parseDouble(x[2]);
            assertThat(delta).isCloseTo(affected ? DataScenario.WEATHER_OFFSET_K : 0, org.assertj.core.api.Assertions.within(0.101));
            shifted += affected ? 1 : 0;
        }
        assertThat(shifted).isPositive();
    }

    @Test
    void a_scenario_naming_an_unknown_building_is_refused_with_the_known_ones() {
        assertThatThrownBy(() -> new PortfolioSimulator(options(), List.of(DataScenario.parse("meter_wh@bldg_009@2024-11-16"))))
                .hasMessageContaining("no building 'bldg_009'").hasMessageContaining("bldg_001 .. bldg_002");
    }
}
