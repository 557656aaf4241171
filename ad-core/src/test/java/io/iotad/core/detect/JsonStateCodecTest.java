package io.iotad.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.iotad.core.artifact.CorruptPayloadException;
import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class JsonStateCodecTest {
    private record Offset(String feature) implements DetectorOptions {
        static Offset parse(Map<String, ?> raw) {
            Object f = raw.get("feature");
            if (!(f instanceof String s) || s.isBlank()) {
                throw new IllegalArgumentException("option 'feature' must be a feature name, got " + f);
            }
            return new Offset(s);
        }

        @Override
        public Map<String, Object> toMap() {
            return Map.of("feature", feature);
        }
    }

    private static final class Shift extends AbstractDetector<Offset> {
        final Map<String, double[]> state;

        Shift(Offset options, Map<String, double[]> state) {
            super("shift", FeatureSchema.of(options.feature()), MissingValuePolicy.SKIP_ROW, options);
            if (state.isEmpty()) {
                throw new IllegalArgumentException("no apartment");
            }
            this.state = state;
        }

        @Override
        public Scores score(FeatureFrame frame) {
            throw new UnsupportedOperationException("not scored in this test");
        }
    }

    private static final JsonStateCodec<Offset, Shift, Map<String, double[]>> CODEC = new JsonStateCodec<>(2, Shift.class,
            Offset::parse, new TypeReference<Map<String, double[]>>() { }, d -> d.state, Shift::new);

    private static byte[] write(Detector d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CODEC.write(d, out);
        return out.toByteArray();
    }

    @Property(tries = 200)
    void every_double_round_trips_bit_for_bit(@ForAll double a, @ForAll double b) throws IOException {
        Map<String, double[]> state = new TreeMap<>(Map.of("apt 1", new double[] {a, b}, "\"quoted\"", new double[] {b}));

        Shift back = (Shift) CODEC.read(new ByteArrayInputStream(write(new Shift(new Offset("x"), state))), 2);

        assertThat(back.options()).isEqualTo(new Offset("x"));
        assertThat(back.state.keySet()).isEqualTo(state.keySet());
        assertThat(Double.doubleToRawLongBits(back.state.get("apt 1")[0])).isEqualTo(Double.doubleToRawLongBits(a));
        assertThat(Double.doubleToRawLongBits(back.state.get("apt 1")[1])).isEqualTo(Double.doubleToRawLongBits(b));
    }

    @Property(tries = 300)
    void a_mutated_or_random_payload_is_decoded_or_refused_with_a_reason(@ForAll @IntRange(min = 0, max = 3) int kind,
            @ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll byte value,
            @ForAll @IntRange(min = 1, max = 200) int length, @ForAll @Size(max = 200) byte[] random) throws IOException {
        byte[] valid = write(new Shift(new Offset("x"), new TreeMap<>(Map.of("a", new double[] {1, Double.NaN}, "b",
                new double[] {-0.0}))));
        int at = position % valid.length;
        byte[] bad = switch (kind) {
            case 0 -> {
                byte[] b = valid.clone();
                b[at] ^= (byte) (value | 1);
                yield b;
            }
            case 1 -> Arrays.copyOf(valid, at);
            case 2 -> {
                // a run of one byte ('[' or '{' nest deeply, '9' makes long numbers)
                byte[] run = new byte[length * 10];
                Arrays.fill(run, "[{9\"".getBytes(StandardCharsets.US_ASCII)[Math.floorMod(value, 4)]);
                byte[] b = new byte[valid.length + run.length];
                System.arraycopy(valid, 0, b, 0, at);
                System.arraycopy(run, 0, b, at, run.length);
                System.arraycopy(valid, at, b, at + run.length, valid.length - at);
                yield b;
            }
            default -> random;
        };
        try {
            assertThat(CODEC.read(new ByteArrayInputStream(bad), 2)).isInstanceOf(Shift.class);
        } catch (CorruptPayloadException e) {
            assertThat(e.getMessage()).startsWith("corrupt Shift payload: ");
        }
    }

    @Test
    void given_an_older_version_when_read_then_it_is_read_and_a_newer_one_is_refused() throws IOException {
        byte[] payload = write(new Shift(new Offset("x"), Map.of("a", new double[] {1})));

        assertThat(CODEC.read(new ByteArrayInputStream(payload), 1)).isInstanceOf(Shift.class);
        assertThatThrownBy(() -> CODEC.read(new ByteArrayInputStream(payload), 3))
                .isInstanceOf(UnsupportedVersionException.class).hasMessageContaining("Unknown version 3");
        assertThatThrownBy(() -> CODEC.read(new ByteArrayInputStream(payload), 0))
                .isInstanceOf(UnsupportedVersionException.class);
    }

    @Test
    void given_corrupt_payloads_when_read_then_each_is_refused_with_an_io_exception_naming_the_problem() {
        for (String bad : new String[] {"", "[1,2]", "{\"options\":{\"feature\":\"x\"}}", "{\"options\":3,\"state\":{}}",
            "{\"options\":{\"feature\":\"x\"},\"state\":{\"a\":\"nope\"}}", "{\"options\":{\"feature\":\" \"},\"state\":{}}",
            "{\"options\":{\"feature\":\"x\"},\"state\":{}}", "{\"options\":{\"feature\":\"x\"},\"state\":null}", "{\"opt"}) {
            assertThatThrownBy(() -> CODEC.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), 1))
                    .as(bad).isInstanceOf(IOException.class).hasMessageContaining("corrupt Shift payload");
        }
    }

    @Test
    void given_another_strategys_detector_when_written_then_it_is_refused() {
        Detector other = new AbstractDetector<Offset>("other", FeatureSchema.of("x"), MissingValuePolicy.SKIP_ROW,
                new Offset("x")) {
            @Override
            public Scores score(FeatureFrame frame) {
                throw new UnsupportedOperationException();
            }
        };

        assertThatThrownBy(() -> write(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("writes Shift", "other");
    }
}
