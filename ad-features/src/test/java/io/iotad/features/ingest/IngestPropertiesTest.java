package io.iotad.features.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.progress.ProgressListener;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.SensorSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/** Invariants of ingestion: line order and file boundaries do not matter; the last duplicate wins. */
class IngestPropertiesTest {
    private Path dir;

    @BeforeTry
    void createDir() throws IOException {
        dir = Files.createTempDirectory("iotad-ingest-prop");
    }

    @AfterTry
    void deleteDir() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Lines with distinct (apartment, instant) keys, so no duplicate makes the order matter. */
    private static List<String> distinctLines(long seed, int n) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String apt = "apt_" + r.nextInt(5);
            String ts = String.format("2024-01-%02dT%02d:%02d:00Z", 1 + i / 1440, (i / 60) % 24, i % 60);
            lines.add(RawLines.line(apt, "b_" + apt, ts, 1000 + r.nextInt(10_000) / 10.0, 15 + r.nextInt(100) / 10.0));
        }
        return lines;
    }

    @Property(tries = 30)
    void given_lines_when_shuffled_and_split_across_files_then_the_apartment_readings_are_identical(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int n, @ForAll @IntRange(min = 1, max = 6) int files,
            @ForAll @IntRange(min = 1, max = 3) int threads) throws IOException {
        List<String> lines = distinctLines(seed, n);
        RawLines.write(dir.resolve("one/all.jsonl"), lines);
        List<String> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(seed + 1));
        for (int f = 0; f < files; f++) {
            List<String> part = new ArrayList<>();
            for (int i = f; i < shuffled.size(); i += files) {
                part.add(shuffled.get(i));
            }
            if (f % 2 == 0) {
                RawLines.write(dir.resolve("many/sub" + f + "/p.jsonl"), part);
            } else {
                RawLines.writeGzip(dir.resolve("many/p" + f + ".jsonl.gz"), part);
            }
        }

        List<ApartmentReadings> whole = ingest(dir.resolve("one"), 1);
        List<ApartmentReadings> split = ingest(dir.resolve("many"), threads);

        assertSame(split, whole);
    }

    @Property(tries = 30)
    void given_a_reading_repeated_with_other_values_when_ingested_then_the_last_in_path_then_line_order_wins(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 5) int copies) throws IOException {
        Random r = new Random(seed);
        List<String> first = new ArrayList<>(distinctLines(seed, 20));
        List<String> second = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            String dup = RawLines.line("apt_dup", "b_dup", "2024-01-05T12:00:00+01:00", r.nextInt(1_000_000) / 100.0, 20.0);
            List<String> into = r.nextBoolean() ? first : second;
            into.add(r.nextInt(into.size() + 1), dup);
        }
        // the winner is the last copy in path order: a copy in b.jsonl beats every copy in a.jsonl
        double expected = second.isEmpty() ? lastValue(first) : lastValue(second);
        RawLines.write(dir.resolve("a.jsonl"), first);
        RawLines.write(dir.resolve("b.jsonl"), second);

        IngestResult result = new RawIngestor(IngestOptions.defaults()).ingest(List.of(dir), ProgressListener.NONE);

        ApartmentReadings dup = result.apartments().stream().filter(a -> a.apartmentId().equals("apt_dup")).findFirst().orElseThrow();
        SensorSeries energy = dup.series().get(0);
        assertThat(energy.sensorType()).isEqualTo("heating_energy_kwh");
        assertThat(energy.values()).containsExactly(expected);
        assertThat(energy.epochNanos()).containsExactly(1_704_452_400_000_000_000L);
        assertThat(result.report().duplicatesDropped()).isEqualTo(2L * (copies - 1));
    }

    private static double lastValue(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String l = lines.get(i);
            if (l.contains("apt_dup")) {
                String v = l.substring(l.indexOf("\"value\": ") + 9);
                return Double.parseDouble(v.substring(0, v.indexOf('}')));
            }
        }
        throw new IllegalStateException("no duplicate line");
    }

    private static List<ApartmentReadings> ingest(Path input, int threads) {
        try {
            return new RawIngestor(IngestOptions.defaults().withThreads(threads)).ingest(List.of(input), ProgressListener.NONE)
                    .apartments();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares apartment readings by content (records holding arrays compare arrays by reference). */
    static void assertSame(List<ApartmentReadings> actual, List<ApartmentReadings> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            ApartmentReadings a = actual.get(i);
            ApartmentReadings e = expected.get(i);
            assertThat(a.apartmentId()).isEqualTo(e.apartmentId());
            assertThat(a.buildingId()).isEqualTo(e.buildingId());
            assertThat(a.reportInstants()).containsExactly(e.reportInstants());
            assertThat(a.series()).hasSameSizeAs(e.series());
            for (int s = 0; s < e.series().size(); s++) {
                SensorSeries as = a.series().get(s);
                SensorSeries es = e.series().get(s);
                assertThat(as.sensorType()).isEqualTo(es.sensorType());
                assertThat(as.roomName()).isEqualTo(es.roomName());
                assertThat(as.epochNanos()).containsExactly(es.epochNanos());
                assertThat(as.values()).containsExactly(es.values());
            }
        }
    }
}
