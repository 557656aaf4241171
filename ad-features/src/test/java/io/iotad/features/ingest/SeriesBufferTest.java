package io.iotad.features.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.features.readings.SensorSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SeriesBufferTest {
    /**
     * Whatever the number of chunks, the series is every instant once, ascending, with the value added last
     * for it (a plain sorted map as the reference).
     */
    @Property(tries = 40)
    void given_readings_across_many_chunks_when_built_then_sorted_distinct_and_the_last_value_wins(
            @ForAll @IntRange(min = 0, max = 6000) int n, @ForAll @IntRange(min = 1, max = 20000) int span,
            @ForAll boolean inOrder, @ForAll long seed) {
        Random random = new Random(seed);
        SeriesBuffer buffer = new SeriesBuffer(0, "heating_energy_kwh", "default");
        TreeMap<Long, Double> reference = new TreeMap<>();
        long added = 0;
        for (int i = 0; i < n; i++) {
            long t = inOrder ? i * 900_000_000_000L : random.nextInt(span) * 900_000_000_000L;
            double v = random.nextGaussian();
            buffer.add(t, v);
            reference.put(t, v);
            added++;
        }
        assertThat(buffer.size()).isEqualTo(n);
        long[] duplicates = new long[1];
        SensorSeries s = buffer.toSeries(duplicates);
        List<Long> instants = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            instants.add(s.epochNanos()[i]);
            values.add(s.values()[i]);
        }
        assertThat(instants).containsExactlyElementsOf(reference.keySet());
        assertThat(values).containsExactlyElementsOf(reference.values());
        assertThat(duplicates[0]).isEqualTo(added - reference.size());
        assertThat(s.epochNanos()).hasSize(reference.size());
    }

    @Test
    void given_one_full_chunk_after_another_then_no_reading_is_lost_at_a_chunk_boundary() {
        SeriesBuffer buffer = new SeriesBuffer(0, "room_temp_c", "bedroom");
        int n = 3 * SeriesBuffer.MAX_CHUNK + 1;
        for (int i = 0; i < n; i++) {
            buffer.add(i, i / 10.0);
        }
        SensorSeries s = buffer.toSeries(new long[1]);
        assertThat(s.size()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            assertThat(s.epochNanos()[i]).isEqualTo(i);
            assertThat(s.values()[i]).isEqualTo(i / 10.0);
        }
        assertThat(s.sensorType()).isEqualTo("room_temp_c");
        assertThat(s.roomName()).isEqualTo("bedroom");
    }
}
