package io.iotad.models;

import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.DetectorStrategy;
import io.iotad.core.detect.FitContext;
import io.iotad.core.score.Labels;
import io.iotad.models.fixtures.PayloadFuzz;
import io.iotad.models.testing.DailyFrames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Fuzzes every codec of this module (isolation_forest, lof, stl, rules, lr_residual, composite,
 * lr_lof, forecast): random payloads and payloads mutated from valid ones (the version-1 fixtures and freshly
 * written current-version payloads) are decoded or refused with a {@code CorruptPayloadException}
 * or {@code UnsupportedVersionException} and a message, never another exception or an
 * {@link Error} ({@link PayloadFuzz}). Default tries keep the suite quick; {@code mvn verify -Pslow}
 * runs the tagged long version.
 */
class CodecFuzzTest {
    private static final Map<String, Map<String, Object>> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("isolation_forest", Map.of("trees", 10));
        OPTIONS.put("lof", Map.of("neighbors", 10));
        OPTIONS.put("stl", Map.of("outer", 5));
        OPTIONS.put("rules", Map.of("rules", List.of(Map.of("type", "level_shift", "name", "jump",
                "feature", "daily_energy_kwh", "recent_days", 3, "baseline_days", 7, "min_shift", 4))));
        OPTIONS.put("lr_residual", Map.of("scope", "per_apartment", "min_group_rows", 20));
        OPTIONS.put("composite", Map.of("components", List.of(Map.of("name", "lr", "strategy", "lr_residual"),
                Map.of("name", "season", "strategy", "stl")), "combine", "max_z"));
        OPTIONS.put("lr_lof", Map.of("stack", Map.of("strategy", "lof", "options", Map.of("neighbors", 10),
                "passthrough", List.of("avg_temp_diff", "hdd"))));
        OPTIONS.put("forecast", Map.of("holidays", "ch", "window_days", 28, "min_history_days", 14));
    }

    /** A valid payload of one strategy at one version. */
    record Sample(String strategy, int version, byte[] payload) {
        PayloadCodec codec() {
            return DetectorStrategies.byName(strategy).codec();
        }

        @Override
        public String toString() {
            return strategy + " v" + version + " (" + payload.length + " B)";
        }
    }

    private static List<Sample> samples;

    private static synchronized List<Sample> samples() {
        if (samples == null) {
            List<Sample> s = new ArrayList<>();
            var frame = DailyFrames.heating(4, 42, 2024);
            try {
                for (Map.Entry<String, Map<String, Object>> e : OPTIONS.entrySet()) {
                    DetectorStrategy<?> strategy = DetectorStrategies.byName(e.getKey());
                    Detector d = strategy.bind(e.getValue()).fit(frame, Labels.empty(), FitContext.seeded(7));
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    strategy.codec().write(d, out);
                    s.add(new Sample(e.getKey(), strategy.codec().version(), out.toByteArray()));
                }
                for (String name : List.of("rules", "stl", "lr_residual", "composite", "lr_lof", "forecast")) {
                    s.add(new Sample(name, 1, resource("fixtures/" + name + "_v1.bin")));
                }
                for (String name : List.of("isolation_forest", "lof")) {
                    s.add(new Sample(name, 1, payloadOf(resource("artifacts/" + name + "-format1.tar.gz"))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            samples = List.copyOf(s);
        }
        return samples;
    }

    @Provide
    Arbitrary<Sample> valid() {
        return Arbitraries.of(samples());
    }

    @Provide
    Arbitrary<String> strategy() {
        return Arbitraries.of(List.copyOf(OPTIONS.keySet()));
    }

    @Property(tries = 400)
    void a_mutated_payload_is_decoded_or_refused_with_a_reason(@ForAll("valid") Sample sample,
            @ForAll @IntRange(min = 0, max = 4) int kind, @ForAll @IntRange(min = 0, max = 1 << 20) int position,
            @ForAll boolean nearTheStart, @ForAll int value) {
        mutated(sample, kind, position, nearTheStart, value);
    }

    @Property(tries = 200)
    void a_random_payload_is_refused_with_a_reason(@ForAll("strategy") String strategy,
            @ForAll @IntRange(min = 0, max = 3) int version, @ForAll @Size(max = 300) byte[] payload) {
        PayloadFuzz.decodesOrIsRefused(DetectorStrategies.byName(strategy).codec(), payload, version);
    }

    @Property(tries = 20_000)
    @Tag("slow")
    void many_mutated_payloads_are_decoded_or_refused_with_a_reason(@ForAll("valid") Sample sample,
            @ForAll @IntRange(min = 0, max = 4) int kind, @ForAll @IntRange(min = 0, max = 1 << 20) int position,
            @ForAll boolean nearTheStart, @ForAll int value) {
        mutated(sample, kind, position, nearTheStart, value);
    }

    private static void mutated(Sample sample, int kind, int position, boolean nearTheStart, int value) {
        // half the mutations hit the first 256 bytes, where the counts, names and options are
        int at = nearTheStart ? position % Math.min(256, Math.max(1, sample.payload().length)) : position;
        PayloadFuzz.decodesOrIsRefused(sample.codec(), PayloadFuzz.mutate(sample.payload(), kind, at, value),
                sample.version());
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = CodecFuzzTest.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IOException("missing test resource " + file);
            }
            return in.readAllBytes();
        }
    }

    /** @return the payload entry of a model.tar.gz (manifest first, then payload, as the library writes them) */
    private static byte[] payloadOf(byte[] archive) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(archive))) {
            for (int i = 0; i < 2; i++) {
                byte[] h = in.readNBytes(512);
                int size = Integer.parseInt(new String(h, 124, 11, StandardCharsets.US_ASCII).trim(), 8);
                byte[] content = in.readNBytes(size);
                in.skipNBytes((512 - size % 512) % 512);
                if (new String(h, 0, 11, StandardCharsets.US_ASCII).equals("payload.bin")) {
                    return content;
                }
            }
        }
        throw new IOException("no payload.bin in the archive");
    }
}
