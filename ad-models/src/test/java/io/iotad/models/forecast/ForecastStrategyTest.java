package io.iotad.models.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.detect.BatchScoring;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import io.iotad.models.options.ResidualSide;
import io.iotad.models.stats.SampleStatistics;
import io.iotad.models.testing.DailyFrames;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ForecastStrategyTest {
    private static final ForecastStrategy STRATEGY = new ForecastStrategy();
    private static final FeatureSchema SCHEMA = FeatureSchema.of("daily_energy_kwh", "hdd");
    /** A Monday. */
    private static final LocalDate START = LocalDate.of(2024, 10, 7);
    private static final double[] WEEK = {0.0, 1.0, 0.8, 0.6, 0.4, 0.2, -1.5}; // Sunday .. Saturday effect, kWh

    /**
     * One apartment: energy = 4 + weekday effect + 1.2 × HDD + Gaussian noise, with a step of
     * {@code step} kWh from day {@code stepDay} on; HDD follows a slow seasonal swing plus weather.
     */
    private static FeatureFrame apartment(int days, double noise, int stepDay, double step, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        FeatureFrame.Builder b = FeatureFrame.builder(SCHEMA);
        for (int t = 0; t < days; t++) {
            LocalDate d = START.plusDays(t);
            double hdd = Math.max(0, 10 + 6 * Math.sin(t / 30.0) + 3 * (r.nextDouble() - 0.5));
            double e = 4 + WEEK[d.getDayOfWeek().getValue() % 7] + 1.2 * hdd + noise * DailyFrames.gaussian(r)
                    + (t >= stepDay ? step : 0);
            b.add(new RowKey("apt-1", "bld-1", d), e, hdd);
        }
        return b.build();
    }

    @Test
    void given_the_registry_when_asked_for_forecast_then_it_is_found_by_service_loader() {
        assertThat(DetectorStrategies.byName("forecast")).isInstanceOf(ForecastStrategy.class);
        assertThat(DetectorStrategies.byName("forecast").supervised()).isFalse();
    }

    @Test
    void given_a_noise_free_series_when_forecast_then_the_forecast_is_exact_and_the_interval_is_the_floor() {
        FeatureFrame f = apartment(70, 0, 999, 0, 1);
        ForecastDetector d = STRATEGY.fit(f, Labels.empty(), STRATEGY.defaultOptions(), FitContext.seeded(1));

        ForecastDetector.Forecasts fc = d.forecasts(f);

        for (int t = 56; t < 70; t++) {
            assertThat(fc.predicted()[t]).as("day %d", t).isCloseTo(f.value(t, 0), within(1e-4));
            assertThat(fc.scores()[t]).as("day %d", t).isLessThan(1e-2);
        }
        // the first days have fewer than 21 usable days before them
        assertThat(fc.scores()[20]).isNaN();
        assertThat(fc.scores()[21]).isNotNaN();
    }

    @Test
    void given_a_known_step_change_when_scored_then_its_first_days_score_high_and_a_normal_week_low() {
        FeatureFrame f = apartment(120, 0.5, 100, 6.0, 7);
        Detector d = STRATEGY.bind(Map.of()).fit(f, Labels.empty(), FitContext.seeded(1));

        double[] s = d.score(f).values();

        double[] normalWeek = Arrays.copyOfRange(s, 90, 97);
        assertThat(SampleStatistics.median(normalWeek)).as("median score of a normal week").isLessThan(1.0);
        assertThat(Arrays.stream(normalWeek).max().orElseThrow()).as("worst day of a normal week").isLessThan(3.0);
        for (int t = 100; t < 102; t++) {
            assertThat(s[t]).as("day %d after a 6 kWh step (noise 0.5 kWh)", t).isGreaterThan(4.0);
        }
        // the trailing fit starts to absorb the new level, but the third day is still outside the interval
        assertThat(s[102]).isGreaterThan(2.0);
    }

    @Test
    void given_signed_residuals_when_energy_drops_then_the_drop_scores_below_zero() {
        FeatureFrame f = apartment(100, 0.3, 90, -6.0, 3);
        Detector signed = STRATEGY.bind(Map.of("residual_side", "signed")).fit(f, Labels.empty(), FitContext.seeded(1));
        Detector absolute = STRATEGY.bind(Map.of()).fit(f, Labels.empty(), FitContext.seeded(1));
        assertThat(signed.score(f).score(90)).isLessThan(-4);
        assertThat(absolute.score(f).score(90)).isGreaterThan(4);
    }

    @Test
    void given_days_after_a_scored_day_when_removed_then_its_score_is_unchanged() {
        FeatureFrame f = apartment(100, 0.5, 80, 3, 5);
        Detector d = STRATEGY.bind(Map.of()).fit(f, Labels.empty(), FitContext.seeded(1));
        LocalDate from = START.plusDays(70);
        LocalDate to = START.plusDays(85);
        Scores all = BatchScoring.inContext(d, f, from, to);
        Scores cut = BatchScoring.inContext(d, f.filter(i -> f.epochDay(i) <= to.toEpochDay()), from, to);
        long first = from.minusDays(d.historyDays()).toEpochDay();
        Scores declared = BatchScoring.inContext(d, f.filter(i -> f.epochDay(i) >= first), from, to);
        assertThat(cut.values()).containsExactly(all.values());
        assertThat(declared.values()).containsExactly(all.values());
        assertThat(d.historyDays()).isEqualTo(56);
    }

    @Test
    void given_a_holiday_when_modelled_then_it_has_its_own_effect_not_its_weekday() {
        ForecastOptions ch = ForecastOptions.parse(Map.of("holidays", "ch", "extra_holidays", List.of("2024-11-11")));
        LocalDate christmas = LocalDate.of(2024, 12, 25); // a Wednesday
        assertThat(christmas.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(ForecastDetector.regressors(christmas, 12.5, ch)).containsExactly(1, 0, 0, 0, 0, 0, 0, 1, 12.5);
        assertThat(ForecastDetector.regressors(christmas, 12.5, ForecastOptions.defaults()))
                .containsExactly(1, 0, 0, 1, 0, 0, 0, 0, 12.5);
        assertThat(ForecastDetector.regressors(LocalDate.of(2024, 12, 29), 3, ch)) // a Sunday: the baseline
                .containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 3);
        assertThat(ch.isHoliday(LocalDate.of(2024, 11, 11))).isTrue();
        assertThat(ch.isHoliday(LocalDate.of(2025, 4, 18))).as("Good Friday 2025").isTrue();
        assertThat(ch.isHoliday(LocalDate.of(2025, 4, 21))).as("Easter Monday 2025").isTrue();
        assertThat(ch.isHoliday(LocalDate.of(2025, 4, 20))).as("Easter Sunday is a Sunday, not a listed holiday").isFalse();
        assertThat(io.iotad.core.calendar.SwissHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void given_holiday_behaviour_when_the_calendar_is_known_then_holidays_score_lower_than_without_it() {
        // residents at home on holidays as on Sundays: energy on a holiday takes the Sunday level + 2 kWh
        SplittableRandom r = new SplittableRandom(4);
        ForecastOptions with = ForecastOptions.parse(Map.of("holidays", "ch", "window_days", 120, "min_history_days", 30));
        FeatureFrame.Builder b = FeatureFrame.builder(SCHEMA);
        LocalDate start = LocalDate.of(2024, 8, 1);
        for (int t = 0; t < 170; t++) {
            LocalDate d = start.plusDays(t);
            double hdd = 8 + 2 * (r.nextDouble() - 0.5);
            double e = 4 + (with.holidays().isHoliday(d) ? 2 : WEEK[d.getDayOfWeek().getValue() % 7]) + hdd + 0.2 * DailyFrames.gaussian(r);
            b.add(new RowKey("apt-1", "bld-1", d), e, hdd);
        }
        FeatureFrame f = b.build();
        int stStephen = (int) (LocalDate.of(2024, 12, 26).toEpochDay() - start.toEpochDay());
        double known = new ForecastDetector(with).score(f).score(stStephen);
        double unknown = new ForecastDetector(ForecastOptions.parse(Map.of("window_days", 120, "min_history_days", 30)))
                .score(f).score(stStephen);
        assertThat(known).isLessThan(unknown);
    }

    @Test
    void given_options_when_parsed_then_defaults_round_trip_and_bad_values_are_named() {
        ForecastOptions d = ForecastOptions.defaults();
        assertThat(d.windowDays()).isEqualTo(56);
        assertThat(d.minHistoryDays()).isEqualTo(21);
        assertThat(d.intervalWidth()).isEqualTo(0.8);
        assertThat(d.residualSide()).isEqualTo(ResidualSide.ABSOLUTE);
        assertThat(d.holidays()).isEqualTo(HolidayCalendar.NONE);
        ForecastOptions o = ForecastOptions.parse(Map.of("holidays", "CH", "extra_holidays", List.of("2025-01-03", "2024-12-31"),
                "window_days", 28));
        assertThat(o.extraHolidays()).containsExactly(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 3));
        assertThat(o.minHistoryDays()).isEqualTo(21);
        assertThat(ForecastOptions.parse(o.toMap())).isEqualTo(o);

        assertThatThrownBy(() -> ForecastOptions.parse(Map.of("window_days", 7))).hasMessageContaining("forecast")
                .hasMessageContaining("'window_days'").hasMessageContaining("7");
        assertThatThrownBy(() -> ForecastOptions.parse(Map.of("min_history_days", 5))).hasMessageContaining("'min_history_days'")
                .hasMessageContaining("[11, window_days = 56]");
        assertThatThrownBy(() -> ForecastOptions.parse(Map.of("interval_width", 1.0))).hasMessageContaining("'interval_width'");
        assertThatThrownBy(() -> ForecastOptions.parse(Map.of("holidays", "fr"))).hasMessageContaining("'holidays'")
                .hasMessageContaining("ch");
        assertThatThrownBy(() -> ForecastOptions.parse(Map.of("extra_holidays", List.of("25.12.2024"))))
                .hasMessageContaining("'extra_holidays'").hasMessageContaining("25.12.2024").hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> ForecastOptions.parse(Map.of("hdd_feature", "daily_energy_kwh")))
                .hasMessageContaining("'hdd_feature'");
        assertThatThrownBy(() -> ForecastOptions.parse(Map.of("min_scale", 0))).hasMessageContaining("'min_scale'");
        assertThatThrownBy(() -> ForecastOptions.parse(Map.of("horizon", 1))).hasMessageContaining("unknown option 'horizon'");
    }

    @Test
    void given_a_frame_too_short_or_without_hdd_when_fitted_then_the_message_says_why() {
        assertThatThrownBy(() -> STRATEGY.fit(apartment(15, 0.5, 99, 0, 1), Labels.empty(), STRATEGY.defaultOptions(),
                FitContext.seeded(1))).hasMessageContaining("no day of the training frame").hasMessageContaining("21 usable days");
        FeatureFrame noHdd = apartment(60, 0.5, 99, 0, 1).select(FeatureSchema.of("daily_energy_kwh"));
        assertThatThrownBy(() -> STRATEGY.fit(noHdd, Labels.empty(), STRATEGY.defaultOptions(), FitContext.seeded(1)))
                .hasMessageContaining("hdd");
    }

    @Test
    void given_a_detector_when_written_and_read_then_it_scores_identically_and_versions_are_checked() throws IOException {
        FeatureFrame f = apartment(80, 0.5, 70, 4, 9);
        Detector d = STRATEGY.bind(Map.of("holidays", "ch", "interval_width", 0.9)).fit(f, Labels.empty(), FitContext.seeded(1));
        Detector back = DailyFrames.roundTrip(STRATEGY.codec(), d);
        assertThat(back.options()).isEqualTo(d.options());
        assertThat(back.score(f).values()).containsExactly(d.score(f).values());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        STRATEGY.codec().write(d, out);
        assertThatThrownBy(() -> STRATEGY.codec().read(new ByteArrayInputStream(out.toByteArray()), 2))
                .isInstanceOf(UnsupportedVersionException.class);
        assertThatThrownBy(() -> STRATEGY.codec().write(DetectorStrategies.byName("stl").bind(Map.of())
                .fit(DailyFrames.heating(2, 30, 1), Labels.empty(), FitContext.seeded(1)), new ByteArrayOutputStream()))
                .hasMessageContaining("forecast");
    }
}
