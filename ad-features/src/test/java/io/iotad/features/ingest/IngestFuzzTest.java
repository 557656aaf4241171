package io.iotad.features.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.progress.ProgressListener;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.SensorSeries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes the raw JSON Lines parser through the real ingestion: a line edited at random (JSON's own
 * bytes inserted, replaced or deleted; invalid UTF-8; control bytes; line breaks) or a line of random
 * bytes, between two valid lines, is accepted or quarantined with a reason and its line number; no
 * exception escapes, and the valid lines around it arrive whole. Nothing is lost silently.
 *
 * <p>The valid lines' apartment, {@code keep_1}, cannot be produced by an edit (no edit inserts a
 * {@code k}, {@code p} or {@code _}), so an accepted edited line never adds to its readings.
 */
class IngestFuzzTest {
    /** Bytes a JSON parser treats specially, and bytes no valid line holds. */
    private static final byte[] TOKENS = tokens();
    /** Edited lines: every field and shape the parser reads (escapes, exponents, nulls, nested unknown fields). */
    private static final List<String> TEMPLATES = List.of(
            RawLines.line("m7", "b9", "2024-01-01T00:30:00Z", 50.5, 19.25),
            "{\"timestamp_str\": \"2024-01-01T00:30:00+01:00\", \"building_id\": \"b\\u00e9\", \"apartment_id\": \"m\\\"7\", "
                    + "\"extra\": {\"a\": [1, 2.5e3, null, true, {\"b\": \"c\"}]}, \"readings\": ["
                    + "{\"sensor_type\": \"setpoint_temp_c\", \"room_name\": \"bed room\", \"value\": 2.1E1}, "
                    + "{\"sensor_type\": \"hot_water_litres\", \"room_name\": null, \"value\": -0.0}, "
                    + "{\"sensor_type\": \"room_temp_c\", \"room_name\": \"k\\u00fcche\", \"value\": 20}]}",
            "{\"readings\": [{\"value\": 1e-3, \"sensor_type\": \"heating_energy_kwh\"}], \"apartment_id\": \"m8\", "
                    + "\"building_id\": \"b9\", \"timestamp_str\": \"2024-01-01T00:45:00.123Z\"}");

    /** The raw file, rewritten by every try (jqwik runs a property's tries one after another). */
    private static Path file;

    /** One edit of a line: replace, insert or delete {@code length} bytes at {@code position}. */
    record Edit(int kind, int position, int length, int token) {
    }

    @BeforeContainer
    static void createFile() throws IOException {
        file = Files.createTempFile("iotad-ingest-fuzz", ".jsonl");
    }

    @AfterContainer
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Provide
    Arbitrary<Edit> edit() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 1 << 16),
                Arbitraries.integers().between(1, 8), Arbitraries.integers().between(0, TOKENS.length - 1)).as(Edit::new);
    }

    @Property(tries = 400)
    void an_edited_line_is_accepted_or_quarantined_with_a_reason_and_the_valid_lines_arrive(
            @ForAll("template") int template, @ForAll @Size(min = 1, max = 4) List<@net.jqwik.api.From("edit") Edit> edits)
            throws IOException {
        byte[] line = TEMPLATES.get(template).getBytes(StandardCharsets.UTF_8);
        for (Edit e : edits) {
            line = apply(line, e);
        }
        Statistics.label("edited line").collect(ingestBetweenValidLines(line) ? "quarantined" : "accepted");
        Statistics.label("edited line").coverage(c -> c.check("quarantined").percentage(p -> p >= 50));
    }

    @Property(tries = 200)
    void a_line_of_random_bytes_is_accepted_or_quarantined_with_a_reason_and_the_valid_lines_arrive(
            @ForAll @Size(max = 300) byte[] line) throws IOException {
        ingestBetweenValidLines(line);
    }

    @Property(tries = 5_000)
    @Tag("slow")
    void many_edited_lines_are_accepted_or_quarantined_with_a_reason(@ForAll("template") int template,
            @ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.From("edit") Edit> edits) throws IOException {
        byte[] line = TEMPLATES.get(template).getBytes(StandardCharsets.UTF_8);
        for (Edit e : edits) {
            line = apply(line, e);
        }
        Statistics.label("edited line").collect(ingestBetweenValidLines(line) ? "quarantined" : "accepted");
        // both outcomes occur (about 1 % of edited lines stay valid), or the edits test one side of the parser only
        Statistics.label("edited line").coverage(c -> {
            c.check("accepted").count(n -> n >= 5);
            c.check("quarantined").percentage(p -> p >= 50);
        });
    }

    @Provide
    Arbitrary<Integer> template() {
        return Arbitraries.integers().between(0, TEMPLATES.size() - 1);
    }

    /** @return whether a line was quarantined */
    private boolean ingestBetweenValidLines(byte[] edited) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((RawLines.line("keep_1", "b1", "2024-01-01T00:00:00Z", 100.0, 20.0) + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(edited);
        bytes.writeBytes(("\n" + RawLines.line("keep_1", "b1", "2024-01-01T01:00:00Z", 101.0, 21.0) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        Path path = Files.write(file, bytes.toByteArray());
        long physicalLines = lineBreaks(bytes.toByteArray()); // the file ends with a line break

        IngestResult result = new RawIngestor(IngestOptions.defaults().withMaxQuarantineShare(1.0))
                .ingest(List.of(path), ProgressListener.NONE);

        IngestReport report = result.report();
        assertThat(report.linesRead() + report.blankLines()).as("every line is read or skipped as blank")
                .isEqualTo(physicalLines);
        assertThat(report.quarantinedLines()).isEqualTo(result.quarantine().size()).isLessThanOrEqualTo(report.linesRead() - 2);
        assertThat(report.quarantinedByReason().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(report.quarantinedLines());
        for (QuarantineRecord q : result.quarantine()) {
            assertThat(q.reason()).isNotNull();
            assertThat(q.detail()).as("the reason's detail").isNotBlank();
            assertThat(q.line()).isBetween(2L, physicalLines - 1);
            assertThat(q.file()).isEqualTo(path.toString());
        }
        ApartmentReadings kept = result.apartments().stream().filter(a -> a.apartmentId().equals("keep_1")).findFirst()
                .orElseThrow(() -> new AssertionError("the valid lines' apartment did not arrive: " + report.toJson()));
        assertThat(series(kept, "heating_energy_kwh").values()).containsExactly(100.0, 101.0);
        assertThat(series(kept, "room_temp_c").values()).containsExactly(20.0, 21.0);
        return report.quarantinedLines() > 0;
    }

    private static SensorSeries series(ApartmentReadings a, String sensor) {
        return a.series().stream().filter(s -> s.sensorType().equals(sensor)).findFirst().orElseThrow();
    }

    private static byte[] apply(byte[] line, Edit e) {
        int n = line.length;
        int at = n == 0 ? 0 : e.position() % (n + 1);
        int len = e.length();
        byte[] insert = new byte[len];
        for (int i = 0; i < len; i++) {
            insert[i] = TOKENS[(e.token() + 7 * i) % TOKENS.length];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + len);
        switch (e.kind()) {
            case 0 -> { // replace
                out.write(line, 0, at);
                out.writeBytes(insert);
                int from = Math.min(n, at + len);
                out.write(line, from, n - from);
            }
            case 1 -> { // insert
                out.write(line, 0, at);
                out.writeBytes(insert);
                out.write(line, at, n - at);
            }
            default -> { // delete
                int to = Math.min(n, at + len);
                out.write(line, 0, at);
                out.write(line, to, n - to);
            }
        }
        return out.toByteArray();
    }

    /** @return line ends in the bytes: {@code \n}, {@code \r\n} and a lone {@code \r} each end a line */
    private static long lineBreaks(byte[] bytes) {
        long c = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                c++;
            }
        }
        return c;
    }

    private static byte[] tokens() {
        byte[] ascii = "{}[]\",:\\ -+.0123456789eEtrufalsn\t\r\n\u0000\u001f".getBytes(StandardCharsets.US_ASCII);
        byte[] other = {(byte) 0xFF, (byte) 0xC3, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] all = new byte[ascii.length + other.length];
        System.arraycopy(ascii, 0, all, 0, ascii.length);
        System.arraycopy(other, 0, all, ascii.length, other.length);
        return all;
    }
}
