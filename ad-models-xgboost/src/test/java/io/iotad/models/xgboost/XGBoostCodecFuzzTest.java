package io.iotad.models.xgboost;

import io.iotad.core.detect.FitContext;
import io.iotad.core.progress.ProgressListener;
import io.iotad.models.fixtures.PayloadFixtures;
import io.iotad.models.fixtures.PayloadFuzz;
import io.iotad.models.testdata.Frames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Fuzzes the {@code xgboost} codec: random payloads and payloads mutated from the version-1 fixture
 * and a fresh current-version payload are decoded or refused with our exception and a message,
 * never another exception or an {@link Error} ({@link PayloadFuzz}).
 *
 * <p>Mutations stay in what our codec parses (the framing, options, names, threads and the model's
 * length prefix; truncation anywhere): the booster's own model bytes are parsed by the native
 * library, whose allocations we cannot bound; a mutated model block made it allocate until the
 * kernel killed the test JVM. The payload checksum detects damage there; forgery needs write access
 * to the registry (docs/model-artifact.md).
 */
class XGBoostCodecFuzzTest {
    private static final XGBoostCodec CODEC = new XGBoostCodec();

    /**
     * A valid payload at a version.
     *
     * @param parsed how many leading bytes our codec parses before the booster's model bytes
     */
    record Sample(int version, byte[] payload, int parsed) {
        @Override
        public String toString() {
            return "xgboost v" + version + " (" + payload.length + " B)";
        }
    }

    private static List<Sample> samples;

    private static synchronized List<Sample> samples() {
        if (samples == null) {
            try (InputStream in = XGBoostCodecFuzzTest.class.getResourceAsStream("xgboost-v1.payload")) {
                double[][] x = Frames.gaussian(200, 3, 5);
                int[] y = new int[x.length];
                for (int i = 0; i < y.length; i++) {
                    y[i] = x[i][0] + x[i][1] > 1 ? 1 : 0;
                }
                XGBoostStrategy xgb = new XGBoostStrategy();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                CODEC.write(xgb.bind(Map.of("trees", 5)).fit(Frames.of(PayloadFixtures.NAMES, x), Frames.labels(y),
                        new FitContext(3, 1, ProgressListener.NONE)), out);
                samples = List.of(sample(1, in.readAllBytes()), sample(XGBoostCodec.VERSION, out.toByteArray()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return samples;
    }

    private static Sample sample(int version, byte[] payload) throws IOException {
        XGBoostDetector d = (XGBoostDetector) CODEC.read(new java.io.ByteArrayInputStream(payload), version);
        return new Sample(version, payload, payload.length - d.modelBytes().length);
    }

    @Provide
    Arbitrary<Sample> valid() {
        return Arbitraries.of(samples());
    }

    @Property(tries = 300)
    void a_mutated_payload_is_decoded_or_refused_with_a_reason(@ForAll("valid") Sample sample,
            @ForAll @IntRange(min = 0, max = 4) int kind, @ForAll @IntRange(min = 0, max = 1 << 20) int position,
            @ForAll boolean nearTheStart, @ForAll int value) {
        mutated(sample, kind, position, nearTheStart, value);
    }

    @Property(tries = 100)
    void a_random_payload_is_refused_with_a_reason(@ForAll @IntRange(min = 0, max = 3) int version,
            @ForAll @Size(max = 300) byte[] payload) {
        PayloadFuzz.decodesOrIsRefused(CODEC, payload, version);
    }

    @Property(tries = 5_000)
    @Tag("slow")
    void many_mutated_payloads_are_decoded_or_refused_with_a_reason(@ForAll("valid") Sample sample,
            @ForAll @IntRange(min = 0, max = 4) int kind, @ForAll @IntRange(min = 0, max = 1 << 20) int position,
            @ForAll boolean nearTheStart, @ForAll int value) {
        mutated(sample, kind, position, nearTheStart, value);
    }

    private static void mutated(Sample sample, int kind, int position, boolean nearTheStart, int value) {
        // kind 1 overwrites 4 bytes: it must end before the model bytes begin
        int room = kind == 1 ? sample.parsed() - 3 : sample.parsed();
        int at = kind == 2 ? position : position % (nearTheStart ? Math.min(256, room) : room);
        PayloadFuzz.decodesOrIsRefused(CODEC, PayloadFuzz.mutate(sample.payload(), kind, at, value), sample.version());
    }
}
