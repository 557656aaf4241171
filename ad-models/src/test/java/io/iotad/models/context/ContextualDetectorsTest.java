package io.iotad.models.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.detect.BatchScoring;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.DetectorStrategy;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.models.forest.IsolationForestDetector;
import io.iotad.models.lof.LofDetector;
import io.iotad.models.testing.DailyFrames;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The {@code context} option of {@code isolation_forest} and {@code lof}, through the strategies' public API. */
class ContextualDetectorsTest {
    private static final FeatureFrame TRAIN = DailyFrames.heating(12, 70, 21);

    private static Detector fit(String strategy, String mode, long seed, int threads) {
        Map<String, Object> o = new HashMap<>(Map.of("context", mode, "context_window_days", 21, "context_min_days", 10,
                "context_min_peers", 2));
        if (strategy.equals("isolation_forest")) {
            o.put("trees", 40);
        }
        return DetectorStrategies.byName(strategy).bind(o).fit(TRAIN, Labels.empty(), new FitContext(seed, threads, ProgressListener.NONE));
    }

    private static long[] bits(Scores s) {
        return Arrays.stream(s.values()).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    @ParameterizedTest
    @CsvSource({"isolation_forest,apartment", "isolation_forest,apartment_then_peers", "isolation_forest,apartment_and_peers",
            "lof,apartment", "lof,peers", "lof,apartment_and_peers"})
    void given_a_seed_when_fitted_twice_on_any_threads_then_the_scores_are_identical(String strategy, String mode) {
        Scores a = fit(strategy, mode, 7, 1).score(TRAIN);
        Scores b = fit(strategy, mode, 7, 3).score(TRAIN);
        assertThat(bits(b)).containsExactly(bits(a));
    }

    @ParameterizedTest
    @CsvSource({"isolation_forest,apartment_then_peers", "isolation_forest,apartment_and_peers", "lof,apartment_and_peers",
            "lof,apartment_then_peers"})
    void given_a_contextual_detector_when_written_and_read_then_it_scores_bit_identically(String strategy, String mode)
            throws IOException {
        Detector d = fit(strategy, mode, 3, 2);
        DetectorStrategy<?> s = DetectorStrategies.byName(strategy);
        Detector back = DailyFrames.roundTrip(s.codec(), d);
        assertThat(back.options()).isEqualTo(d.options());
        assertThat(back.historyDays()).isEqualTo(21);
        assertThat(bits(back.score(TRAIN))).containsExactly(bits(d.score(TRAIN)));
        assertThat(d.options().toMap()).containsEntry("context", mode).containsEntry("context_window_days", 21);
        assertThat(s.parseOptions(d.options().toMap())).isEqualTo(d.options());
    }

    @ParameterizedTest
    @CsvSource({"isolation_forest,apartment_then_peers", "lof,apartment"})
    void given_days_after_the_scored_ones_when_removed_then_their_scores_do_not_change(String strategy, String mode) {
        Detector d = fit(strategy, mode, 5, 2);
        LocalDate from = DailyFrames.START.plusDays(50);
        LocalDate to = DailyFrames.START.plusDays(55);
        long cut = to.toEpochDay();

        Scores withFuture = BatchScoring.inContext(d, TRAIN, from, to);
        Scores withoutFuture = BatchScoring.inContext(d, TRAIN.filter(i -> TRAIN.epochDay(i) <= cut), from, to);
        // the scored days alone, with only the history the detector declares
        long first = from.minusDays(d.historyDays()).toEpochDay();
        Scores declared = BatchScoring.inContext(d, TRAIN.filter(i -> TRAIN.epochDay(i) >= first), from, to);

        assertThat(bits(withoutFuture)).containsExactly(bits(withFuture));
        assertThat(bits(declared)).containsExactly(bits(withFuture));
        assertThat(Arrays.stream(withFuture.values()).noneMatch(Double::isNaN)).isTrue();
    }

    @Test
    void given_an_apartment_far_above_its_own_history_but_inside_the_portfolio_range_when_scored_then_context_ranks_it_first() {
        // one building of 8 apartments under the same weather: energy = own level + 1.5 x HDD + noise (0.5 kWh);
        // on day 60 the smallest user uses 8 kWh more than usual, still less than the largest users
        java.util.SplittableRandom r = new java.util.SplittableRandom(17);
        io.iotad.core.frame.FeatureSchema schema = io.iotad.core.frame.FeatureSchema.of("daily_energy_kwh", "hdd");
        double[] hdd = new double[70];
        for (int t = 0; t < hdd.length; t++) {
            hdd[t] = Math.max(0, 10 + 6 * Math.sin(t / 9.0) + 2 * (r.nextDouble() - 0.5));
        }
        FeatureFrame.Builder b = FeatureFrame.builder(schema);
        for (int a = 0; a < 8; a++) {
            for (int t = 0; t < hdd.length; t++) {
                double e = 5 + 4 * a + 1.5 * hdd[t] + 0.5 * DailyFrames.gaussian(r) + (a == 0 && t == 60 ? 8 : 0);
                b.add(new io.iotad.core.frame.RowKey("apt-" + a, "bld-0", DailyFrames.START.plusDays(t)), e, hdd[t]);
            }
        }
        FeatureFrame frame = b.build();
        assertThat(frame.value(60, 0)).isLessThan(frame.value(7 * 70 + 60, 0));
        LocalDate day = DailyFrames.START.plusDays(60);
        FeatureFrame train = frame.filter(i -> frame.epochDay(i) < day.toEpochDay());

        Detector contextual = DetectorStrategies.byName("isolation_forest").bind(Map.of("context", "apartment_then_peers",
                "context_window_days", 21, "context_min_days", 10, "context_min_peers", 3, "trees", 100))
                .fit(train, Labels.empty(), new FitContext(9, 1, ProgressListener.NONE));
        Scores s = BatchScoring.inContext(contextual, frame, day, day);

        assertThat(s.key(s.ranking()[0]).apartmentId()).as("the raised day ranks first among the day's apartments")
                .isEqualTo("apt-0");
    }

    @Test
    void given_a_contextual_detector_when_raw_rows_are_scored_then_it_refuses() {
        IsolationForestDetector f = (IsolationForestDetector) fit("isolation_forest", "apartment", 1, 1);
        LofDetector l = (LofDetector) fit("lof", "peers", 1, 1);
        assertThatThrownBy(() -> f.scoreRows(new double[4])).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("scores frames");
        assertThatThrownBy(() -> l.scoreRows(new double[4])).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("scores frames");
    }

    @Test
    void given_no_context_when_fitted_then_history_is_zero_and_the_manifest_options_are_as_before() {
        Detector d = DetectorStrategies.byName("isolation_forest").bind(Map.of("trees", 10)).fit(TRAIN, Labels.empty(), FitContext.seeded(1));
        assertThat(d.historyDays()).isZero();
        assertThat(d.options().toMap()).doesNotContainKey("context");
    }

    @Test
    void given_too_short_a_training_frame_for_the_context_when_fitted_then_the_message_names_the_context() {
        FeatureFrame shortFrame = DailyFrames.heating(2, 8, 1);
        assertThatThrownBy(() -> DetectorStrategies.byName("lof").bind(Map.of("context", "apartment"))
                .fit(shortFrame, Labels.empty(), FitContext.seeded(1)))
                .hasMessageContaining("enough context").hasMessageContaining("APARTMENT");
    }
}
