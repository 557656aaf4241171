package io.iotad.features.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.iotad.core.progress.ProgressListener;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.SensorSeries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against the pandas reference's reader ({@code shared/peers/features_pandas.py},
 * {@code read_raw}): on randomly mutated lines, both accept the same lines and keep the same readings
 * (apartment, building, instant, sensor, room, value, bit for bit) and count the same bad lines.
 * Needs {@code /usr/bin/python3} with pandas and the peers folder; skipped otherwise.
 */
@Tag("slow")
class ReferenceParityTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static final String[] TIMESTAMPS = {"2024-01-%02dT%02d:%02d:%02dZ", "2024-01-%02dT%02d:%02d:%02d+01:00",
        "2024-01-%02dT%02d:%02d:%02d.25-05:30", "2024-01-%02dT%02d:%02d:%02d", "2024-01-%02d %02d:%02d:%02dZ",
        "2024-02-3%1dT%02d:%02d:%02dZ", "2024-01-%02dT%02d:%02d:%02d.1234567890Z"};
    private static final String[] VALUES = {"21.5", "-0.0", "1e3", "1.5E-7", "12345678901234567890", "0.1", "\"21.5\"", "true",
        "null", "NaN", "-Infinity", "[]", "01", "1.", "2.2250738585072014e-308", "1e400"};
    private static final String[] ROOMS = {"", ", \"room_name\": \"lr\"", ", \"room_name\": null", ", \"room_name\": \"\"",
        ", \"room_name\": \"k\\u00fcche\"", ", \"room_name\": \"b\u00e4d\""};
    private static final String[] SENSORS = {"heating_energy_kwh", "hot_water_litres", "room_temp_c", "setpoint_temp_c", "co2"};

    @TempDir
    Path dir;

    private static Path peers() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/peers/features_pandas.py");
            if (Files.isRegularFile(candidate)) {
                return candidate.getParent();
            }
        }
        return null;
    }

    private static String line(SplittableRandom r) {
        String ts = String.format(Locale.ROOT, TIMESTAMPS[r.nextInt(10) < 7 ? 0 : r.nextInt(TIMESTAMPS.length)],
                1 + r.nextInt(9), r.nextInt(24), r.nextInt(4) * 15, r.nextInt(60));
        StringBuilder b = new StringBuilder("{\"timestamp_str\": \"").append(ts).append("\", ");
        int apt = r.nextInt(4);
        b.append("\"apartment_id\": ").append(r.nextInt(50) == 0 ? "7" : "\"apt_" + apt + "\"").append(", ");
        b.append("\"building_id\": ").append(r.nextInt(50) == 0 ? "\"\"" : "\"b" + apt + "\"").append(", ");
        if (r.nextInt(30) == 0) {
            b.append("\"extra\": {\"n\": [1, {\"x\": null}], \"s\": \"\\\"q\"}, ");
        }
        b.append("\"readings\": [");
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ", ").append("{\"sensor_type\": \"").append(SENSORS[r.nextInt(SENSORS.length)]).append('"')
                    .append(ROOMS[r.nextInt(ROOMS.length)]).append(", \"value\": ")
                    .append(r.nextInt(5) > 0 ? String.valueOf(Math.round(r.nextDouble() * 1e6) / 1e3) : VALUES[r.nextInt(VALUES.length)])
                    .append('}');
        }
        String s = b.append("]}").toString();
        int mutate = r.nextInt(40);
        if (mutate == 0) {
            return s.substring(0, 1 + r.nextInt(s.length() - 1));
        }
        if (mutate == 1) {
            return s + " x";
        }
        return mutate == 2 ? s.replace(": ", ":").replace(", ", ",") : s;
    }

    @Test
    void given_randomly_mutated_lines_when_read_by_both_then_the_accepted_readings_and_the_bad_count_agree() throws Exception {
        Path peers = peers();
        assumeTrue(peers != null && Files.isExecutable(Path.of(PYTHON)), "python3 and shared/peers are needed");
        SplittableRandom r = new SplittableRandom(20_241_126L);
        for (int f = 0; f < 3; f++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 1500; i++) {
                lines.add(line(r));
            }
            Files.createDirectories(dir.resolve("raw"));
            Files.write(dir.resolve("raw/f" + f + ".jsonl"), lines, StandardCharsets.UTF_8);
        }

        List<String> expected = reference(peers, dir.resolve("raw"));
        IngestResult result = new RawIngestor(IngestOptions.defaults().withMaxQuarantineShare(1.0))
                .ingest(List.of(dir.resolve("raw")), ProgressListener.NONE);
        List<String> actual = new ArrayList<>();
        actual.add("bad " + result.report().quarantinedLines());
        for (ApartmentReadings a : result.apartments()) {
            for (SensorSeries s : a.series()) {
                for (int i = 0; i < s.size(); i++) {
                    actual.add(a.apartmentId() + " " + a.buildingId() + " " + s.epochNanos()[i] + " " + s.sensorType() + " "
                            + s.roomName() + " " + Double.doubleToLongBits(s.values()[i]));
                }
            }
        }

        assertThat(actual.size()).isGreaterThan(1000);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private List<String> reference(Path peers, Path raw) throws IOException, InterruptedException {
        String code = "import sys, struct\nsys.path.insert(0, sys.argv[1])\nimport features_pandas as fp\n"
                + "df, bad = fp.read_raw([sys.argv[2]])\ndf = df.sort_values(['apartment_id', 'sensor', 'room', 'ts'])\n"
                + "out = ['bad %d' % bad]\n"
                + "for r in df.itertuples():\n"
                + "    bits = struct.unpack('<q', struct.pack('<d', float(r.value)))[0]\n"
                + "    out.append('%s %s %d %s %s %d' % (r.apartment_id, r.building_id, r.ts.value, r.sensor, r.room, bits))\n"
                + "sys.stdout.buffer.write(('\\n'.join(out) + '\\n').encode('utf-8'))\n";
        Path out = dir.resolve("reference.txt");
        Process p = new ProcessBuilder(PYTHON, "-c", code, peers.toString(), raw.toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assumeTrue(p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0, "the pandas reference did not run");
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }
}
