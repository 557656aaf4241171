package io.iotad.models.xgboost;

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
 * Fuzzes the {@code xgboost} codec: random payloads and payloads mutated from the version-1 fixture
 * and a fresh current-version payload are decoded or refused with our exception and a message,
 * never another exception or an {@link Error} ({@link PayloadFuzz}, {@link CodecFuzzProperties}).
 *
 * <p>Mutations stay in what our codec parses (the framing, options, names, threads and the model's
 * length prefix; truncation anywhere): the booster's own model bytes are parsed by the native
 * library, whose allocations we cannot bound; a mutated model block made it allocate until the
 * kernel killed the test JVM. The payload checksum detects damage there; forgery needs write access
 * to the registry (docs/model-artifact.md).
 */
class XGBoostCodecFuzzTest extends CodecFuzzProperties {
    private static final XGBoostCodec CODEC = new XGBoostCodec();

    @Override
    protected PayloadCodec codec() {
        return CODEC;
    }

    @Override
    protected List<Sample> buildSamples() throws IOException {
        double[][] x = Frames.gaussian(200, 3, 5);
        int[] y = new int[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = x[i][0] + x[i][1] > 1 ? 1 : 0;
        }
        byte[] current = written(new XGBoostStrategy().bind(Map.of("trees", 5)).fit(Frames.of(PayloadFixtures.NAMES, x),
                Frames.labels(y), new FitContext(3, 1, ProgressListener.NONE)));
        return List.of(sample(1, resource("xgboost-v1.payload")), sample(XGBoostCodec.VERSION, current));
    }

    /** @return the sample, with the bytes before the booster's model bytes as the part our codec parses */
    private static Sample sample(int version, byte[] payload) throws IOException {
        XGBoostDetector d = (XGBoostDetector) CODEC.read(new java.io.ByteArrayInputStream(payload), version);
        return new Sample("xgboost", version, payload, payload.length - d.modelBytes().length);
    }

    @Override
    protected int position(Sample sample, int kind, int position, boolean nearTheStart) {
        // kind 1 overwrites 4 bytes: it must end before the model bytes begin; kind 2 (truncation) may cut anywhere
        int room = kind == 1 ? sample.parsed() - 3 : sample.parsed();
        return kind == 2 ? position : position % (nearTheStart ? Math.min(256, room) : room);
    }
}
