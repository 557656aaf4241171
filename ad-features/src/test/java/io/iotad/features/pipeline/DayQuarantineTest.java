package io.iotad.features.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.contract.ContractReport;
import io.iotad.features.contract.DataContract;
import io.iotad.features.contract.RangeLimit;
import io.iotad.features.extract.ReadingsBuilder;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 5: one glitch reading (a counter at 0.0, a room at 5000 °C) fails the whole portfolio by
 * default; with {@link DayQuarantine} the apartment-day is quarantined instead: all its features missing,
 * the lags and windows of its neighbours computed without it, and the day listed in the result.
 */
class DayQuarantineTest {
    private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

    /** Ten days of hourly readings; {@code glitch} (or null) injects one reading at day 4, 12:00. */
    private static ApartmentReadings apartment(String id, String glitchSensor, double glitchValue) {
        ReadingsBuilder b = new ReadingsBuilder(id, "b1");
        double counter = 15_000;
        for (int h = 0; h < 10 * 24; h++) {
            Instant t = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * h);
            counter += 0.5 + (h % 7) * 0.1;
            b.at(t.toString()).energy(counter).temp("lr", 20 + (h % 5) * 0.2).setpoint("lr", 21);
            if (h == 4 * 24 + 12 && glitchSensor != null) {
                b.at(t.plusSeconds(60).toString()).reading(glitchSensor, glitchSensor.equals("room_temp_c") ? "lr" : "default",
                        glitchValue);
            }
        }
        return b.build();
    }

    private static Map<String, HourlyWeather> weather() {
        long start = Instant.parse("2023-12-31T00:00:00Z").getEpochSecond();
        int n = 13 * 24;
        long[] hours = new long[n];
        double[] t = new double[n];
        double[] nan = new double[n];
        for (int i = 0; i < n; i++) {
            hours[i] = start + 3600L * i;
            t[i] = 2 + (i % 24) * 0.25;
            nan[i] = Double.NaN;
        }
        return Map.of("b1", new HourlyWeather("b1", hours, t, nan, nan));
    }

    private static final List<ApartmentReadings> PORTFOLIO = List.of(apartment("a_counter", "heating_energy_kwh", 0.0),
            apartment("a_clean", null, 0), apartment("a_room", "room_temp_c", 5000.0));

    private static int row(FeatureFrame f, String apt, LocalDate day) {
        for (int i = 0; i < f.rowCount(); i++) {
            if (f.apartmentId(i).equals(apt) && f.eventDate(i).equals(day)) {
                return i;
            }
        }
        throw new AssertionError("no row " + apt + " " + day);
    }

    @Test
    void given_a_glitch_reading_when_the_default_pipeline_runs_then_the_contract_fails_for_the_whole_portfolio() {
        FeatureFrame frame = new FeaturePipeline(FeaturePipelineSpec.standard(), 2).run(PORTFOLIO, weather(), ProgressListener.NONE);

        ContractReport report = DataContract.standard().check(frame);

        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).extracting(c -> c.feature()).contains("daily_energy_kwh", "avg_room_temp_c");
        assertThat(report.failures()).anySatisfy(c -> assertThat(c.detail()).contains("a_counter", "day 2024-01-05"));
        assertThat(report.failures()).anySatisfy(c -> assertThat(c.detail()).contains("a_room", "day 2024-01-05"));
        assertThatThrownBy(() -> DataContract.standard().enforce(frame)).hasMessageContaining("expected within");
    }

    @Test
    void given_day_quarantine_when_a_glitch_breaks_a_range_then_only_that_apartment_day_is_missing_and_it_is_listed() {
        DayQuarantine quarantine = new DayQuarantine(DataContract.standard().ranges());
        FeatureFrame plain = new FeaturePipeline(FeaturePipelineSpec.standard(), 2).run(PORTFOLIO, weather(), ProgressListener.NONE);

        FeaturePipelineResult r = new FeaturePipeline(FeaturePipelineSpec.standard(), 2, quarantine)
                .compute(PORTFOLIO, weather(), ProgressListener.NONE);

        FeatureFrame f = r.frame();
        LocalDate day4 = D0.plusDays(4);
        assertThat(r.quarantinedDays()).extracting(QuarantinedDay::apartmentId, QuarantinedDay::date, QuarantinedDay::feature)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a_counter", day4, "daily_energy_kwh"),
                        org.assertj.core.groups.Tuple.tuple("a_room", day4, "avg_room_temp_c"));
        assertThat(r.quarantinedDays().get(0).value()).isGreaterThan(1000);
        assertThat(r.quarantinedDays().get(0).toMap()).containsEntry("apartment_id", "a_counter")
                .containsEntry("event_date", "2024-01-05").containsEntry("max", 1000.0);
        for (String apt : List.of("a_counter", "a_room")) {
            int q = row(f, apt, day4);
            for (int c = 0; c < f.schema().size(); c++) {
                assertThat(f.value(q, c)).as("%s %s", apt, f.schema().names().get(c)).isNaN();
            }
        }
        int next = row(f, "a_counter", day4.plusDays(1));
        int lag = f.schema().require("energy_lag_1d");
        int roll = f.schema().require("energy_roll_avg_7d");
        int energy = f.schema().require("daily_energy_kwh");
        assertThat(f.value(next, lag)).isNaN(); // the quarantined day's energy is missing, never the glitch
        double sum = 0;
        int present = 0;
        for (int d = 0; d <= 5; d++) {
            double v = f.value(row(f, "a_counter", D0.plusDays(d)), energy);
            if (!Double.isNaN(v)) {
                sum += v;
                present++;
            }
        }
        assertThat(present).isEqualTo(5); // days 0..5 but the quarantined day 4
        assertThat(f.value(next, roll)).isCloseTo(sum / present, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(plain.value(row(plain, "a_counter", day4.plusDays(1)), roll)).isGreaterThan(1000); // the glitch, unmasked
        int clean = row(f, "a_clean", day4);
        for (int c = 0; c < f.schema().size(); c++) {
            assertThat(Double.doubleToRawLongBits(f.value(clean, c)))
                    .isEqualTo(Double.doubleToRawLongBits(plain.value(row(plain, "a_clean", day4), c)));
        }
        // no range breaks are left; the quarantined days count as missing in the null rates instead
        assertThat(new DataContract(List.of(), DataContract.standard().ranges()).check(f).passed()).isTrue();
    }

    @Test
    void given_day_quarantine_and_a_clean_portfolio_when_run_then_the_frame_is_bit_identical_to_the_default() throws Exception {
        List<ApartmentReadings> apartments = FeaturePipelineTest.randomFixture();
        FeatureFrame plain = new FeaturePipeline(FeaturePipelineSpec.standard(), 2).run(apartments,
                FeaturePipelineTest.randomWeather(), ProgressListener.NONE);
        // ranges wide enough that the fixture breaks none: nothing may change
        DayQuarantine wide = new DayQuarantine(List.of(new RangeLimit("daily_energy_kwh", -1e12, 1e12)));

        FeaturePipelineResult r = new FeaturePipeline(FeaturePipelineSpec.standard(), 2, wide).compute(apartments,
                FeaturePipelineTest.randomWeather(), ProgressListener.NONE);

        assertThat(r.quarantinedDays()).isEmpty();
        for (int i = 0; i < plain.rowCount(); i++) {
            for (int c = 0; c < plain.schema().size(); c++) {
                assertThat(Double.doubleToRawLongBits(r.frame().value(i, c))).isEqualTo(Double.doubleToRawLongBits(plain.value(i, c)));
            }
        }
    }
}
