package io.iotad.models.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.artifact.UnsupportedVersionException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PayloadStreamsTest {
    @Test
    void given_every_field_type_when_written_and_read_then_values_come_back_exactly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PayloadWriter w = new PayloadWriter(out);
        w.writeInt(-7);
        w.writeDouble(Double.NaN);
        w.writeBoolean(true);
        w.writeString("Wärme °C");
        w.writeDoubles(new double[] {0.1, -0.0, Double.MAX_VALUE});
        w.writeStrings(List.of("a", ""));
        w.writeJson(Map.of("k", List.of(1, 2.5, "x")));
        w.flush();
        PayloadReader r = new PayloadReader(new ByteArrayInputStream(out.toByteArray()));
        assertThat(r.readInt()).isEqualTo(-7);
        assertThat(Double.doubleToRawLongBits(r.readDouble())).isEqualTo(Double.doubleToRawLongBits(Double.NaN));
        assertThat(r.readBoolean()).isTrue();
        assertThat(r.readString("s")).isEqualTo("Wärme °C");
        assertThat(r.readDoubles("d")).containsExactly(0.1, -0.0, Double.MAX_VALUE);
        assertThat(r.readStrings("l")).containsExactly("a", "");
        assertThat(r.readJson("j")).isEqualTo(Map.of("k", List.of(1, 2.5, "x")));
    }

    @Test
    void given_a_corrupt_length_when_read_then_it_fails_naming_the_field_before_allocating() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DataOutputStream(out).writeInt(Integer.MAX_VALUE);
        assertThatThrownBy(() -> new PayloadReader(new ByteArrayInputStream(out.toByteArray())).readDoubles("coefficients"))
                .isInstanceOf(IOException.class).hasMessageContaining("coefficients length");
        ByteArrayOutputStream neg = new ByteArrayOutputStream();
        new DataOutputStream(neg).writeInt(-1);
        assertThatThrownBy(() -> new PayloadReader(new ByteArrayInputStream(neg.toByteArray())).readString("id"))
                .isInstanceOf(IOException.class).hasMessageContaining("id length is -1");
    }

    @Test
    void given_truncated_bytes_or_bad_json_when_read_then_io_fails() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DataOutputStream(out).writeInt(10);
        out.write(new byte[] {1, 2});
        assertThatThrownBy(() -> new PayloadReader(new ByteArrayInputStream(out.toByteArray())).readBytes("blob"))
                .isInstanceOf(IOException.class).hasMessageContaining("truncated");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new PayloadWriter(json).writeBytes("[1]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new PayloadReader(new ByteArrayInputStream(json.toByteArray())).readJson("options"))
                .isInstanceOf(IOException.class).hasMessageContaining("options is not a JSON object");
    }

    @Test
    void given_versions_outside_1_to_supported_when_checked_then_they_are_refused() {
        PayloadVersions.require("x payload", 1, 1);
        assertThatThrownBy(() -> PayloadVersions.require("x payload", 2, 1))
                .isInstanceOf(UnsupportedVersionException.class).hasMessageContaining("Unknown version 2 of the x payload");
        assertThatThrownBy(() -> PayloadVersions.require("x payload", 0, 1)).isInstanceOf(UnsupportedVersionException.class);
    }

    @Property(tries = 50)
    void any_double_round_trips_bit_exactly(@ForAll double v) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PayloadWriter(out).writeDouble(v);
        double back = new PayloadReader(new ByteArrayInputStream(out.toByteArray())).readDouble();
        assertThat(Double.doubleToRawLongBits(back)).isEqualTo(Double.doubleToRawLongBits(v));
    }
}
