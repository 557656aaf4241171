package io.iotad.simulator.physics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ReadingLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 500)
    void a_written_line_parses_back_to_the_same_instant_and_exact_values(
            @ForAll @LongRange(min = 0, max = 4_102_444_800L) long epochSecond,
            @ForAll @LongRange(min = -100_000, max = 10_000_000_000L) long units,
            @ForAll @IntRange(min = 0, max = 3) int scale,
            @ForAll @IntRange(min = -400, max = 400) int tenths) throws IOException {
        ReadingLine line = new ReadingLine("bldg_001", "apt_00001");
        line.start(epochSecond);
        line.add("heating_energy_kwh", units, scale);
        line.add("room_temp_c", "living_room", tenths, 1);
        JsonNode o = JSON.readTree(line.finish());

        assertThat(line.readings()).isEqualTo(2);
        assertThat(Instant.parse(o.get("timestamp_str").asText()).getEpochSecond()).isEqualTo(epochSecond);
        assertThat(o.get("apartment_id").asText()).isEqualTo("apt_00001");
        assertThat(o.get("readings").get(0).get("value").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(units, scale));
        assertThat(o.get("readings").get(1).get("value").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(tenths, 1));
        assertThat(o.get("readings").get(1).get("room_name").asText()).isEqualTo("living_room");
    }
}
