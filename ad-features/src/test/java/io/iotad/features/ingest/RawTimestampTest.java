package io.iotad.features.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawTimestampTest {
    private static long parse(String s, RawTimestamp.LastDate last) throws RejectedLine {
        byte[] b = ("xx" + s + "yy").getBytes(StandardCharsets.UTF_8);
        return RawTimestamp.epochNanos(b, 2, b.length - 4, last);
    }

    private static long expected(String s) {
        OffsetDateTime t = OffsetDateTime.parse(s);
        return t.toEpochSecond() * 1_000_000_000L + t.getNano();
    }

    @Test
    void given_lines_on_repeated_and_changing_dates_when_parsed_with_one_memo_then_each_equals_a_fresh_parse() throws RejectedLine {
        List<String> stamps = List.of("2024-11-14T00:59:40Z", "2024-11-14T01:59:54Z", "2024-11-14T23:00:00.5+02:00",
                "2024-11-15T00:00:00Z", "2024-11-14T12:00:00-05:30", "2024-02-29T12:00:00.123456789Z",
                "2024-02-29T13:00:00Z", "1970-01-01T00:00:00Z");
        RawTimestamp.LastDate memo = new RawTimestamp.LastDate();
        for (String s : stamps) {
            assertThat(parse(s, memo)).as(s).isEqualTo(expected(s)).isEqualTo(parse(s, new RawTimestamp.LastDate()));
        }
    }

    @Test
    void given_a_remembered_date_when_the_next_line_has_a_bad_time_or_another_invalid_date_then_it_is_still_rejected() throws RejectedLine {
        RawTimestamp.LastDate memo = new RawTimestamp.LastDate();
        parse("2023-02-28T10:00:00Z", memo);

        assertThatThrownBy(() -> parse("2023-02-28T24:00:00Z", memo)).isInstanceOf(RejectedLine.class)
                .satisfies(e -> assertThat(((RejectedLine) e).reason()).isEqualTo(QuarantineReason.INVALID_TIMESTAMP));
        assertThatThrownBy(() -> parse("2023-02-28T10:00:00", memo)).isInstanceOf(RejectedLine.class)
                .satisfies(e -> assertThat(((RejectedLine) e).reason()).isEqualTo(QuarantineReason.BAD_TIMESTAMP_FORMAT));
        assertThatThrownBy(() -> parse("2023-02-29T10:00:00Z", memo)).isInstanceOf(RejectedLine.class)
                .satisfies(e -> assertThat(((RejectedLine) e).reason()).isEqualTo(QuarantineReason.INVALID_TIMESTAMP));
        assertThat(parse("2023-02-28T11:00:00Z", memo)).isEqualTo(expected("2023-02-28T11:00:00Z"));
    }
}
