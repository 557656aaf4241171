package io.iotad.models.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The conversion of xgboost4j 1.6's legacy binary models ({@code "binf"}) to XGBoost's JSON model: what it
 * refuses, and how it says so. That converted models score bit for bit as before is
 * {@link XGBoostPayloadFixtureTest} and {@link XGBoostArtifactFixtureTest}.
 */
class LegacyBinaryModelTest {
    private static byte[] payloadV1() throws IOException {
        try (InputStream in = LegacyBinaryModelTest.class.getResourceAsStream("xgboost-v1.payload")) {
            return in.readAllBytes();
        }
    }

    private static byte[] legacyModel() throws IOException {
        return ((XGBoostDetector) new XGBoostCodec().read(new ByteArrayInputStream(payloadV1()), 1)).modelBytes();
    }

    private static byte[] replaced(byte[] bytes, String what, String with) {
        byte[] w = what.getBytes(StandardCharsets.US_ASCII);
        byte[] r = with.getBytes(StandardCharsets.US_ASCII);
        byte[] out = bytes.clone();
        for (int i = 0; i + w.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + w.length, w, 0, w.length)) {
                System.arraycopy(r, 0, out, i, r.length);
                return out;
            }
        }
        throw new AssertionError(what + " not found");
    }

    @Test
    void given_the_model_of_a_version_1_payload_when_examined_then_it_is_legacy_and_converts_to_a_json_model()
            throws IOException {
        byte[] legacy = legacyModel();

        String json = new String(LegacyBinaryModel.toJson(legacy), StandardCharsets.UTF_8);

        assertThat(LegacyBinaryModel.isLegacy(legacy)).isTrue();
        assertThat(json).startsWith("{\"learner\":").contains("\"name\":\"binary:logistic\"", "\"name\":\"gbtree\"",
                "\"num_trees\":\"10\"", "\"base_score\":\"0.5\"", "\"num_feature\":\"3\"");
    }

    @Test
    void given_a_model_of_this_build_when_examined_then_it_is_not_legacy() throws IOException {
        XGBoostDetector d = (XGBoostDetector) new XGBoostCodec().read(getClass().getResourceAsStream("xgboost-v2.payload"), 2);

        assertThat(LegacyBinaryModel.isLegacy(d.modelBytes())).isFalse();
        assertThat(LegacyBinaryModel.isLegacy(new byte[] {'b', 'i'})).isFalse();
        assertThatThrownBy(() -> LegacyBinaryModel.toJson(d.modelBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binf").hasMessageContaining("retrain");
    }

    @Test
    void given_a_legacy_model_of_another_booster_when_read_then_it_is_refused_with_how_to_retrain() throws IOException {
        byte[] other = replaced(legacyModel(), "gbtree", "gbxxxx");

        assertThatThrownBy(() -> LegacyBinaryModel.toJson(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("booster 'gbxxxx'").hasMessageContaining("retrain the model with this build");
    }

    @Test
    void given_a_version_1_payload_whose_model_cannot_be_converted_when_read_then_the_error_says_how_to_retrain()
            throws IOException {
        byte[] payload = replaced(payloadV1(), "gbtree", "gbxxxx");

        assertThatThrownBy(() -> new XGBoostCodec().read(new ByteArrayInputStream(payload), 1))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("xgboost4j 1.6").hasMessageContaining("gbxxxx").hasMessageContaining("iotad train");
    }

    @Property(tries = 60)
    void every_truncated_legacy_model_is_refused_clearly_never_half_read(@ForAll @IntRange(min = 4, max = 9836) int length)
            throws IOException {
        byte[] legacy = legacyModel();
        byte[] cut = Arrays.copyOf(legacy, Math.min(length, legacy.length - 1));

        assertThatThrownBy(() -> LegacyBinaryModel.toJson(cut))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retrain");
    }
}
