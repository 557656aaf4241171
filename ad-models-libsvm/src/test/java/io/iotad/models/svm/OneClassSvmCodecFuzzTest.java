package io.iotad.models.svm;

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
 * Fuzzes the {@code one_class_svm} codec: random payloads and payloads mutated from the version-1
 * fixture and a fresh current-version payload are decoded or refused with our exception and a
 * message, never another exception or an {@link Error} ({@link PayloadFuzz}).
 */
class OneClassSvmCodecFuzzTest {
    private static final OneClassSvmCodec CODEC = new OneClassSvmCodec();

    /** A valid payload at a version. */
    record Sample(int version, byte[] payload) {
        @Override
        public String toString() {
            return "one_class_svm v" + version + " (" + payload.length + " B)";
        }
    }

    private static List<Sample> samples;

    private static synchronized List<Sample> samples() {
        if (samples == null) {
            try (InputStream in = OneClassSvmCodecFuzzTest.class.getResourceAsStream("one_class_svm-v1.payload")) {
                OneClassSvmStrategy svm = new OneClassSvmStrategy();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                CODEC.write(svm.bind(Map.of("nu", 0.1)).fit(Frames.of(PayloadFixtures.NAMES, Frames.gaussian(200, 3, 6)),
                        Frames.labels(new int[0]), new FitContext(3, 1, ProgressListener.NONE)), out);
                samples = List.of(new Sample(1, in.readAllBytes()), new Sample(OneClassSvmCodec.VERSION, out.toByteArray()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return samples;
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
        int at = nearTheStart ? position % Math.min(256, sample.payload().length) : position;
        PayloadFuzz.decodesOrIsRefused(CODEC, PayloadFuzz.mutate(sample.payload(), kind, at, value), sample.version());
    }
}
