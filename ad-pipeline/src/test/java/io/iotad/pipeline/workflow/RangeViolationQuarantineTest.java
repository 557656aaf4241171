package io.iotad.pipeline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.config.IotadConfig;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.contract.ContractViolationException;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.SensorSeries;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 5 in the workflows: one heat counter reading 0.0 between two normal readings stops the run
 * by default; {@code feature_engineering.range_violations: quarantine_apartment_day} quarantines that
 * apartment-day instead, counted and listed in the step's facts (the run report).
 */
class RangeViolationQuarantineTest {
    @TempDir
    static Path dir;
    static TinyPortfolio portfolio;
    static Telemetry glitched;
    static String apartment;
    static LocalDate day;

    @BeforeAll
    static void simulateAndGlitch() throws Exception {
        portfolio = TinyPortfolio.simulate(dir.resolve("data"), 12, 3, 30, 5);
        day = portfolio.firstDay().plusDays(12);
        List<ApartmentReadings> apartments = new ArrayList<>(portfolio.telemetry().apartments());
        ApartmentReadings a = apartments.get(3);
        apartment = a.apartmentId();
        long at = day.atTime(12, 0, 30).toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
        List<SensorSeries> series = new ArrayList<>();
        for (SensorSeries s : a.series()) {
            series.add(s.sensorType().equals("heating_energy_kwh") ? withReading(s, at, 0.0) : s);
        }
        long[] instants = Arrays.copyOf(a.reportInstants(), a.reportInstants().length + 1);
        instants[instants.length - 1] = at;
        Arrays.sort(instants);
        apartments.set(3, new ApartmentReadings(a.apartmentId(), a.buildingId(), series, instants));
        Telemetry t = portfolio.telemetry();
        glitched = new Telemetry(apartments, t.weather(), t.buildings(), t.ingest());
    }

    private static SensorSeries withReading(SensorSeries s, long at, double value) {
        int n = s.size();
        long[] ts = new long[n + 1];
        double[] vs = new double[n + 1];
        int j = 0;
        boolean placed = false;
        for (int i = 0; i < n; i++) {
            if (!placed && s.epochNanos()[i] > at) {
                ts[j] = at;
                vs[j++] = value;
                placed = true;
            }
            ts[j] = s.epochNanos()[i];
            vs[j++] = s.values()[i];
        }
        if (!placed) {
            ts[j] = at;
            vs[j] = value;
        }
        return new SensorSeries(s.sensorType(), s.roomName(), ts, vs);
    }

    private static FeatureEngineering step(IotadConfig config) {
        return FeatureEngineering.of(FeatureEngineering.specFrom(config.featureEngineering()), config.featureEngineering(),
                false, ProgressListener.NONE);
    }

    @Test
    void given_the_default_configuration_when_one_counter_glitches_then_the_run_stops_naming_the_apartment_and_day() {
        assertThatThrownBy(() -> step(IotadConfig.defaults()).compute(glitched, new HashMap<>()))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("daily_energy_kwh").hasMessageContaining(apartment).hasMessageContaining(day.toString());
    }

    @Test
    void given_quarantine_apartment_day_when_one_counter_glitches_then_only_that_day_is_missing_and_it_is_reported() {
        IotadConfig config = IotadConfig.defaults()
                .withOverrides(List.of("feature_engineering.range_violations=quarantine_apartment_day"));
        Map<String, Object> facts = new HashMap<>();

        FeatureFrame frame = step(config).compute(glitched, facts);

        assertThat(facts).containsEntry("quarantined_apartment_days", 1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> detail = (List<Map<String, Object>>) facts.get("quarantined_apartment_days_detail");
        assertThat(detail).singleElement().satisfies(d -> assertThat(d).containsEntry("apartment_id", apartment)
                .containsEntry("event_date", day.toString()).containsEntry("feature", "daily_energy_kwh"));
        for (int i = 0; i < frame.rowCount(); i++) {
            if (frame.apartmentId(i).equals(apartment) && frame.eventDate(i).equals(day)) {
                assertThat(frame.value(i, frame.schema().require("daily_energy_kwh"))).isNaN();
            }
        }
        FeatureFrame clean = step(config).compute(portfolio.telemetry(), new HashMap<>());
        assertThat(frame.rowCount()).isEqualTo(clean.rowCount());
    }
}
