package io.iotad.models.svm;

import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.detect.FitContext;
import io.iotad.core.progress.ProgressListener;
import io.iotad.models.fixtures.CodecFuzzProperties;
import io.iotad.models.fixtures.PayloadFixtures;
import io.iotad.models.fixtures.PayloadFuzz;
import io.iotad.models.testdata.Frames;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes the {@code one_class_svm} codec: random payloads and payloads mutated from the version-1
 * fixture and a fresh current-version payload are decoded or refused with our exception and a
 * message, never another exception or an {@link Error} ({@link PayloadFuzz}, {@link CodecFuzzProperties}).
 */
class OneClassSvmCodecFuzzTest extends CodecFuzzProperties {
    private static final OneClassSvmCodec CODEC = new OneClassSvmCodec();

    @Override
    protected PayloadCodec codec() {
        return CODEC;
    }

    @Override
    protected List<Sample> buildSamples() throws IOException {
        byte[] v1 = resource("one_class_svm-v1.payload");
        byte[] current = written(new OneClassSvmStrategy().bind(Map.of("nu", 0.1)).fit(
                Frames.of(PayloadFixtures.NAMES, Frames.gaussian(200, 3, 6)), Frames.labels(new int[0]),
                new FitContext(3, 1, ProgressListener.NONE)));
        return List.of(new Sample("one_class_svm", 1, v1, v1.length),
                new Sample("one_class_svm", OneClassSvmCodec.VERSION, current, current.length));
    }
}
