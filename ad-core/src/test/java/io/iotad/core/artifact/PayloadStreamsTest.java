package io.iotad.core.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        PayloadReader r = new PayloadReader(new ByteArrayInputStream(out.toByteArray()), "test payload");
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
        assertThatThrownBy(() -> new PayloadReader(new ByteArrayInputStream(out.toByteArray()), "test payload").readDoubles("coefficients"))
                .isInstanceOf(IOException.class).hasMessageContaining("coefficients length");
        ByteArrayOutputStream neg = new ByteArrayOutputStream();
        new DataOutputStream(neg).writeInt(-1);
        assertThatThrownBy(() -> new PayloadReader(new ByteArrayInputStream(neg.toByteArray()), "test payload").readString("id"))
                .isInstanceOf(IOException.class).hasMessageContaining("id length is -1");
    }

    @Test
    void given_truncated_bytes_or_bad_json_when_read_then_io_fails() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DataOutputStream(out).writeInt(10);
        out.write(new byte[] {1, 2});
        assertThatThrownBy(() -> new PayloadReader(new ByteArrayInputStream(out.toByteArray()), "test payload").readBytes("blob"))
                .isInstanceOf(CorruptPayloadException.class).hasMessageContaining("blob length is 10 but only 2 bytes are left");
        // any other stream is read to its end first, so its length is known as well
        assertThatThrownBy(() -> new PayloadReader(new java.io.BufferedInputStream(new ByteArrayInputStream(out.toByteArray())),
                "test payload").readBytes("blob"))
                .isInstanceOf(CorruptPayloadException.class).hasMessageContaining("blob length is 10 but only 2 bytes are left");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new PayloadWriter(json).writeBytes("[1]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new PayloadReader(new ByteArrayInputStream(json.toByteArray()), "test payload").readJson("options"))
                .isInstanceOf(IOException.class).hasMessageContaining("options is not a JSON object");
    }

    @Test
    void given_versions_outside_1_to_supported_when_checked_then_they_are_refused() {
        PayloadReader.requireVersion("x payload", 1, 1);
        assertThatThrownBy(() -> PayloadReader.requireVersion("x payload", 2, 1))
                .isInstanceOf(UnsupportedVersionException.class).hasMessageContaining("Unknown version 2 of the x payload");
        assertThatThrownBy(() -> PayloadReader.requireVersion("x payload", 0, 1)).isInstanceOf(UnsupportedVersionException.class);
    }

    @Test
    void given_a_forged_count_in_a_short_payload_when_read_then_it_is_refused_before_allocating() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DataOutputStream(out).writeInt(Integer.MAX_VALUE - 1);
        out.write(new byte[1000]);
        // in memory: the count is checked against the 1000 bytes left
        assertThatThrownBy(() -> new PayloadReader(new ByteArrayInputStream(out.toByteArray()), "x payload")
                .readCount("feature count", 2))
                .isInstanceOf(CorruptPayloadException.class)
                .hasMessage("corrupt x payload: feature count is 2147483646, expected 0..268435456");
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        new DataOutputStream(small).writeInt(1000);
        small.write(new byte[100]);
        assertThatThrownBy(() -> new PayloadReader(new ByteArrayInputStream(small.toByteArray()), "x payload")
                .readDoubles("points"))
                .isInstanceOf(CorruptPayloadException.class)
                .hasMessageContaining("points length is 1000 but only 100 bytes are left").hasMessageContaining("fewer than the 8000 it needs");
    }

    @Test
    void given_a_table_by_id_when_written_and_read_then_it_comes_back_sorted_with_the_same_bytes_as_by_hand()
            throws IOException {
        Map<String, Double> table = new java.util.TreeMap<>(Map.of("apt_2", 2.5, "apt_1", -0.0, "apt_3", Double.NaN));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PayloadWriter w = new PayloadWriter(out);
        IdKeyedTable.write(w, table, PayloadWriter::writeDouble);
        w.flush();
        ByteArrayOutputStream byHand = new ByteArrayOutputStream();
        PayloadWriter h = new PayloadWriter(byHand);
        h.writeInt(3);
        for (Map.Entry<String, Double> e : table.entrySet()) {
            h.writeString(e.getKey());
            h.writeDouble(e.getValue());
        }
        h.flush();
        assertThat(out.toByteArray()).isEqualTo(byHand.toByteArray());

        PayloadReader r = new PayloadReader(new ByteArrayInputStream(out.toByteArray()), "test payload");
        Map<String, Double> back = IdKeyedTable.read(r, "apartment count", "apartment id", Integer.BYTES + Double.BYTES,
                PayloadReader::readDouble);
        assertThat(back.keySet()).containsExactly("apt_1", "apt_2", "apt_3");
        assertThat(back.get("apt_2")).isEqualTo(2.5);
        assertThat(Double.doubleToRawLongBits(back.get("apt_1"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(back.get("apt_3")).isNaN();
        r.requireEnd();
    }

    @Test
    void given_a_forged_table_count_when_read_then_it_is_refused_naming_the_count_before_allocating() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DataOutputStream(out).writeInt(Integer.MAX_VALUE - 1);
        PayloadReader r = new PayloadReader(new ByteArrayInputStream(out.toByteArray()), "test payload");
        assertThatThrownBy(() -> IdKeyedTable.read(r, "building fit count", "building id", 24, PayloadReader::readDouble))
                .isInstanceOf(CorruptPayloadException.class).hasMessageContaining("building fit count is ");
    }

    @Test
    void given_json_nested_beyond_the_bound_when_read_then_it_is_refused() throws IOException {
        String deep = "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PayloadWriter(out).writeBytes(deep.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new PayloadReader(new ByteArrayInputStream(out.toByteArray()), "x payload",
                new PayloadLimits(1000, 1000, 10)).readJson("options"))
                .isInstanceOf(CorruptPayloadException.class).hasMessageContaining("options is not valid JSON")
                .hasMessageContaining("nesting depth");
        assertThatThrownBy(() -> new PayloadLimits(0, 1, 1)).hasMessageContaining("maxElements must be in [1, ");
    }

    @Test
    void given_version_1_strings_and_trailing_bytes_when_read_then_they_are_handled() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        d.writeUTF("Wärme");
        d.writeByte(1);
        PayloadReader r = new PayloadReader(new ByteArrayInputStream(out.toByteArray()), "x payload");
        assertThat(r.readModifiedUtf8("name")).isEqualTo("Wärme");
        assertThatThrownBy(r::requireEnd).isInstanceOf(CorruptPayloadException.class)
                .hasMessageContaining("bytes follow the last field");
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        new PayloadWriter(bad).writeBytes(new byte[] {(byte) 0xC3, 0x28});
        assertThatThrownBy(() -> new PayloadReader(new ByteArrayInputStream(bad.toByteArray()), "x payload").readString("id"))
                .isInstanceOf(CorruptPayloadException.class).hasMessageContaining("id is not valid UTF-8");
    }

    @Property(tries = 50)
    void any_double_round_trips_bit_exactly(@ForAll double v) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PayloadWriter(out).writeDouble(v);
        double back = new PayloadReader(new ByteArrayInputStream(out.toByteArray()), "test payload").readDouble();
        assertThat(Double.doubleToRawLongBits(back)).isEqualTo(Double.doubleToRawLongBits(v));
    }
}
