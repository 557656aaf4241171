package io.iotad.pipeline.flywheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class UnlabelledSamplingTest {
    private static final LocalDate START = LocalDate.of(2024, 11, 1);

    /** 10 apartments × 60 days. */
    private static FeatureFrame season() {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of(List.of("x")));
        for (int a = 0; a < 10; a++) {
            for (int d = 0; d < 60; d++) {
                b.add(new RowKey("a" + a, "b1", START.plusDays(d)), a * 100 + d);
            }
        }
        return b.build();
    }

    /** a0 confirmed faulty on day 30, a1 nothing found on day 10, a2 resident away on day 50. */
    private static final Labels VISITED = Labels.of(List.of(new Label("a0", START.plusDays(30), 1, "valve_stuck_open"),
            new Label("a1", START.plusDays(10), 0, "no_fault_found"), new Label("a2", START.plusDays(50), 0, "resident_away")));

    @Test
    void visited_labels_are_kept_and_unlabelled_days_enter_only_as_a_sample_away_from_confirmed_faults() {
        UnlabelledSampling.TrainingLabels t = new UnlabelledSampling(4, 14).labelsFor(season(), VISITED, 3L);

        assertThat(t.visited()).isEqualTo(3);
        assertThat(t.positives()).isEqualTo(1);
        assertThat(t.sampled()).isEqualTo(12);
        assertThat(t.pool()).isEqualTo(600 - 3 - 29 + 1); // a0's days 16..44 are guarded; day 30 itself is labelled
        assertThat(t.labels().size()).isEqualTo(15);
        assertThat(t.labels().positives()).isEqualTo(1);
        for (Label l : VISITED.all()) {
            assertThat(t.labels().get(l.apartmentId(), l.eventDate())).contains(l);
        }
        for (Label l : t.labels().all()) {
            if (UnlabelledSampling.SAMPLED_CAUSE.equals(l.cause())) {
                assertThat(l.label()).isZero();
                assertThat(VISITED.get(l.apartmentId(), l.eventDate())).isEmpty();
                boolean guarded = l.apartmentId().equals("a0")
                        && Math.abs(l.eventDate().toEpochDay() - START.plusDays(30).toEpochDay()) <= 14;
                assertThat(guarded).as("sampled %s", l).isFalse();
            }
        }
    }

    @Test
    void the_same_seed_gives_the_same_sample_and_a_zero_ratio_gives_the_visited_labels_alone() {
        UnlabelledSampling s = new UnlabelledSampling(4, 14);
        assertThat(s.labelsFor(season(), VISITED, 3L).labels().all()).isEqualTo(s.labelsFor(season(), VISITED, 3L).labels().all());
        assertThat(new UnlabelledSampling(0, 14).labelsFor(season(), VISITED, 3L).labels().all())
                .containsExactlyInAnyOrderElementsOf(VISITED.all());
    }

    @Property(tries = 50)
    void the_sample_never_exceeds_the_pool_nor_relabels_a_visited_day(@ForAll @DoubleRange(min = 0, max = 500) double ratio,
                                                                      @ForAll @IntRange(min = 0, max = 70) int guard,
                                                                      @ForAll long seed) {
        UnlabelledSampling.TrainingLabels t = new UnlabelledSampling(ratio, guard).labelsFor(season(), VISITED, seed);
        assertThat(t.sampled()).isLessThanOrEqualTo(t.pool());
        assertThat(t.labels().size()).isEqualTo(3 + t.sampled());
        assertThat(t.labels().positives()).isEqualTo(1);
    }

    @Test
    void bad_settings_are_refused() {
        assertThatThrownBy(() -> new UnlabelledSampling(-1, 14)).hasMessageContaining("negativesPerLabel >= 0");
        assertThatThrownBy(() -> new UnlabelledSampling(1, -1)).hasMessageContaining("guardDays >= 0");
    }
}
