package io.iotad.features.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.data.DataException;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.readings.SensorSeries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 2: a raw file that cannot be read to its end (not gzip although named so, truncated, corrupt,
 * trailing garbage, gzip named .jsonl) is lost, not "one quarantined line": the run fails naming the file, the
 * reason and what was lost, so a lost day never turns into zero consumption. CR-only line ends are line ends
 * (as in the pandas reference's universal newlines), so such a file loses nothing.
 */
class LostRawFileTest {
    @TempDir
    Path dir;

    private static List<String> day(int n) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(RawLines.line("a1", "b1", String.format("2024-01-01T%02d:%02d:%02dZ", i / 3600, (i / 60) % 60, i % 60), i, 20.0));
        }
        return lines;
    }

    private static byte[] gzip(List<String> lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            for (String l : lines) {
                out.write((l + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    private IngestResult ingest(Path... files) throws IOException {
        return new RawIngestor(IngestOptions.defaults().withMaxQuarantineShare(1.0)).ingest(List.of(files), ProgressListener.NONE);
    }

    private LostRawFileException lost(Path... files) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> ingest(files));
        assertThat(t).isInstanceOf(LostRawFileException.class).isInstanceOf(DataException.class);
        return (LostRawFileException) t;
    }

    @Test
    void given_a_plain_file_named_jsonl_gz_when_ingested_then_the_run_fails_naming_the_file_and_every_byte_lost() throws IOException {
        Path plain = RawLines.write(dir.resolve("2024-01-01.jsonl.gz"), day(50));
        Path good = RawLines.writeGzip(dir.resolve("2024-01-02.jsonl.gz"), day(10));
        long size = Files.size(plain);

        LostRawFileException e = lost(plain, good);

        assertThat(e.losses()).singleElement().satisfies(loss -> {
            assertThat(loss.file()).isEqualTo(plain.toString());
            assertThat(loss.reason()).isEqualTo(FileLossReason.NOT_GZIP);
            assertThat(loss.linesRead()).isZero();
            assertThat(loss.fromByte()).isZero();
            assertThat(loss.bytesLost()).isEqualTo(size);
        });
        assertThat(e).hasMessageContaining(plain.toString()).hasMessageContaining("not_gzip")
                .hasMessageContaining("0 lines read").hasMessageContaining(size + " of " + size + " bytes lost")
                .hasMessageContaining("rename it to .jsonl");
    }

    @Test
    void given_a_truncated_gzip_when_ingested_then_the_run_fails_naming_the_lines_kept_and_the_lost_rest() throws IOException {
        byte[] whole = gzip(day(2000));
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));

        LostRawFileException e = lost(cut);

        FileLoss loss = e.losses().get(0);
        assertThat(loss.reason()).isEqualTo(FileLossReason.TRUNCATED_GZIP);
        assertThat(loss.linesRead()).isGreaterThan(100).isLessThan(2000);
        assertThat(loss.bytesLost()).isEqualTo(-1); // the size the trailer would have named is unknown
        assertThat(e).hasMessageContaining(cut.toString()).hasMessageContaining("truncated_gzip")
                .hasMessageContaining(loss.linesRead() + " lines read").hasMessageContaining("the rest of the file is lost");
    }

    @Test
    void given_a_gzip_with_trailing_garbage_when_ingested_then_the_run_fails_counting_the_garbage_bytes() throws IOException {
        byte[] member = gzip(day(100));
        byte[] garbage = "garbage here\n".getBytes(StandardCharsets.US_ASCII);
        Path file = dir.resolve("g.jsonl.gz");
        Files.write(file, concat(member, garbage));

        LostRawFileException e = lost(file);

        FileLoss loss = e.losses().get(0);
        assertThat(loss.reason()).isEqualTo(FileLossReason.TRAILING_GARBAGE);
        assertThat(loss.linesRead()).isEqualTo(100);
        assertThat(loss.fromByte()).isEqualTo(member.length);
        assertThat(loss.bytesLost()).isEqualTo(garbage.length);
        assertThat(e).hasMessageContaining("trailing_garbage").hasMessageContaining(garbage.length + " of " + (member.length
                + garbage.length) + " bytes lost");
    }

    @Test
    void given_a_gzip_whose_compressed_data_is_damaged_when_ingested_then_the_run_fails_as_corrupt() throws IOException {
        byte[] bytes = gzip(day(3000));
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
            bytes[i] ^= 0x5A;
        }
        Path file = dir.resolve("damaged.jsonl.gz");
        Files.write(file, bytes);

        LostRawFileException e = lost(file);

        assertThat(e.losses().get(0).reason()).isEqualTo(FileLossReason.CORRUPT_GZIP);
        assertThat(e).hasMessageContaining(file.toString()).hasMessageContaining("corrupt_gzip");
    }

    @Test
    void given_gzip_data_in_a_file_named_jsonl_when_ingested_then_the_run_fails_instead_of_quarantining_binary_lines()
            throws IOException {
        Path file = dir.resolve("day.jsonl");
        Files.write(file, gzip(day(500)));

        LostRawFileException e = lost(file);

        assertThat(e.losses().get(0).reason()).isEqualTo(FileLossReason.GZIP_NOT_NAMED_GZ);
        assertThat(e).hasMessageContaining("rename it to .jsonl.gz");
    }

    @Test
    void given_several_lost_files_when_ingested_then_every_one_is_listed() throws IOException {
        Path a = RawLines.write(dir.resolve("a.jsonl.gz"), day(5));
        Path b = RawLines.write(dir.resolve("b.jsonl.gz"), day(5));

        LostRawFileException e = lost(a, b);

        assertThat(e.losses()).extracting(FileLoss::file).containsExactly(a.toString(), b.toString());
        assertThat(e).hasMessageContaining("1 more lost file: " + b);
    }

    @Test
    void given_concatenated_gzip_members_and_zero_padding_when_ingested_then_every_line_is_read_and_the_padding_counted()
            throws IOException {
        List<String> lines = day(300);
        Path file = dir.resolve("multi.jsonl.gz");
        Files.write(file, concat(gzip(lines.subList(0, 100)), gzip(lines.subList(100, 300)), new byte[512]));

        IngestResult result = ingest(file);

        assertThat(result.report().linesRead()).isEqualTo(300);
        assertThat(result.report().perFile().get(0).gzipPaddingBytes()).isEqualTo(512);
        SensorSeries energy = energy(result);
        assertThat(energy.size()).isEqualTo(300);
    }

    @Test
    void given_an_empty_file_named_gz_when_ingested_with_another_file_then_it_holds_no_line_and_nothing_is_lost()
            throws IOException {
        Path empty = dir.resolve("empty.jsonl.gz");
        Files.write(empty, new byte[0]);
        Path good = RawLines.writeGzip(dir.resolve("good.jsonl.gz"), day(3));

        IngestResult result = ingest(empty, good);

        assertThat(result.report().perFile().get(0).lines()).isZero();
        assertThat(result.report().linesRead()).isEqualTo(3);
    }

    @Test
    void given_cr_only_line_ends_when_ingested_then_every_line_is_read_as_with_lf_and_the_bare_crs_are_counted()
            throws IOException {
        // 6000 lines of ~190 bytes cross the reader's 256 KiB buffer boundary several times
        List<String> lines = day(6000);
        Path lf = dir.resolve("lf/d.jsonl");
        RawLines.write(lf, lines);
        Path cr = dir.resolve("cr/d.jsonl.gz");
        Files.createDirectories(cr.getParent());
        Files.write(cr, gzipText(String.join("\r", lines) + "\r"));
        Path mixed = dir.resolve("mixed/d.jsonl");
        Files.createDirectories(mixed.getParent());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(lines.get(i)).append(i % 3 == 0 ? "\r" : i % 3 == 1 ? "\r\n" : "\n");
        }
        Files.writeString(mixed, text, StandardCharsets.UTF_8);

        IngestResult byLf = ingest(lf);
        IngestResult byCr = ingest(cr);
        IngestResult byMixed = ingest(mixed);

        assertThat(byCr.quarantine()).isEmpty();
        assertThat(byMixed.quarantine()).isEmpty();
        assertThat(byCr.report().linesRead()).isEqualTo(6000);
        assertThat(byMixed.report().linesRead()).isEqualTo(6000);
        assertThat(byCr.report().perFile().get(0).bareCrLineBreaks()).isEqualTo(6000);
        assertThat(byMixed.report().perFile().get(0).bareCrLineBreaks()).isEqualTo(2000);
        assertThat(byLf.report().perFile().get(0).bareCrLineBreaks()).isZero();
        assertThat(energy(byCr).values()).containsExactly(energy(byLf).values());
        assertThat(energy(byMixed).epochNanos()).containsExactly(energy(byLf).epochNanos());
    }

    @Test
    void given_a_cr_line_end_then_a_bad_line_when_ingested_then_the_bad_line_has_its_own_line_number() throws IOException {
        Path file = dir.resolve("cr.jsonl");
        Files.writeString(file, RawLines.line("a1", "b1", "2024-01-01T00:00:00Z", 1, 20) + "\rnot json\r\n"
                + RawLines.line("a1", "b1", "2024-01-01T01:00:00Z", 2, 20) + "\n", StandardCharsets.UTF_8);

        IngestResult result = ingest(file);

        assertThat(result.quarantine()).singleElement().satisfies(q -> {
            assertThat(q.line()).isEqualTo(2);
            assertThat(q.raw()).isEqualTo("not json");
        });
        assertThat(energy(result).size()).isEqualTo(2);
    }

    private static SensorSeries energy(IngestResult result) {
        return result.apartments().get(0).series().stream().filter(s -> s.sensorType().equals("heating_energy_kwh"))
                .findFirst().orElseThrow();
    }

    private static byte[] gzipText(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
