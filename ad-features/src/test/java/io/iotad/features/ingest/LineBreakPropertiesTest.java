package io.iotad.features.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the line ends ({@code \n}, {@code \r\n}, lone {@code \r}) and however the bytes arrive (one at a
 * time or in odd pieces, so a {@code \r} often ends a read and the next read decides whether it is CRLF), a
 * file yields the same lines, readings and line numbers; plain and gzip alike.
 */
class LineBreakPropertiesTest {
    private static final String[] BREAKS = {"\n", "\r\n", "\r"};

    @Property(tries = 60)
    void given_any_mix_of_line_ends_and_read_sizes_when_read_then_the_lines_equal_those_of_lf_ends(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 200) int n, @ForAll @IntRange(min = 1, max = 700) int chunk,
            @ForAll boolean gzip, @ForAll boolean finalBreak) throws IOException {
        Random r = new Random(seed);
        StringBuilder lf = new StringBuilder();
        StringBuilder mixed = new StringBuilder();
        long bareCr = 0;
        for (int i = 0; i < n; i++) {
            String line = i % 17 == 5 ? "not json" : i % 13 == 7 ? "   "
                    : RawLines.line("a" + r.nextInt(3), "b1", String.format("2024-01-01T%02d:%02d:00Z", i / 60, i % 60), i, 20.5);
            lf.append(line);
            mixed.append(line);
            if (i < n - 1 || finalBreak) {
                String br = BREAKS[r.nextInt(BREAKS.length)];
                lf.append('\n');
                mixed.append(br);
                bareCr += br.equals("\r") ? 1 : 0;
            }
        }
        String name = gzip ? "f.jsonl.gz" : "f.jsonl";

        FileBatch expected = read(name, bytes(lf.toString(), gzip), Integer.MAX_VALUE);
        FileBatch actual = read(name, bytes(mixed.toString(), gzip), chunk);

        assertThat(actual.loss).isNull();
        assertThat(actual.lines).isEqualTo(expected.lines);
        assertThat(actual.blankLines).isEqualTo(expected.blankLines);
        assertThat(actual.bareCrLineBreaks).isEqualTo(bareCr);
        assertThat(actual.quarantine).extracting(QuarantineRecord::line)
                .containsExactlyElementsOf(expected.quarantine.stream().map(QuarantineRecord::line).toList());
        assertThat(actual.readingCount).isEqualTo(expected.readingCount);
        assertThat(Arrays.copyOf(actual.readingNanos, actual.readingCount))
                .containsExactly(Arrays.copyOf(expected.readingNanos, expected.readingCount));
        assertThat(Arrays.copyOf(actual.readingValues, actual.readingCount))
                .containsExactly(Arrays.copyOf(expected.readingValues, expected.readingCount));
    }

    private static FileBatch read(String name, byte[] bytes, int chunk) throws IOException {
        return new RawFileReader(IngestOptions.DEFAULT_MAX_LINE_BYTES,
                PlausibleTimestamps.defaults().window(java.time.Instant.parse("2024-02-01T00:00:00Z"), null)).read(name, new Trickle(bytes, chunk), bytes.length);
    }

    private static byte[] bytes(String text, boolean gzip) throws IOException {
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        if (!gzip) {
            return plain;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(plain);
        }
        return out.toByteArray();
    }

    /** Hands out at most {@code chunk} bytes per read. */
    private static final class Trickle extends InputStream {
        private final ByteArrayInputStream in;
        private final int chunk;

        Trickle(byte[] bytes, int chunk) {
            this.in = new ByteArrayInputStream(bytes);
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, Math.min(len, chunk));
        }
    }
}
