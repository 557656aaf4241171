package io.iotad.features.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.progress.ProgressListener;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.SensorSeries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-input corpus: every kind of bad line is quarantined with its named reason, and the valid
 * lines around it all arrive.
 */
class MalformedInputCorpusTest {
    private static final String OK_HEAD = "{\"timestamp_str\": \"2024-01-01T00:00:00Z\", \"building_id\": \"b1\", \"apartment_id\": \"bad\", ";

    @TempDir
    Path dir;

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of("not JSON", "this is not json", QuarantineReason.INVALID_JSON),
                Arguments.of("truncated line", OK_HEAD + "\"readings\": [{\"sensor_type\": \"room_temp_c\", \"val",
                        QuarantineReason.INVALID_JSON),
                Arguments.of("trailing garbage", OK_HEAD + "\"readings\": []} x", QuarantineReason.INVALID_JSON),
                Arguments.of("JSON array, not object", "[1, 2, 3]", QuarantineReason.NOT_AN_OBJECT),
                Arguments.of("missing timestamp_str", "{\"building_id\": \"b1\", \"apartment_id\": \"bad\", \"readings\": []}",
                        QuarantineReason.MISSING_FIELD),
                Arguments.of("missing apartment_id", "{\"timestamp_str\": \"2024-01-01T00:00:00Z\", \"building_id\": \"b1\", \"readings\": []}",
                        QuarantineReason.MISSING_FIELD),
                Arguments.of("missing building_id", "{\"timestamp_str\": \"2024-01-01T00:00:00Z\", \"apartment_id\": \"bad\", \"readings\": []}",
                        QuarantineReason.MISSING_FIELD),
                Arguments.of("missing readings", OK_HEAD + "\"x\": 1}", QuarantineReason.MISSING_FIELD),
                Arguments.of("reading without sensor_type", OK_HEAD + "\"readings\": [{\"value\": 1.0}]}", QuarantineReason.MISSING_FIELD),
                Arguments.of("reading without value", OK_HEAD + "\"readings\": [{\"sensor_type\": \"room_temp_c\"}]}",
                        QuarantineReason.MISSING_FIELD),
                Arguments.of("empty apartment_id", "{\"timestamp_str\": \"2024-01-01T00:00:00Z\", \"building_id\": \"b1\", \"apartment_id\": \"\", \"readings\": []}",
                        QuarantineReason.EMPTY_ID),
                Arguments.of("empty building_id", "{\"timestamp_str\": \"2024-01-01T00:00:00Z\", \"building_id\": \"\", \"apartment_id\": \"a\", \"readings\": []}",
                        QuarantineReason.EMPTY_ID),
                Arguments.of("numeric apartment_id", "{\"timestamp_str\": \"2024-01-01T00:00:00Z\", \"building_id\": \"b1\", \"apartment_id\": 404, \"readings\": []}",
                        QuarantineReason.WRONG_TYPE),
                Arguments.of("null building_id", "{\"timestamp_str\": \"2024-01-01T00:00:00Z\", \"building_id\": null, \"apartment_id\": \"a\", \"readings\": []}",
                        QuarantineReason.WRONG_TYPE),
                Arguments.of("numeric sensor_type", OK_HEAD + "\"readings\": [{\"sensor_type\": 7, \"value\": 1.0}]}", QuarantineReason.WRONG_TYPE),
                Arguments.of("numeric room_name", OK_HEAD + "\"readings\": [{\"sensor_type\": \"room_temp_c\", \"room_name\": 3, \"value\": 1.0}]}",
                        QuarantineReason.WRONG_TYPE),
                Arguments.of("string value", OK_HEAD + "\"readings\": [{\"sensor_type\": \"room_temp_c\", \"value\": \"21.5\"}]}",
                        QuarantineReason.VALUE_NOT_NUMBER),
                Arguments.of("boolean value", OK_HEAD + "\"readings\": [{\"sensor_type\": \"room_temp_c\", \"value\": true}]}",
                        QuarantineReason.VALUE_NOT_NUMBER),
                Arguments.of("null value", OK_HEAD + "\"readings\": [{\"sensor_type\": \"room_temp_c\", \"value\": null}]}",
                        QuarantineReason.VALUE_NOT_NUMBER),
                Arguments.of("object value", OK_HEAD + "\"readings\": [{\"sensor_type\": \"room_temp_c\", \"value\": {\"v\": 1}}]}",
                        QuarantineReason.VALUE_NOT_NUMBER),
                Arguments.of("NaN value", OK_HEAD + "\"readings\": [{\"sensor_type\": \"room_temp_c\", \"value\": NaN}]}",
                        QuarantineReason.VALUE_NOT_FINITE),
                Arguments.of("Infinity value", OK_HEAD + "\"readings\": [{\"sensor_type\": \"room_temp_c\", \"value\": Infinity}]}",
                        QuarantineReason.VALUE_NOT_FINITE),
                Arguments.of("-Infinity value", OK_HEAD + "\"readings\": [{\"sensor_type\": \"room_temp_c\", \"value\": -Infinity}]}",
                        QuarantineReason.VALUE_NOT_FINITE),
                Arguments.of("NaN in an unknown field", OK_HEAD + "\"extra\": NaN, \"readings\": []}", QuarantineReason.INVALID_JSON),
                Arguments.of("Infinity nested in an unknown field", OK_HEAD + "\"extra\": {\"a\": [1, Infinity]}, \"readings\": []}",
                        QuarantineReason.INVALID_JSON),
                Arguments.of("-Infinity in an unknown reading field", OK_HEAD + "\"readings\": [{\"sensor_type\": \"room_temp_c\", "
                        + "\"q\": -Infinity, \"value\": 1}]}", QuarantineReason.INVALID_JSON),
                Arguments.of("NaN as apartment_id", "{\"timestamp_str\": \"2024-01-01T00:00:00Z\", \"building_id\": \"b1\", "
                        + "\"apartment_id\": NaN, \"readings\": []}", QuarantineReason.INVALID_JSON),
                Arguments.of("value overflowing a double", OK_HEAD + "\"readings\": [{\"sensor_type\": \"room_temp_c\", \"value\": 1e400}]}",
                        QuarantineReason.VALUE_NOT_FINITE),
                Arguments.of("number with leading zero", OK_HEAD + "\"readings\": [{\"sensor_type\": \"room_temp_c\", \"value\": 021}]}",
                        QuarantineReason.INVALID_JSON),
                Arguments.of("readings not an array", OK_HEAD + "\"readings\": {\"sensor_type\": \"room_temp_c\", \"value\": 1}}",
                        QuarantineReason.WRONG_TYPE),
                Arguments.of("reading not an object", OK_HEAD + "\"readings\": [21.5]}", QuarantineReason.WRONG_TYPE),
                Arguments.of("one good and one bad reading", OK_HEAD + "\"readings\": [{\"sensor_type\": \"room_temp_c\", \"value\": 20}, "
                        + "{\"sensor_type\": \"room_temp_c\", \"value\": \"x\"}]}", QuarantineReason.VALUE_NOT_NUMBER),
                Arguments.of("timestamp without offset", ts("2024-01-01T00:00:00"), QuarantineReason.BAD_TIMESTAMP_FORMAT),
                Arguments.of("timestamp with space for T", ts("2024-01-01 00:00:00Z"), QuarantineReason.BAD_TIMESTAMP_FORMAT),
                Arguments.of("timestamp as epoch number", OK_HEAD.replace("\"2024-01-01T00:00:00Z\"", "1704067200")
                        + "\"readings\": []}", QuarantineReason.WRONG_TYPE),
                Arguments.of("timestamp with 10 fraction digits", ts("2024-01-01T00:00:00.1234567890Z"), QuarantineReason.BAD_TIMESTAMP_FORMAT),
                Arguments.of("timestamp offset without colon", ts("2024-01-01T00:00:00+0100"), QuarantineReason.BAD_TIMESTAMP_FORMAT),
                Arguments.of("invalid date 2024-02-30", ts("2024-02-30T00:00:00Z"), QuarantineReason.INVALID_TIMESTAMP),
                Arguments.of("February 29 of a common year", ts("2023-02-29T00:00:00Z"), QuarantineReason.INVALID_TIMESTAMP),
                Arguments.of("hour 24", ts("2024-01-01T24:00:00Z"), QuarantineReason.INVALID_TIMESTAMP),
                Arguments.of("leap second", ts("2016-12-31T23:59:60Z"), QuarantineReason.INVALID_TIMESTAMP),
                Arguments.of("bad offset +05:75", ts("2024-01-01T00:00:00+05:75"), QuarantineReason.INVALID_TIMESTAMP),
                Arguments.of("year outside nanosecond range", ts("1600-01-01T00:00:00Z"), QuarantineReason.INVALID_TIMESTAMP),
                Arguments.of("raw control character in a string", "{\"timestamp_str\": \"2024-01-01T00:00:00Z\", \"building_id\": \"b1\", "
                        + "\"apartment_id\": \"a\u0000\", \"readings\": []}", QuarantineReason.INVALID_JSON),
                Arguments.of("BOM in the middle of a file", "\uFEFF" + OK_HEAD + "\"readings\": []}", QuarantineReason.INVALID_JSON),
                Arguments.of("unpaired surrogate escape", "{\"timestamp_str\": \"2024-01-01T00:00:00Z\", \"building_id\": \"b1\", "
                        + "\"apartment_id\": \"\\ud800\", \"readings\": []}", QuarantineReason.INVALID_JSON));
    }

    private static String ts(String timestamp) {
        return OK_HEAD.replace("2024-01-01T00:00:00Z", timestamp)
                + "\"readings\": [{\"sensor_type\": \"room_temp_c\", \"value\": 20}]}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void given_a_bad_line_between_valid_ones_when_ingested_then_it_is_quarantined_with_its_reason_and_no_valid_line_is_lost(
            String kind, String bad, QuarantineReason reason) throws IOException {
        Path file = RawLines.write(dir.resolve("f.jsonl"), List.of(
                RawLines.line("a1", "b1", "2024-01-01T00:00:00Z", 100.0, 20.0),
                bad,
                RawLines.line("a1", "b1", "2024-01-01T01:00:00Z", 101.0, 21.0)));

        IngestResult result = ingest(file);

        assertThat(result.quarantine()).hasSize(1);
        QuarantineRecord q = result.quarantine().get(0);
        assertThat(q.reason()).as(kind + ": " + q.detail()).isEqualTo(reason);
        assertThat(q.line()).isEqualTo(2);
        assertThat(q.file()).isEqualTo(file.toString());
        assertThat(q.detail()).isNotBlank();
        assertThat(result.report().quarantinedByReason()).containsEntry(reason.code(), 1L);
        assertValidLinesArrived(result, new double[] {100.0, 101.0});
    }

    @Test
    void given_invalid_utf8_bytes_in_an_id_when_ingested_then_the_line_is_quarantined_as_invalid_utf8() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((RawLines.line("a1", "b1", "2024-01-01T00:00:00Z", 100.0, 20.0) + "\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes("{\"timestamp_str\": \"2024-01-01T00:00:00Z\", \"building_id\": \"b1\", \"apartment_id\": \"a".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        out.writeBytes("\", \"readings\": []}\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes((RawLines.line("a1", "b1", "2024-01-01T01:00:00Z", 101.0, 21.0) + "\n").getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("utf8.jsonl");
        Files.write(file, out.toByteArray());

        IngestResult result = ingest(file);

        assertThat(result.quarantine()).extracting(QuarantineRecord::reason).containsExactly(QuarantineReason.INVALID_UTF8);
        assertValidLinesArrived(result, new double[] {100.0, 101.0});
    }

    @Test
    void given_crlf_line_endings_a_bom_and_blank_lines_when_ingested_then_all_valid_lines_are_accepted() throws IOException {
        String text = "\uFEFF" + RawLines.line("a1", "b1", "2024-01-01T00:00:00Z", 100.0, 20.0) + "\r\n\r\n   \r\n"
                + RawLines.line("a1", "b1", "2024-01-01T01:00:00Z", 101.0, 21.0) + "\r\n";
        Path file = dir.resolve("crlf.jsonl");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        IngestResult result = ingest(file);

        assertThat(result.quarantine()).isEmpty();
        assertThat(result.report().blankLines()).isEqualTo(2);
        assertThat(result.report().perFile().get(0).byteOrderMark()).isTrue();
        assertValidLinesArrived(result, new double[] {100.0, 101.0});
    }

    @Test
    void given_an_empty_file_and_a_file_without_final_newline_when_ingested_then_both_are_read() throws IOException {
        Files.writeString(dir.resolve("a-empty.jsonl"), "");
        Files.writeString(dir.resolve("b-last.jsonl"), RawLines.line("a1", "b1", "2024-01-01T00:00:00Z", 100.0, 20.0) + "\n"
                + RawLines.line("a1", "b1", "2024-01-01T01:00:00Z", 101.0, 21.0));

        IngestResult result = ingest(dir);

        assertThat(result.report().files()).isEqualTo(2);
        assertThat(result.report().perFile().get(0).lines()).isZero();
        assertValidLinesArrived(result, new double[] {100.0, 101.0});
    }

    @Test
    void given_a_truncated_gzip_when_ingested_then_the_file_is_lost_and_the_run_fails_instead_of_keeping_half_a_day()
            throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            lines.add(RawLines.line("a1", "b1", String.format("2024-01-01T%02d:%02d:%02dZ", i / 3600, (i / 60) % 60, i % 60), i, 20.0));
        }
        Path whole = RawLines.writeGzip(dir.resolve("whole.jsonl.gz"), lines);
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> new RawIngestor(IngestOptions.defaults().withMaxQuarantineShare(1.0))
                .ingest(List.of(cut), ProgressListener.NONE))
                .isInstanceOf(LostRawFileException.class)
                .hasMessageContaining(cut.toString()).hasMessageContaining("truncated_gzip");
    }

    @Test
    void given_a_file_that_is_not_gzip_but_named_gz_when_ingested_then_the_file_is_lost_and_the_run_fails() throws IOException {
        Path file = RawLines.write(dir.resolve("x.jsonl.gz"), List.of(RawLines.line("a1", "b1", "2024-01-01T00:00:00Z", 1, 2)));
        Path good = RawLines.writeGzip(dir.resolve("y.jsonl.gz"), List.of(RawLines.line("a1", "b1", "2024-01-01T01:00:00Z", 1, 2)));

        assertThatThrownBy(() -> new RawIngestor(IngestOptions.defaults().withMaxQuarantineShare(1.0))
                .ingest(List.of(file, good), ProgressListener.NONE))
                .isInstanceOf(LostRawFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not_gzip");
    }

    @Test
    void given_a_line_over_the_length_limit_when_ingested_then_it_is_quarantined_and_the_next_line_is_read() throws IOException {
        String huge = OK_HEAD + "\"pad\": \"" + "x".repeat(5000) + "\", \"readings\": []}";
        Path file = RawLines.write(dir.resolve("long.jsonl"), List.of(
                RawLines.line("a1", "b1", "2024-01-01T00:00:00Z", 100.0, 20.0), huge,
                RawLines.line("a1", "b1", "2024-01-01T01:00:00Z", 101.0, 21.0)));

        IngestResult result = new RawIngestor(IngestOptions.defaults().withMaxLineBytes(2048).withMaxQuarantineShare(1.0))
                .ingest(List.of(file), ProgressListener.NONE);

        assertThat(result.quarantine()).singleElement().satisfies(q -> {
            assertThat(q.reason()).isEqualTo(QuarantineReason.LINE_TOO_LONG);
            assertThat(q.line()).isEqualTo(2);
        });
        assertValidLinesArrived(result, new double[] {100.0, 101.0});
    }

    @Test
    void given_escapes_unicode_ids_and_unknown_fields_when_ingested_then_they_are_decoded_and_skipped() throws IOException {
        String line = "{\"meta\": {\"a\": [1, 2.5e3, \"x\", null, true]}, \"timestamp_str\": \"2024-01-01T00:00:00.5+01:00\", "
                + "\"building_id\": \"b\\u00fc1\", \"apartment_id\": \"apt_\\\"\u00e9\\ud83d\\ude00\", \"readings\": "
                + "[{\"sensor_type\": \"co2_ppm\", \"room_name\": null, \"value\": -1.25E2}, "
                + "{\"sensor_type\": \"room_temp_c\", \"room_name\": \"\", \"value\": 0}]}";
        Path file = RawLines.write(dir.resolve("esc.jsonl"), List.of(line));

        IngestResult result = ingest(file);

        assertThat(result.quarantine()).isEmpty();
        ApartmentReadings apt = result.apartments().get(0);
        assertThat(apt.apartmentId()).isEqualTo("apt_\"\u00e9\uD83D\uDE00");
        assertThat(apt.buildingId()).isEqualTo("b\u00fc1");
        assertThat(apt.reportInstants()).containsExactly(1_704_063_600_500_000_000L);
        assertThat(apt.series()).extracting(SensorSeries::sensorType, SensorSeries::roomName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("co2_ppm", "default"),
                        org.assertj.core.groups.Tuple.tuple("room_temp_c", "default"));
        assertThat(apt.series().get(0).values()).containsExactly(-125.0);
        assertThat(result.report().unknownSensorTypes()).containsEntry("co2_ppm", 1L);
    }

    private IngestResult ingest(Path input) throws IOException {
        return new RawIngestor(IngestOptions.defaults().withMaxQuarantineShare(1.0)).ingest(List.of(input), ProgressListener.NONE);
    }

    private static SensorSeries series(IngestResult result, String sensor) {
        return result.apartments().get(0).series().stream().filter(s -> s.sensorType().equals(sensor)).findFirst().orElseThrow();
    }

    private static void assertValidLinesArrived(IngestResult result, double[] energies) {
        assertThat(result.apartments()).extracting(ApartmentReadings::apartmentId).containsExactly("a1");
        assertThat(series(result, "heating_energy_kwh").values()).containsExactly(energies);
        assertThat(series(result, "room_temp_c").size()).isEqualTo(energies.length);
        assertThat(result.apartments().get(0).reportInstants()).hasSize(energies.length);
    }
}
