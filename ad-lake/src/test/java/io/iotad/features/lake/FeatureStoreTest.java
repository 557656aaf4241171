package io.iotad.features.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.data.DataException;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.features.pipeline.FeaturePipelineSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feature store keeps a day's rows bit for bit, per spec, and knows when their sources changed. */
class FeatureStoreTest {
    private static final LocalDate DAY = LocalDate.of(2024, 11, 14);
    private static final FeaturePipelineSpec SPEC = FeaturePipelineSpec.standard();

    @TempDir
    Path dir;

    private static FeatureFrame rowsOf(LocalDate day, String... apartments) {
        int n = apartments.length;
        int cols = SPEC.outputSchema().size();
        double[][] v = new double[cols][n];
        double[] odd = {Double.NaN, -0.0, Double.MIN_VALUE, 1.0 / 3, -1e300, 0.1 + 0.2};
        for (int c = 0; c < cols; c++) {
            for (int i = 0; i < n; i++) {
                v[c][i] = odd[(c + i) % odd.length] * (c + 1);
            }
        }
        String[] buildings = new String[n];
        LocalDate[] dates = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            buildings[i] = "bldg_'" + i % 2;
            dates[i] = day;
        }
        return FeatureFrame.of(SPEC.outputSchema(), apartments, buildings, dates, v);
    }

    @Test
    void given_stored_days_when_read_back_then_every_value_and_key_is_the_same_bits_sorted_by_apartment_then_day()
            throws Exception {
        FeatureStore store = FeatureStore.open(dir, SPEC);
        store.write(DAY, rowsOf(DAY, "apt_2", "apt_1"), Map.of(DAY, "absent"));
        store.write(DAY.plusDays(1), rowsOf(DAY.plusDays(1), "apt_1"), Map.of(DAY, "absent"));

        FeatureFrame back = store.read(java.util.List.of(DAY, DAY.plusDays(1)));

        assertThat(back.rowCount()).isEqualTo(3);
        assertThat(back.apartmentId(0)).isEqualTo("apt_1");
        assertThat(back.eventDate(0)).isEqualTo(DAY);
        assertThat(back.eventDate(1)).isEqualTo(DAY.plusDays(1));
        assertThat(back.apartmentId(2)).isEqualTo("apt_2");
        FeatureFrame written = rowsOf(DAY, "apt_2", "apt_1");
        for (int c = 0; c < SPEC.outputSchema().size(); c++) {
            assertThat(Double.doubleToLongBits(back.value(2, c))).isEqualTo(Double.doubleToLongBits(written.value(0, c)));
            assertThat(Double.doubleToLongBits(back.value(0, c))).isEqualTo(Double.doubleToLongBits(written.value(1, c)));
        }
        assertThat(back.buildingId(2)).isEqualTo("bldg_'0");
    }

    @Test
    void a_day_is_stored_only_with_the_sources_it_was_computed_from() throws Exception {
        ReadingsLake lake = new ReadingsLake(dir.resolve("lake"));
        Path partition = lake.partitionFile(DAY);
        Files.createDirectories(partition.getParent());
        Files.writeString(partition, "not really parquet: only its size and time are read");
        Map<LocalDate, String> sources = new TreeMap<>(Map.of(DAY, FeatureStore.fingerprint(lake, DAY),
                DAY.minusDays(1), FeatureStore.fingerprint(lake, DAY.minusDays(1))));
        assertThat(sources.get(DAY.minusDays(1))).isEqualTo("absent");
        FeatureStore store = FeatureStore.open(dir.resolve("features"), SPEC);
        assertThat(store.storedDay(DAY, sources)).isFalse();

        store.write(DAY, rowsOf(DAY, "apt_1"), sources);
        assertThat(store.storedDay(DAY, sources)).isTrue();

        Files.setLastModifiedTime(partition, FileTime.fromMillis(Files.getLastModifiedTime(partition).toMillis() + 5000));
        Map<LocalDate, String> now = new TreeMap<>(Map.of(DAY, FeatureStore.fingerprint(lake, DAY),
                DAY.minusDays(1), "absent"));
        assertThat(store.storedDay(DAY, now)).as("the partition was re-ingested").isFalse();
    }

    @Test
    void another_spec_has_its_own_folder_and_a_changed_spec_file_is_refused() throws Exception {
        FeatureStore a = FeatureStore.open(dir, SPEC);
        a.write(DAY, rowsOf(DAY, "apt_1"), Map.of());
        FeaturePipelineSpec other = FeaturePipelineSpec.standard(ZoneId.of("UTC"), 24, 18);
        FeatureStore b = FeatureStore.open(dir, other);

        assertThat(b.directory()).isNotEqualTo(a.directory());
        assertThat(b.storedDay(DAY, Map.of())).isFalse();
        assertThat(a.storedDay(DAY, Map.of())).isTrue();
        io.iotad.core.frame.FeatureSchema fewer = io.iotad.core.frame.FeatureSchema.of(SPEC.outputSchema().names().subList(0, 3));
        assertThatThrownBy(() -> a.write(DAY, FeatureFrame.of(fewer, new String[0], new String[0], new LocalDate[0],
                new double[3][0]), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the store holds");

        Path spec = a.directory().resolve("spec.json");
        Files.writeString(spec, Files.readString(spec).replace("48.0", "47.0"));
        assertThatThrownBy(() -> FeatureStore.open(dir, SPEC)).isInstanceOf(DataException.class)
                .hasMessageContaining(spec.toString()).hasMessageContaining("store of exactly this spec");
    }
}
