package io.iotad.core.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TrainingLineageTest {
    /** The documented byte order, written independently with DataOutputStream (big-endian). */
    static String referenceHash(FeatureFrame f) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(bytes);
        o.write("iotad-frame-v1".getBytes(StandardCharsets.US_ASCII));
        o.writeInt(f.schema().size());
        for (String n : f.schema().names()) {
            byte[] b = n.getBytes(StandardCharsets.UTF_8);
            o.writeInt(b.length);
            o.write(b);
        }
        o.writeLong(f.rowCount());
        for (int i = 0; i < f.rowCount(); i++) {
            for (String s : List.of(f.apartmentId(i), f.buildingId(i))) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                o.writeInt(b.length);
                o.write(b);
            }
            o.writeLong(f.epochDay(i));
            for (int c = 0; c < f.schema().size(); c++) {
                o.writeLong(Double.doubleToLongBits(f.value(i, c)));
            }
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    }

    @Property(tries = 30)
    void the_content_hash_follows_the_documented_byte_order(@ForAll @IntRange(min = 0, max = 3000) int rows,
                                                            @ForAll long seed) throws Exception {
        FeatureFrame f = ModelArtifactTest.frame(seed, rows);

        assertThat(TrainingLineage.contentHash(f)).isEqualTo(referenceHash(f));
    }

    @Property(tries = 30)
    void changing_any_value_changes_the_hash(@ForAll @IntRange(min = 1, max = 200) int rows, @ForAll long seed,
                                             @ForAll @IntRange(min = 0, max = 10_000) int pick) {
        FeatureFrame f = ModelArtifactTest.frame(seed, rows);
        int row = pick % rows;
        double[] col = f.column("avg_temp_diff");
        col[row] = Math.nextUp(col[row]);
        FeatureFrame changed = f.select(FeatureSchema.of("daily_energy_kwh")).withColumn("avg_temp_diff", col);

        assertThat(TrainingLineage.contentHash(changed)).isNotEqualTo(TrainingLineage.contentHash(f));
    }

    @Test
    void given_a_frame_and_labels_when_described_then_rows_dates_and_labelled_rows_are_counted() {
        FeatureFrame f = FeatureFrame.builder(FeatureSchema.of("x"))
                .add(new RowKey("a", "b", LocalDate.of(2024, 3, 2)), 1.0)
                .add(new RowKey("a", "b", LocalDate.of(2024, 2, 28)), Double.NaN)
                .add(new RowKey("c", "b", LocalDate.of(2024, 3, 5)), 2.0)
                .build();
        Labels labels = Labels.of(List.of(new Label("a", LocalDate.of(2024, 3, 2), 1, "valve_stuck_closed"),
                new Label("z", LocalDate.of(2024, 3, 2), 0, "")));

        TrainingLineage l = TrainingLineage.of(f, labels);

        assertThat(l.rows()).isEqualTo(3);
        assertThat(l.firstDate()).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(l.lastDate()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(l.labelledRows()).isEqualTo(1);
        assertThat(l.contentHash()).isEqualTo(TrainingLineage.contentHash(f));
    }

    @Test
    void given_an_empty_frame_when_described_then_the_dates_are_absent() {
        TrainingLineage l = TrainingLineage.of(FeatureFrame.builder(FeatureSchema.of("x")).build(), Labels.empty());

        assertThat(l.rows()).isZero();
        assertThat(l.firstDate()).isNull();
        assertThat(l.contentHash()).hasSize(64);
    }
}
