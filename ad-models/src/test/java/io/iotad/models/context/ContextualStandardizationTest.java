package io.iotad.models.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.models.matrix.RowMatrix;
import io.iotad.models.options.RawOptions;
import io.iotad.models.testing.DailyFrames;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContextualStandardizationTest {
    private static final FeatureSchema ENERGY = FeatureSchema.of("e");
    private static final LocalDate DAY0 = LocalDate.of(2025, 1, 6);
    private static final double SIGMA = 1.482602218505602;

    private static FeatureFrame series(double... values) {
        FeatureFrame.Builder b = FeatureFrame.builder(ENERGY);
        for (int t = 0; t < values.length; t++) {
            b.add(new RowKey("a1", "b1", DAY0.plusDays(t)), values[t]);
        }
        return b.build();
    }

    private static ContextualStandardization context(ContextMode mode, int window, int minDays, int minPeers, FeatureFrame train) {
        return ContextualStandardization.fit(train, ENERGY, new ContextOptions(mode, window, minDays, minPeers));
    }

    @Test
    void given_an_apartment_series_when_standardised_against_its_trailing_window_then_values_match_a_hand_computation() {
        FeatureFrame f = series(1, 2, 3, 4, 10);
        ContextualStandardization c = context(ContextMode.APARTMENT, 4, 3, 2, f);

        double[] z = c.apply(f, ENERGY).values();

        // days 0-2: fewer than 3 earlier days -> no context
        assertThat(z[0]).isNaN();
        assertThat(z[1]).isNaN();
        assertThat(z[2]).isNaN();
        // day 3: window {1, 2, 3}: median 2, MAD 1 -> (4 - 2) / 1.4826
        assertThat(z[3]).isCloseTo(2 / SIGMA, within(1e-12));
        // day 4: window {1, 2, 3, 4}: median 2.5, |dev| {1.5, .5, .5, 1.5} -> MAD 1 -> (10 - 2.5) / 1.4826
        assertThat(z[4]).isCloseTo(7.5 / SIGMA, within(1e-12));
    }

    @Test
    void given_a_flat_window_when_standardised_then_the_fitted_floor_bounds_the_scale() {
        FeatureFrame train = series(0, 10, 20, 30, 40, 50, 60);
        FeatureFrame stuck = series(0, 0, 0, 0, 5);
        ContextualStandardization c = context(ContextMode.APARTMENT, 4, 3, 2, train);
        // floor = 0.1 x 1.4826 x MAD(train) = 0.1 x 1.4826 x 20
        assertThat(c.floors()[0]).isCloseTo(0.1 * SIGMA * 20, within(1e-12));

        double[] z = c.apply(stuck, ENERGY).values();

        assertThat(z[3]).isEqualTo(0.0);
        assertThat(z[4]).isCloseTo(5 / (0.1 * SIGMA * 20), within(1e-12));
    }

    @Test
    void given_a_building_day_when_standardised_against_its_peers_then_values_match_a_hand_computation() {
        FeatureFrame.Builder b = FeatureFrame.builder(ENERGY);
        double[] values = {1, 2, 3, 4, 100};
        for (int a = 0; a < values.length; a++) {
            b.add(new RowKey("a" + a, "b1", DAY0), values[a]);
        }
        b.add(new RowKey("lonely", "b2", DAY0), 7);
        FeatureFrame f = b.build();
        ContextualStandardization c = context(ContextMode.PEERS, 28, 14, 5, f);

        double[] z = c.apply(f, ENERGY).values();

        // median 3; |dev| {2, 1, 0, 1, 97} -> MAD 1
        assertThat(z[0]).isCloseTo(-2 / SIGMA, within(1e-12));
        assertThat(z[2]).isEqualTo(0.0);
        assertThat(z[4]).isCloseTo(97 / SIGMA, within(1e-12));
        // a building with one apartment that day has fewer than 5 peers: no context
        assertThat(z[5]).isNaN();
    }

    @Test
    void given_two_views_when_standardised_side_by_side_then_each_row_carries_both() {
        FeatureFrame f = DailyFrames.heating(6, 40, 3);
        FeatureSchema s = FeatureSchema.of("daily_energy_kwh", "hdd");
        ContextOptions both = new ContextOptions(ContextMode.APARTMENT_AND_PEERS, 14, 7, 2);
        ContextOptions own = new ContextOptions(ContextMode.APARTMENT, 14, 7, 2);
        ContextOptions peers = new ContextOptions(ContextMode.PEERS, 14, 7, 2);

        RowMatrix m = ContextualStandardization.fit(f, s, both).apply(f, s);
        double[] a = ContextualStandardization.fit(f, s, own).apply(f, s).values();
        double[] p = ContextualStandardization.fit(f, s, peers).apply(f, s).values();

        assertThat(m.dimensions()).isEqualTo(4);
        int row = 30; // apt-0, day 30
        assertThat(m.values()[row * 4]).isEqualTo(a[row * 2]);
        assertThat(m.values()[row * 4 + 1]).isEqualTo(a[row * 2 + 1]);
        assertThat(m.values()[row * 4 + 2]).isEqualTo(p[row * 2]);
        assertThat(m.values()[row * 4 + 3]).isEqualTo(p[row * 2 + 1]);
    }

    @Test
    void given_apartment_then_peers_when_standardised_then_the_peer_step_reads_the_apartment_values() {
        // two buildings' worth: 5 apartments in b1 share the day's shift; the last one jumps alone
        FeatureFrame.Builder b = FeatureFrame.builder(ENERGY);
        for (int a = 0; a < 5; a++) {
            for (int t = 0; t < 6; t++) {
                double v = 10 * (a + 1) + (t % 2) + (t == 5 ? 5 : 0) + (a == 4 && t == 5 ? 20 : 0);
                b.add(new RowKey("a" + a, "b1", DAY0.plusDays(t)), v);
            }
        }
        FeatureFrame f = b.build();
        ContextualStandardization own = context(ContextMode.APARTMENT, 5, 5, 5, f);
        ContextualStandardization chained = context(ContextMode.APARTMENT_THEN_PEERS, 5, 5, 5, f);

        double[] zOwn = own.apply(f, ENERGY).values();
        double[] z = chained.apply(f, ENERGY).values();

        double[] day5 = new double[5];
        for (int a = 0; a < 5; a++) {
            day5[a] = zOwn[a * 6 + 5];
        }
        double med = io.iotad.models.stats.SampleStatistics.median(day5);
        double scale = Math.max(io.iotad.models.stats.SampleStatistics.scaledMad(day5), ContextualStandardization.Z_FLOOR);
        for (int a = 0; a < 5; a++) {
            assertThat(z[a * 6 + 5]).isCloseTo((day5[a] - med) / scale, within(1e-12));
        }
        // the shared shift cancels: the four others sit at the peer median, the jumping one far above
        assertThat(z[4 * 6 + 5]).isGreaterThan(3);
        assertThat(z[0 * 6 + 5]).isCloseTo(0.0, within(1e-9));
    }

    @ParameterizedTest
    @EnumSource(ContextMode.class)
    void given_rows_after_a_day_when_removed_then_that_days_values_are_unchanged(ContextMode mode) {
        FeatureFrame full = DailyFrames.heating(6, 50, 11);
        FeatureSchema s = DailyFrames.SCHEMA;
        ContextualStandardization c = ContextualStandardization.fit(full, s, new ContextOptions(mode, 21, 10, 2));
        long cut = DailyFrames.START.plusDays(35).toEpochDay();
        FeatureFrame before = full.filter(i -> full.epochDay(i) <= cut);

        double[] all = c.apply(full, s).values();
        double[] trimmed = c.apply(before, s).values();

        int e = c.outputDimensions();
        int k = 0;
        for (int i = 0; i < full.rowCount(); i++) {
            if (full.epochDay(i) <= cut) {
                for (int j = 0; j < e; j++) {
                    assertThat(Double.doubleToRawLongBits(trimmed[k * e + j])).as("row %d input %d", i, j)
                            .isEqualTo(Double.doubleToRawLongBits(all[i * e + j]));
                }
                k++;
            }
        }
        assertThat(k).isEqualTo(before.rowCount());
    }

    @Test
    void given_a_value_of_the_scored_day_when_changed_then_its_own_apartment_context_does_not_move() {
        FeatureFrame f = DailyFrames.heating(2, 40, 5);
        ContextualStandardization c = ContextualStandardization.fit(f, DailyFrames.SCHEMA,
                new ContextOptions(ContextMode.APARTMENT, 14, 7, 2));
        int row = 30;
        FeatureFrame changed = DailyFrames.withValue(f, row, "daily_energy_kwh", f.value(row, 0) + 1);

        double[] a = c.apply(f, DailyFrames.SCHEMA).values();
        double[] b = c.apply(changed, DailyFrames.SCHEMA).values();

        // the row moves by exactly 1 / scale (its median and MAD come from earlier days only)
        double scaleInverse = b[row * 4] - a[row * 4];
        assertThat(scaleInverse).isPositive();
        assertThat(b[(row - 1) * 4]).isEqualTo(a[(row - 1) * 4]);
    }

    @Test
    void given_no_context_when_applied_then_the_raw_values_pass_through() {
        FeatureFrame f = series(1, 2, 3);
        assertThat(context(ContextMode.NONE, 28, 14, 5, f).apply(f, ENERGY).values()).containsExactly(1, 2, 3);
    }

    @Test
    void given_context_options_when_parsed_then_they_are_validated_and_named() {
        RawOptions ok = RawOptions.of("lof", Map.of("context", "Apartment_Then_Peers", "context_window_days", 21),
                ContextOptions.KEYS);
        ContextOptions o = ContextOptions.parse("lof", ok);
        assertThat(o.mode()).isEqualTo(ContextMode.APARTMENT_THEN_PEERS);
        assertThat(o.windowDays()).isEqualTo(21);
        assertThat(o.minHistoryDays()).isEqualTo(14);
        assertThat(o.historyDays()).isEqualTo(21);
        assertThat(ContextOptions.none().historyDays()).isZero();
        assertThat(new ContextOptions(ContextMode.PEERS, 28, 14, 5).historyDays()).isZero();

        assertThatThrownBy(() -> ContextOptions.parse("lof", RawOptions.of("lof", Map.of("context", "building"), ContextOptions.KEYS)))
                .hasMessageContaining("'context'").hasMessageContaining("building").hasMessageContaining("apartment_then_peers");
        assertThatThrownBy(() -> ContextOptions.parse("lof", RawOptions.of("lof",
                Map.of("context_window_days", 7, "context_min_days", 10), ContextOptions.KEYS)))
                .hasMessageContaining("lof").hasMessageContaining("'context_min_days'").hasMessageContaining("10");
        assertThatThrownBy(() -> ContextOptions.parse("lof", RawOptions.of("lof", Map.of("context_window_days", 1), ContextOptions.KEYS)))
                .hasMessageContaining("'context_window_days'");
        assertThatThrownBy(() -> ContextOptions.parse("lof", RawOptions.of("lof", Map.of("context_min_peers", 1), ContextOptions.KEYS)))
                .hasMessageContaining("'context_min_peers'").hasMessageContaining(">= 2");
    }

    @Test
    void given_a_bad_floor_when_rebuilt_then_it_is_refused() {
        assertThatThrownBy(() -> ContextualStandardization.of(ContextOptions.none(), new double[] {0}))
                .hasMessageContaining("scale floor");
        assertThatThrownBy(() -> ContextualStandardization.of(ContextOptions.none(), new double[] {1}).apply(series(1, 2),
                FeatureSchema.of("e", "f"))).hasMessageContaining("fitted on 1 features");
    }
}
