package io.iotad.models.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RowChunksTest {
    @ParameterizedTest(name = "n={0}, threads={1}, minChunk={2}")
    @CsvSource({"0, 1, 1", "1, 4, 1", "1000, 1, 10", "1000, 3, 10", "1001, 8, 1", "5, 8, 256"})
    void given_a_range_when_run_in_chunks_then_every_index_is_visited_exactly_once(int n, int threads, int minChunk) {
        AtomicIntegerArray seen = new AtomicIntegerArray(n);
        RowChunks.forEach(n, threads, minChunk, (from, to) -> {
            for (int i = from; i < to; i++) {
                seen.incrementAndGet(i);
            }
        });
        for (int i = 0; i < n; i++) {
            assertThat(seen.get(i)).as("index %d", i).isEqualTo(1);
        }
    }

    @Test
    void given_a_failing_chunk_when_run_then_its_exception_reaches_the_caller() {
        assertThatThrownBy(() -> RowChunks.forEach(10_000, 4, 10, (from, to) -> {
            if (from > 0) {
                throw new IllegalStateException("chunk failed at " + from);
            }
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("chunk failed");
    }

    @Test
    void given_bad_counts_when_run_then_they_are_rejected() {
        assertThatThrownBy(() -> RowChunks.forEach(-1, 1, 1, (a, b) -> { })).hasMessageContaining("n=-1");
        assertThatThrownBy(() -> RowChunks.forEach(1, 0, 1, (a, b) -> { })).hasMessageContaining("threads=0");
        assertThatThrownBy(() -> RowChunks.forEach(1, 1, 0, (a, b) -> { })).hasMessageContaining("minChunk=0");
    }
}
