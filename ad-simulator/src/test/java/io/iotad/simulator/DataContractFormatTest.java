package io.iotad.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.simulator.output.DataFaultKind;
import io.iotad.simulator.output.DataFaultRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The files follow DATA-CONTRACT exactly, and every injected data fault is where data_faults.csv says. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataContractFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final Pattern PART = Pattern.compile("raw/\\d{4}-\\d{2}-\\d{2}/part-\\d{3}\\.jsonl");
    private static final Set<String> SENSORS =
            Set.of("heating_energy_kwh", "hot_water_litres", "room_temp_c", "setpoint_temp_c");

    private Path tmp;
    private SimulationResult result;

    @BeforeAll
    void simulate(@TempDir Path dir) throws IOException {
        tmp = dir;
        SimulationOptions o = SimulationOptions.builder().apartments(20).buildings(3).days(14).seed(5)
                .malformedLineRate(0.003).duplicateLineRate(0.003).lateFileRate(0.5).weatherGaps(2)
                .meterReplacements(2).apartmentsPerFile(8).build();
        result = new PortfolioSimulator(o).run(tmp.resolve("out"));
    }

    private static String header(Path f) throws IOException {
        try (Stream<String> s = Files.lines(f)) {
            return s.findFirst().orElse("");
        }
    }

    @Test
    void given_a_run_when_the_csv_files_are_read_then_their_headers_are_exact() throws IOException {
        assertThat(header(result.buildingsCsv())).isEqualTo(
                "building_id,latitude,longitude,year_built,floor_area_sqm,num_apartments,insulation_type,archetype");
        assertThat(header(result.apartmentsCsv())).isEqualTo("apartment_id,building_id,num_rooms,floor_area_sqm");
        assertThat(header(result.weatherCsv())).isEqualTo(
                "building_id,timestamp_hour,temperature_c,humidity,solar_irradiance_ghi,is_holiday_flag");
        assertThat(header(result.labelsCsv())).isEqualTo("apartment_id,event_date,label,cause");
        assertThat(header(result.eventsCsv())).isEqualTo(
                "event_id,scope,building_id,apartment_id,room_name,kind,start,end,label,severity,onset_hours");
        assertThat(header(result.dataFaultsCsv())).isEqualTo(
                "fault_id,kind,building_id,apartment_id,date,file,line,detail");
        assertThat(Files.readAllLines(result.eventsCsv())).hasSize(result.events().size() + 1);
        assertThat(Files.readAllLines(result.dataFaultsCsv())).hasSize(result.dataFaultsInjected() + 1);
        assertThat(Files.readAllLines(result.apartmentsCsv())).hasSize(21);
    }

    @Test
    void given_raw_files_when_parsed_then_valid_lines_follow_the_contract_and_malformed_ones_are_the_logged_ones()
            throws IOException {
        Map<String, Long> lineCounts = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int malformed = 0;
        int duplicates = 0;
        for (Path f : result.rawFiles()) {
            String rel = result.outDir().relativize(f).toString().replace('\\', '/');
            assertThat(rel).matches(PART);
            List<String> lines = Files.readAllLines(f);
            lineCounts.put(rel, (long) lines.size());
            for (String line : lines) {
                if (!valid(line)) {
                    malformed++;
                } else if (!seen.add(line)) {
                    duplicates++;
                }
            }
        }
        Map<DataFaultKind, List<DataFaultRecord>> byKind = result.dataFaults().stream()
                .collect(Collectors.groupingBy(DataFaultRecord::kind));
        assertThat(byKind.keySet()).containsExactlyInAnyOrder(DataFaultKind.values());
        assertThat(malformed).isEqualTo(byKind.get(DataFaultKind.MALFORMED_LINE).size());
        assertThat(duplicates).isEqualTo(byKind.get(DataFaultKind.DUPLICATE_LINE).size());
        for (DataFaultRecord r : byKind.get(DataFaultKind.MALFORMED_LINE)) {
            assertThat(r.line()).isBetween(2L, lineCounts.get(r.file()));
        }
        assertThat(result.linesWritten()).isEqualTo(result.validLines() + malformed + duplicates);
    }

    private static boolean valid(String line) {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (IOException e) {
            return false;
        }
        if (o == null || !o.hasNonNull("apartment_id") || !o.hasNonNull("timestamp_str")
                || !TIMESTAMP.matcher(o.get("timestamp_str").asText()).matches()) {
            return false;
        }
        Instant.parse(o.get("timestamp_str").asText());
        assertThat(o.get("building_id").asText()).startsWith("bldg_");
        assertThat(o.get("apartment_id").asText()).startsWith("apt_");
        assertThat(o.get("readings").size()).isPositive();
        for (JsonNode r : o.get("readings")) {
            if (!r.get("value").isNumber()) {
                return false;
            }
            String type = r.get("sensor_type").asText();
            assertThat(type).isIn(SENSORS);
            assertThat(r.has("room_name")).isEqualTo(type.endsWith("_c"));
        }
        return true;
    }

    @Test
    void given_weather_when_read_then_every_building_has_every_hour_but_its_gap_days() throws IOException {
        List<String> rows = Files.readAllLines(result.weatherCsv());
        long gaps = result.dataFaults().stream().filter(r -> r.kind() == DataFaultKind.WEATHER_GAP).count();
        assertThat(rows).hasSize(1 + (int) (3 * 14 * 24 - gaps * 24));
        assertThat(rows.get(1)).matches("bldg_\\d{3},2024-10-01T00:00:00Z,-?\\d+\\.\\d,\\d+\\.\\d,\\d+\\.\\d,[01]");
    }

    @Test
    void given_raw_weather_when_read_then_its_coordinates_match_the_buildings() throws IOException {
        Set<String> coordinates = Files.readAllLines(result.buildingsCsv()).stream().skip(1)
                .map(l -> l.split(",")[1] + "," + l.split(",")[2]).collect(Collectors.toSet());
        assertThat(result.weatherRawFiles()).isNotEmpty();
        for (Path f : result.weatherRawFiles()) {
            JsonNode o = JSON.readTree(f.toFile());
            assertThat(coordinates).contains(o.get("latitude").asText() + "," + o.get("longitude").asText());
            int hours = o.get("hourly").get("time").size();
            assertThat(hours).isEqualTo(14 * 24);
            for (String k : List.of("temperature_2m", "cloudcover", "shortwave_radiation", "relative_humidity_2m")) {
                assertThat(o.get("hourly").get(k).size()).as(k).isEqualTo(hours);
            }
        }
    }

    @Test
    void given_labels_when_read_then_they_match_the_events_in_memory() throws IOException {
        List<String> rows = Files.readAllLines(result.labelsCsv());
        assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(result.labels().stream()
                .map(l -> l.apartmentId() + "," + l.eventDate() + "," + l.label() + "," + l.cause()).toList());
    }

    @Test
    void given_a_zone_with_a_daylight_saving_change_when_simulated_then_each_local_day_gets_its_folder() throws IOException {
        SimulationOptions o = SimulationOptions.builder().apartments(3).days(4).startDate(LocalDate.of(2024, 10, 26))
                .zone(ZoneId.of("Europe/Zurich")).build();
        SimulationResult r = new PortfolioSimulator(o).run(tmp.resolve("dst"));
        try (Stream<Path> s = Files.list(r.outDir().resolve("raw"))) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("2024-10-26", "2024-10-27", "2024-10-28", "2024-10-29");
        }
        assertThat(r.linesPerApartmentDay()).isBetween(20.0, 90.0);
    }
}
