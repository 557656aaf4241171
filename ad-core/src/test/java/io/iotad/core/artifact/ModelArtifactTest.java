package io.iotad.core.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.IotadVersion;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.FitContext;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.score.Labels;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelArtifactTest {
    static final Instant CREATED = Instant.parse("2026-01-15T10:00:00.123Z");

    @TempDir
    Path dir;

    static FeatureFrame frame(long seed, int rows) {
        SplittableRandom r = new SplittableRandom(seed);
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("daily_energy_kwh", "avg_temp_diff"));
        for (int i = 0; i < rows; i++) {
            double e = r.nextDouble() * 30;
            b.add(new RowKey("apt_" + (i % 7), "b1", LocalDate.of(2024, 1, 1).plusDays(i / 7)),
                    i % 11 == 5 ? Double.NaN : e, r.nextGaussian());
        }
        return b.build();
    }

    static Detector fit(FeatureFrame train) {
        return DetectorStrategies.byName(CentroidTestStrategy.NAME)
                .bind(Map.of("scale", 0.1 + 0.2)).fit(train, Labels.empty(), FitContext.seeded(1));
    }

    Path writeValid() throws Exception {
        FeatureFrame train = frame(1, 70);
        Path file = dir.resolve("model.tar.gz");
        ModelArtifact.write(file, fit(train), new ArtifactMetadata(TrainingLineage.of(train, Labels.empty()),
                Map.of("extractors", List.of("daily_energy_kwh")), Map.of("p_at_50", 0.4), CREATED));
        return file;
    }

    @Test
    void given_a_feature_baseline_when_written_then_it_reads_back_and_an_artifact_without_one_has_no_field() throws Exception {
        FeatureFrame train = frame(1, 70);
        Detector detector = fit(train);
        io.iotad.core.explain.FeatureBaseline baseline = io.iotad.core.explain.FeatureBaseline.of(train, detector.features());
        Path with = dir.resolve("with/model.tar.gz");
        ModelArtifact.write(with, detector, new ArtifactMetadata(TrainingLineage.of(train, Labels.empty()), Map.of(),
                Map.of(), CREATED).withFeatureBaseline(baseline));
        assertThat(ModelArtifact.read(with).manifest().featureBaseline()).isEqualTo(baseline);
        assertThat(baseline.median("daily_energy_kwh")).isPresent();
        Path without = writeValid();
        assertThat(ModelArtifact.read(without).manifest().featureBaseline().isEmpty()).isTrue();
    }

    @Test
    void given_provenance_when_written_then_it_reads_back_from_the_artifact() throws Exception {
        FeatureFrame train = frame(1, 70);
        Detector detector = fit(train);
        TrainingProvenance fit = TrainingProvenance.of(
                new io.iotad.core.detect.FitContext(11, 2, io.iotad.core.progress.ProgressListener.NONE), Labels.empty());
        Path file = dir.resolve("prov/model.tar.gz");
        ModelArtifact.write(file, detector, new ArtifactMetadata(TrainingLineage.of(train, Labels.empty()), Map.of(),
                Map.of(), CREATED).withProvenance(fit));
        assertThat(ModelArtifact.read(file).manifest().provenance()).isEqualTo(fit);
        assertThat(ModelArtifact.read(writeValid()).manifest().provenance()).isEqualTo(TrainingProvenance.UNKNOWN);
    }

    @Test
    void given_a_written_artifact_when_read_then_scores_are_bit_identical_and_the_manifest_is_complete() throws Exception {
        FeatureFrame train = frame(1, 70);
        Detector detector = fit(train);
        Path file = dir.resolve("models/m1/model.tar.gz");
        TrainingLineage lineage = TrainingLineage.of(train, Labels.empty());

        ModelManifest written = ModelArtifact.write(file, detector, new ArtifactMetadata(lineage,
                Map.of("extractors", List.of("daily_energy_kwh")), Map.of("p_at_50", 0.4), CREATED));
        LoadedModel loaded = ModelArtifact.read(file);

        FeatureFrame test = frame(2, 50);
        long[] before = Arrays.stream(detector.score(test).values()).mapToLong(Double::doubleToRawLongBits).toArray();
        long[] after = Arrays.stream(loaded.detector().score(test).values()).mapToLong(Double::doubleToRawLongBits).toArray();
        assertThat(after).containsExactly(before);
        ModelManifest m = loaded.manifest();
        assertThat(m).isEqualTo(written);
        assertThat(m.formatVersion()).isEqualTo(ModelArtifact.FORMAT_VERSION);
        assertThat(m.strategy()).isEqualTo("test_centroid");
        assertThat(m.payloadVersion()).isEqualTo(1);
        assertThat(m.options()).containsEntry("scale", 0.1 + 0.2);
        assertThat(m.features()).containsExactly("daily_energy_kwh", "avg_temp_diff");
        assertThat(m.missingValuePolicy()).isEqualTo(MissingValuePolicy.SKIP_ROW.name());
        assertThat(m.featurePipeline()).containsEntry("extractors", List.of("daily_energy_kwh"));
        assertThat(m.lineage()).isEqualTo(lineage);
        assertThat(m.lineage().rows()).isEqualTo(70);
        assertThat(m.lineage().firstDate()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(m.lineage().lastDate()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(m.metrics()).containsEntry("p_at_50", 0.4);
        assertThat(m.libraryVersion()).isEqualTo(IotadVersion.version());
        assertThat(m.createdAt()).isEqualTo(CREATED);
        assertThat(m.payloadSha256()).hasSize(64);
        assertThat(ModelArtifact.readManifest(file)).isEqualTo(written);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Property(tries = 25)
    void any_fitted_detector_round_trips_to_bit_identical_scores(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 500) int rows, @ForAll @DoubleRange(min = 0.01, max = 1e6) double scale)
            throws Exception {
        FeatureFrame train = frame(seed, rows);
        Detector d = DetectorStrategies.byName(CentroidTestStrategy.NAME)
                .bind(Map.of("scale", scale)).fit(train, Labels.empty(), FitContext.seeded(seed));
        Path file = Files.createTempFile("prop", ".tar.gz");
        try {
            ModelArtifact.write(file, d, ArtifactMetadata.of(TrainingLineage.of(train, Labels.empty())));
            FeatureFrame test = frame(seed + 1, 40);
            long[] expected = Arrays.stream(d.score(test).values()).mapToLong(Double::doubleToRawLongBits).toArray();
            long[] actual = Arrays.stream(ModelArtifact.read(file).detector().score(test).values())
                    .mapToLong(Double::doubleToRawLongBits).toArray();
            assertThat(actual).containsExactly(expected);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void given_the_same_detector_and_metadata_when_written_twice_then_the_bytes_are_identical() throws Exception {
        Path a = writeValid();
        byte[] first = Files.readAllBytes(a);
        Path b = writeValid();

        assertThat(Files.readAllBytes(b)).isEqualTo(first);
    }

    @Test
    void given_a_written_artifact_when_listed_by_system_tar_then_it_holds_the_two_entries() throws Exception {
        Path file = writeValid();
        Process p;
        try {
            p = new ProcessBuilder("tar", "-tzf", file.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("no tar command on this machine");
            return;
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines()).containsExactly("manifest.json", "payload.bin");
    }

    @Test
    void given_an_artifact_from_a_stream_when_read_then_it_scores_like_the_file() throws Exception {
        Path file = writeValid();

        LoadedModel fromStream = ModelArtifact.read(new ByteArrayInputStream(Files.readAllBytes(file)), "s3://bucket/model.tar.gz");

        FeatureFrame test = frame(3, 20);
        assertThat(fromStream.detector().score(test).values()).containsExactly(ModelArtifact.read(file).detector().score(test).values());
    }

    @Test
    void given_a_tampered_payload_when_read_then_the_checksum_mismatch_names_both_hashes() throws Exception {
        Path file = writeValid();
        ArtifactEntries e = RawArchive.entries(file);
        byte[] payload = e.payload().clone();
        payload[payload.length - 1] ^= 1;
        Path bad = dir.resolve("tampered.tar.gz");
        RawArchive.write(bad, List.of(RawArchive.Entry.file("manifest.json", e.manifest()),
                RawArchive.Entry.file("payload.bin", payload)));
        String expected = ModelArtifact.readManifest(file).payloadSha256();

        assertThatThrownBy(() -> ModelArtifact.read(bad))
                .isInstanceOf(CorruptArtifactException.class)
                .hasMessageContaining("payload checksum mismatch: the manifest expects SHA-256 " + expected + " but payload.bin has ")
                .hasMessageContaining(bad.toString());
    }

    @Test
    void given_entries_that_escape_the_target_directory_when_read_then_they_are_refused() throws Exception {
        byte[] x = RawArchive.bytes("x");
        assertRefused(List.of(RawArchive.Entry.file("../payload.bin", x)), "entry '../payload.bin' contains '..', which escapes the target directory");
        assertRefused(List.of(RawArchive.Entry.file("a/../../etc/passwd", x)), "contains '..'");
        assertRefused(List.of(RawArchive.Entry.file("/etc/passwd", x)), "entry '/etc/passwd' has an absolute path");
        assertRefused(List.of(new RawArchive.Entry("payload.bin", '2', "/etc/passwd", new byte[0])),
                "entry 'payload.bin' is a symbolic link to '/etc/passwd'");
        assertRefused(List.of(new RawArchive.Entry("manifest.json", '1', "other", new byte[0])), "is a hard link");
        assertRefused(List.of(new RawArchive.Entry("dev", '3', "", new byte[0])), "has tar type '3'");
    }

    @Test
    void given_unexpected_or_duplicate_entries_when_read_then_they_are_refused() throws Exception {
        ArtifactEntries e = RawArchive.entries(writeValid());
        RawArchive.Entry manifest = RawArchive.Entry.file("manifest.json", e.manifest());
        RawArchive.Entry payload = RawArchive.Entry.file("payload.bin", e.payload());

        assertRefused(List.of(manifest, RawArchive.Entry.file("notes.txt", RawArchive.bytes("hi")), payload),
                "unexpected entry 'notes.txt'; a model artifact holds only manifest.json and payload.bin");
        assertRefused(List.of(manifest, payload, payload), "holds payload.bin twice");
        assertRefused(List.of(payload), "lacks manifest.json");
        assertRefused(List.of(manifest), "lacks payload.bin");
    }

    @Test
    void given_entries_in_another_order_with_a_dot_directory_when_read_then_the_artifact_is_accepted() throws Exception {
        ArtifactEntries e = RawArchive.entries(writeValid());
        Path file = dir.resolve("retarred.tar.gz");
        RawArchive.write(file, List.of(new RawArchive.Entry("./", '5', "", new byte[0]),
                RawArchive.Entry.file("./payload.bin", e.payload()), RawArchive.Entry.file("./manifest.json", e.manifest())));

        assertThat(ModelArtifact.read(file).manifest().strategy()).isEqualTo("test_centroid");
    }

    @Test
    void given_entries_above_the_limits_when_read_then_they_are_refused_before_reading() throws Exception {
        Path file = writeValid();
        long payloadSize = RawArchive.entries(file).payload().length;

        assertThatThrownBy(() -> ModelArtifact.read(file, new ArtifactLimits(1 << 20, payloadSize - 1)))
                .isInstanceOf(CorruptArtifactException.class)
                .hasMessageContaining("entry 'payload.bin' has " + payloadSize + " bytes, above the limit of "
                        + (payloadSize - 1) + " bytes (ArtifactLimits.maxPayloadBytes)");
        assertThatThrownBy(() -> ModelArtifact.read(file, new ArtifactLimits(10, 1 << 20)))
                .hasMessageContaining("entry 'manifest.json' has")
                .hasMessageContaining("(ArtifactLimits.maxManifestBytes)");
        assertThat(ModelArtifact.read(file, new ArtifactLimits(1 << 20, payloadSize)).detector()).isNotNull();
    }

    @Test
    void given_limits_out_of_range_when_built_then_they_are_refused() {
        assertThatThrownBy(() -> new ArtifactLimits(0, 10)).hasMessageContaining("maxManifestBytes must be in [1, ");
        assertThatThrownBy(() -> new ArtifactLimits(10, 0)).hasMessageContaining("maxPayloadBytes must be in [1, ");
        assertThatThrownBy(() -> new ArtifactLimits(10, Long.MAX_VALUE)).hasMessageContaining("maxPayloadBytes");
    }

    @Test
    void given_a_newer_format_version_when_read_then_it_is_refused_with_both_versions() throws Exception {
        ArtifactEntries e = RawArchive.entries(writeValid());
        String manifest = RawArchive.text(e.manifest()).replace("\"format_version\" : 1", "\"format_version\" : 7");
        Path file = dir.resolve("v7.tar.gz");
        RawArchive.write(file, List.of(RawArchive.Entry.file("manifest.json", RawArchive.bytes(manifest)),
                RawArchive.Entry.file("payload.bin", e.payload())));

        assertThatThrownBy(() -> ModelArtifact.read(file))
                .isInstanceOf(UnsupportedVersionException.class)
                .hasMessage("Unknown version 7 of the model artifact format, this library supports at most version 1");
    }

    @Test
    void given_a_newer_payload_version_when_read_then_it_is_refused_with_both_versions() throws Exception {
        ArtifactEntries e = RawArchive.entries(writeValid());
        String manifest = RawArchive.text(e.manifest()).replace("\"payload_version\" : 1", "\"payload_version\" : 3");
        Path file = dir.resolve("p3.tar.gz");
        RawArchive.write(file, List.of(RawArchive.Entry.file("manifest.json", RawArchive.bytes(manifest)),
                RawArchive.Entry.file("payload.bin", e.payload())));

        assertThatThrownBy(() -> ModelArtifact.read(file))
                .isInstanceOf(UnsupportedVersionException.class)
                .hasMessage("Unknown version 3 of the test_centroid payload, this library supports at most version 1");
    }

    @Test
    void given_a_damaged_manifest_or_archive_when_read_then_the_problem_is_named() throws Exception {
        ArtifactEntries e = RawArchive.entries(writeValid());
        RawArchive.Entry payload = RawArchive.Entry.file("payload.bin", e.payload());
        String m = RawArchive.text(e.manifest());

        assertRefused(List.of(RawArchive.Entry.file("manifest.json", RawArchive.bytes("{not json")), payload),
                "manifest.json is not valid JSON");
        assertRefused(List.of(RawArchive.Entry.file("manifest.json", RawArchive.bytes(m.replace("\"strategy\"", "\"strategee\""))), payload),
                "manifest.json lacks the field 'strategy'");
        assertRefused(List.of(RawArchive.Entry.file("manifest.json", RawArchive.bytes(m.replace("\"rows\" : 70", "\"rows\" : \"many\""))), payload),
                "manifest field 'rows' must be an integer");
        Path notGzip = dir.resolve("plain.tar.gz");
        Files.writeString(notGzip, "hello");
        assertThatThrownBy(() -> ModelArtifact.read(notGzip)).isInstanceOf(CorruptArtifactException.class)
                .hasMessageContaining("is not a valid gzip stream");
        Path valid = writeValid();
        byte[] all = Files.readAllBytes(valid);
        Path truncated = dir.resolve("truncated.tar.gz");
        Files.write(truncated, Arrays.copyOf(all, all.length / 2));
        assertThatThrownBy(() -> ModelArtifact.read(truncated)).isInstanceOf(CorruptArtifactException.class);
    }

    @Test
    void given_a_detector_of_an_unknown_strategy_when_written_then_it_is_refused_and_nothing_is_left() throws Exception {
        Detector known = fit(frame(1, 10));
        Detector stranger = new Detector() {
            @Override
            public String strategy() {
                return "no_such";
            }

            @Override
            public FeatureSchema features() {
                return known.features();
            }

            @Override
            public MissingValuePolicy missingValuePolicy() {
                return known.missingValuePolicy();
            }

            @Override
            public io.iotad.core.detect.DetectorOptions options() {
                return known.options();
            }

            @Override
            public io.iotad.core.score.Scores score(FeatureFrame frame) {
                return known.score(frame);
            }
        };
        Path file = dir.resolve("out/model.tar.gz");

        assertThatThrownBy(() -> ModelArtifact.write(file, stranger, ArtifactMetadata.of(TrainingLineage.of(frame(1, 10), Labels.empty()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown detector strategy 'no_such'; known: [test_centroid]");
        assertThat(Files.exists(file)).isFalse();
    }

    private void assertRefused(List<RawArchive.Entry> entries, String message) throws Exception {
        Path file = Files.createTempFile(dir, "bad", ".tar.gz");
        RawArchive.write(file, entries);
        assertThatThrownBy(() -> ModelArtifact.read(file))
                .isInstanceOf(CorruptArtifactException.class)
                .hasMessageStartingWith("model artifact " + file + ": ")
                .hasMessageContaining(message);
    }
}
