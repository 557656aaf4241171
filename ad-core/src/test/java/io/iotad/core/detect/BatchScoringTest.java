package io.iotad.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.score.Scores;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BatchScoringTest {
    private static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);

    /** Scores a row by its value minus the apartment's previous row in the frame: it needs one day of history. */
    private static final class DayOverDay extends AbstractDetector<NoOptions> {
        DayOverDay() {
            super("day_over_day", FeatureSchema.of("x"), MissingValuePolicy.SKIP_ROW, new NoOptions());
        }

        @Override
        public int historyDays() {
            return 1;
        }

        @Override
        public Scores score(FeatureFrame frame) {
            Map<String, Double> previous = new HashMap<>();
            double[] out = new double[frame.rowCount()];
            for (int i = 0; i < out.length; i++) {
                Double p = previous.put(frame.apartmentId(i), frame.value(i, 0));
                out[i] = p == null ? Double.NaN : frame.value(i, 0) - p;
            }
            return Scores.of(frame, out);
        }
    }

    private record NoOptions() implements DetectorOptions {
        @Override
        public Map<String, Object> toMap() {
            return Map.of();
        }
    }

    private static FeatureFrame frame(int days) {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("x"));
        for (int d = 0; d < days; d++) {
            for (String apt : new String[] {"a1", "a2"}) {
                b.add(new RowKey(apt, "b1", DAY0.plusDays(d)), d * d + (apt.equals("a2") ? 100 : 0));
            }
        }
        return b.build();
    }

    @Test
    void given_a_detector_that_looks_back_when_a_day_is_scored_in_context_then_it_sees_the_day_before() {
        FeatureFrame all = frame(5);
        LocalDate day = DAY0.plusDays(3);

        Scores inContext = BatchScoring.inContext(new DayOverDay(), all, day, day);
        Scores alone = new DayOverDay().score(BatchScoring.days(all, day, day));

        assertThat(inContext.values()).containsExactly(9 - 4, 9 - 4);
        assertThat(inContext.rows().eventDate(0)).isEqualTo(day);
        assertThat(alone.values()).containsOnly(Double.NaN);
    }

    /** A row-wise detector that records how many rows it was given. */
    private static final class RowWise extends AbstractDetector<NoOptions> {
        int rowsSeen = -1;

        RowWise() {
            super("row_wise", FeatureSchema.of("x"), MissingValuePolicy.SKIP_ROW, new NoOptions());
        }

        @Override
        public Scores score(FeatureFrame frame) {
            rowsSeen = frame.rowCount();
            double[] out = new double[frame.rowCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = 2 * frame.value(i, 0);
            }
            return Scores.of(frame, out);
        }
    }

    @Test
    void given_a_detector_without_history_when_a_day_is_scored_in_context_then_it_is_given_the_days_rows_alone() {
        FeatureFrame all = frame(6);
        LocalDate day = DAY0.plusDays(4);
        RowWise detector = new RowWise();

        Scores s = BatchScoring.inContext(detector, all, day, day);

        assertThat(detector.rowsSeen).isEqualTo(2);
        assertThat(s.values()).containsExactly(2 * 16.0, 2 * 116.0);
        assertThat(s.rows().eventDate(0)).isEqualTo(day);
        assertThat(s.rows().apartmentId(1)).isEqualTo("a2");
    }

    @Property(tries = 50)
    void the_kept_scores_follow_the_batch_rows_and_later_days_never_change_them(@ForAll @IntRange(min = 1, max = 12) int days,
                                                                                  @ForAll @IntRange(min = 0, max = 11) int a,
                                                                                  @ForAll @IntRange(min = 0, max = 11) int len) {
        FeatureFrame all = frame(days);
        LocalDate from = DAY0.plusDays(Math.min(a, days - 1));
        LocalDate to = from.plusDays(len);

        Scores s = BatchScoring.inContext(new DayOverDay(), all, from, to);
        Scores upToTo = BatchScoring.inContext(new DayOverDay(), BatchScoring.days(all, DAY0, to), from, to);

        assertThat(s.size()).isEqualTo(BatchScoring.days(all, from, to).rowCount());
        assertThat(s.values()).containsExactly(upToTo.values());
        for (int i = 0; i < s.size(); i++) {
            assertThat(s.rows().eventDate(i)).isBetween(from, to);
        }
    }

    @Test
    void given_a_frame_when_history_is_counted_then_it_is_the_days_before_the_first_scored_day() {
        FeatureFrame all = frame(5);

        assertThat(BatchScoring.historyDaysBefore(all, DAY0.plusDays(3))).isEqualTo(3);
        assertThat(BatchScoring.historyDaysBefore(all, DAY0)).isZero();
        assertThat(BatchScoring.historyDaysBefore(frame(0), DAY0)).isZero();
    }

    @Test
    void given_an_empty_range_when_scored_then_it_is_refused_naming_the_days() {
        assertThatThrownBy(() -> BatchScoring.inContext(new DayOverDay(), frame(3), DAY0.plusDays(2), DAY0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-01-03 .. 2024-01-01");
    }
}
