package io.iotad.features.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.data.DataException;
import java.time.OffsetDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hour-stamp parser: its fast path for the common forms agrees with the full parser on every text. */
class HourStampTest {

    @Test
    void the_common_forms_are_read_as_the_hour_they_name() {
        long expected = OffsetDateTime.parse("2024-10-01T05:00:00Z").toEpochSecond();
        assertThat(HourStamp.epochSeconds("2024-10-01T05:00:00Z", 0, "w.csv", 2, "timestamp_hour")).isEqualTo(expected);
        assertThat(HourStamp.epochSeconds("2024-10-01 05:00", 0, "w.csv", 2, "timestamp_hour")).isEqualTo(expected);
        assertThat(HourStamp.epochSeconds("2024-10-01T07:00:00+02:00", 0, "w.csv", 2, "timestamp_hour")).isEqualTo(expected);
        assertThat(HourStamp.epochSeconds("2024-10-01T04:00:00-01:00", 0, "w.csv", 2, "timestamp_hour")).isEqualTo(expected);
        // no offset: the caller's default (here +01:00) applies
        assertThat(HourStamp.epochSeconds("2024-10-01T06:00:00", 3600, "w.csv", 2, "timestamp_hour")).isEqualTo(expected);
        // forms only the full parser reads
        assertThat(HourStamp.epochSeconds(" 2024-10-01T05:00:00.000Z ", 0, "w.csv", 2, "timestamp_hour")).isEqualTo(expected);
        assertThat(HourStamp.epochSeconds("2024-10-01T07:00+0200", 0, "w.csv", 2, "timestamp_hour")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-10-01T05:30:00Z", "2024-02-30T05:00:00Z", "2024-10-01T24:00:00Z",
            "2024-10-01T05:00:00+19:00", "2024-13-01T05:00:00Z", "2024-10-01T05:00:01Z", "2024-10-0lT05:00:00Z",
            "2024-10-01T05:00:00+02:60", ""})
    void a_text_that_is_not_an_hour_start_is_refused_naming_file_line_field_and_value(String text) {
        assertThatThrownBy(() -> HourStamp.epochSeconds(text, 0, "w.csv", 7, "timestamp_hour"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("w.csv").hasMessageContaining("7").hasMessageContaining("timestamp_hour");
    }

    @Property(tries = 2000)
    void the_fast_path_and_the_full_parser_agree(@ForAll("stamps") String text, @ForAll("offsets") int defaultOffset) {
        Object fast = outcome(() -> HourStamp.epochSeconds(text, defaultOffset, "w.csv", 3, "timestamp_hour"));
        Object full = outcome(() -> HourStamp.parsed(text, defaultOffset, "w.csv", 3, "timestamp_hour"));
        assertThat(fast).isEqualTo(full);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.of(0, 3600, -7200, 19800);
    }

    /** Near-canonical texts: valid and invalid dates, hours, minutes, seconds and offsets, in every form. */
    @Provide
    Arbitrary<String> stamps() {
        Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(1899, 2101),
                        Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32))
                .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        Arbitrary<String> sep = Arbitraries.of("T", " ", "t");
        Arbitrary<String> hour = Arbitraries.integers().between(0, 25).map(h -> String.format("%02d", h));
        Arbitrary<String> minute = Arbitraries.of(":00", ":00", ":30", ":0a");
        Arbitrary<String> second = Arbitraries.of("", ":00", ":00", ":07", ":00.000", ":00.5");
        Arbitrary<String> zone = Arbitraries.of("", "Z", "+00:00", "-00:00", "+02:00", "-05:30", "+18:00", "+18:30",
                "+19:00", "+02:60", "+0200", "+02", "z", "+2:00");
        return Combinators.combine(date, sep, hour, minute, second, zone)
                .as((d, s, h, mi, se, z) -> d + s + h + mi + se + z);
    }

    private static Object outcome(java.util.function.LongSupplier parse) {
        try {
            return parse.getAsLong();
        } catch (DataException e) {
            return e.getMessage();
        }
    }
}
