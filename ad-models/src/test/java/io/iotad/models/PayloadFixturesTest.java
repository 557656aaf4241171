package io.iotad.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.DetectorStrategy;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Labels;
import io.iotad.models.testing.DailyFrames;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Payloads written by version 1 of the rules, stl, lr_residual, composite, lr_lof and forecast codecs and
 * version 2 of the isolation_forest, lof and composite (with an occupancy gate) codecs, kept as fixtures so later versions prove they
 * still read them and score bit-identically (writing writes each codec's current version, under
 * its own file name, and never overwrites a kept file).
 *
 * <p>Regenerate (only when a payload format deliberately changes, as a new version's fixture):
 * {@code mvn -o -q -pl ad-models -am verify -Dtest=PayloadFixturesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Diotad.writeFixtures=true}
 */
class PayloadFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/io/iotad/models/fixtures");
    private static final List<Map<String, Object>> RULES = List.of(Map.of("type", "level_shift", "name", "jump",
            "feature", "daily_energy_kwh", "recent_days", 3, "baseline_days", 7, "min_shift", 4));
    private static final Map<String, Map<String, Object>> CASES = Map.of(
            "rules", Map.of("rules", RULES),
            "stl", Map.of("outer", 5),
            "lr_residual", Map.of("scope", "per_apartment", "min_group_rows", 20),
            // version 1 was lr_residual + stl by max_z; version 2 adds the occupancy gate (on hdd, so that
            // lof, which reads every other column, stays the frame's own)
            "composite", Map.of("components", List.of(Map.of("name", "density", "strategy", "lof",
                    "options", Map.of("neighbors", 10)), Map.of("name", "season", "strategy", "stl")),
                    "combine", "max_z", "occupancy", Map.of("feature", "hdd", "away_at_most", 10.0)),
            "forecast", Map.of("holidays", "ch", "window_days", 28, "min_history_days", 14),
            "lr_lof", Map.of("stack", Map.of("strategy", "lof", "options", Map.of("neighbors", 10),
                    "passthrough", List.of("avg_temp_diff", "hdd"))),
            "isolation_forest", Map.of("trees", 25),
            "lof", Map.of("neighbors", 10));
    /** The fixture files kept: name to payload versions (isolation_forest and lof version 1 are whole-artifact fixtures). */
    private static final Map<String, List<Integer>> KEPT = Map.of("rules", List.of(1), "stl", List.of(1),
            "lr_residual", List.of(1), "composite", List.of(1, 2), "lr_lof", List.of(1, 2), "isolation_forest", List.of(2),
            "lof", List.of(2));

    private static FeatureFrame frame() {
        return DailyFrames.heating(4, 42, 2024);
    }

    @Test
    void given_kept_payloads_when_read_then_they_score_as_recorded() throws IOException {
        for (Map.Entry<String, List<Integer>> kept : KEPT.entrySet()) {
            for (int version : kept.getValue()) {
                check(kept.getKey(), version);
            }
        }
    }

    private static void check(String name, int version) throws IOException {
        PayloadCodec codec = DetectorStrategies.byName(name).codec();
        byte[] payload = resource(name + "_v" + version + ".bin");
        Detector d = codec.read(new ByteArrayInputStream(payload), version);
        double[] scores = d.score(frame()).values();
        List<String> expected = new String(resource(name + "_v" + version + "_scores.txt"), StandardCharsets.UTF_8)
                .lines().toList();
        assertThat(expected).as(name).hasSize(scores.length);
        for (int i = 0; i < scores.length; i++) {
            assertThat(Long.toHexString(Double.doubleToRawLongBits(scores[i]))).as("%s row %d", name, i)
                    .isEqualTo(expected.get(i));
        }
        assertThat(d.strategy()).isEqualTo(name);
    }

    @Test
    @EnabledIfSystemProperty(named = "iotad.writeFixtures", matches = "true")
    void write_the_fixtures() throws IOException {
        Files.createDirectories(DIR);
        for (Map.Entry<String, Map<String, Object>> e : CASES.entrySet()) {
            DetectorStrategy<?> s = DetectorStrategies.byName(e.getKey());
            Detector d = s.bind(e.getValue()).fit(frame(), Labels.empty(), FitContext.seeded(7));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.codec().write(d, out);
            String stem = e.getKey() + "_v" + s.codec().version();
            if (Files.exists(DIR.resolve(stem + ".bin"))) {
                // kept fixtures are never rewritten: lr_lof_v1.bin holds a version-1 lof payload inside
                continue;
            }
            Files.write(DIR.resolve(stem + ".bin"), out.toByteArray());
            List<String> lines = new ArrayList<>();
            for (double v : d.score(frame()).values()) {
                lines.add(Long.toHexString(Double.doubleToRawLongBits(v)));
            }
            Files.write(DIR.resolve(stem + "_scores.txt"), lines);
        }
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = PayloadFixturesTest.class.getResourceAsStream("fixtures/" + file)) {
            assertThat(in).as(file).isNotNull();
            return in.readAllBytes();
        }
    }
}
