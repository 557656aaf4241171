package io.iotad.features.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.extract.EnergyPerDegreeDay;
import io.iotad.features.extract.FeatureExtractor;
import io.iotad.features.extract.FeatureExtractors;
import io.iotad.features.extract.HeatingShape;
import io.iotad.features.extract.HourlyEnergyProfile;
import io.iotad.features.extract.Occupancy;
import io.iotad.features.extract.PeerRelative;
import io.iotad.features.extract.ReadingsBuilder;
import io.iotad.features.extract.RoomSetpointDeviation;
import io.iotad.features.extract.TrailingBaseline;
import io.iotad.features.extract.TrailingSlope;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.features.readings.SensorSeries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * No feature looks ahead: every feature of day D, of every apartment, is the same whether or not the
 * readings and weather after the end of D exist (issue 10). Checked for the standard ten and every
 * fault-physics extractor (short windows, so the trailing ones are defined on a short history),
 * cross-apartment peers included.
 */
class NoLookAheadPropertiesTest {
    private static final long T0 = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() * 1_000_000_000L;
    private static final long MINUTE = 60L * 1_000_000_000L;
    private static final long DAY = 24 * 60 * MINUTE;
    private static final int DAYS = 12;

    static FeaturePipelineSpec spec() {
        List<FeatureExtractor> more = List.of(new RoomSetpointDeviation(1.0), new HeatingShape(), new HourlyEnergyProfile(),
                new EnergyPerDegreeDay(1.0), new TrailingBaseline("energy_per_hdd", 4, 2, 0.05, "energy_per_hdd_baseline"),
                new TrailingSlope("energy_per_hdd", 5, 3, "energy_per_hdd_trend_5d"), new Occupancy(4, 2),
                new PeerRelative("energy_per_hdd_baseline_ratio", 2, 0.02, "peer_energy_z"),
                new PeerRelative("worst_room_deficit_k", 2, 0.1, "peer_room_deficit_z"),
                FeatureExtractors.named("energy_lag_7d"), FeatureExtractors.named("energy_roll_std_7d"));
        return FeaturePipelineSpec.standard().plus(more);
    }

    /** Readings of five apartments in two buildings over {@value #DAYS} days, with silences, from a seed. */
    static List<ApartmentReadings> readings(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ApartmentReadings> out = new ArrayList<>();
        for (int a = 0; a < 5; a++) {
            ReadingsBuilder b = new ReadingsBuilder("a" + a, a < 3 ? "b1" : "b2");
            double energy = rnd.nextDouble(0, 1000);
            double water = rnd.nextDouble(0, 1000);
            double setpoint = 20 + rnd.nextInt(3);
            long minute = rnd.nextInt(600);
            while (minute < DAYS * 24 * 60) {
                b.atNanos(T0 + minute * MINUTE);
                if (rnd.nextInt(10) < 7) {
                    energy += rnd.nextInt(100) == 0 ? -energy + rnd.nextDouble(0, 5) : rnd.nextDouble(0, 2) * rnd.nextInt(2);
                    b.energy(energy);
                }
                if (rnd.nextInt(3) == 0) {
                    water += rnd.nextDouble(0, 30) * rnd.nextInt(2);
                    b.reading("hot_water_litres", "default", water);
                }
                if (rnd.nextInt(12) == 0) {
                    setpoint = rnd.nextInt(6) == 0 ? 12 + rnd.nextInt(4) : 19 + rnd.nextInt(5) * 0.5;
                }
                for (String room : List.of("lr", "bed")) {
                    if (rnd.nextBoolean()) {
                        b.temp(room, setpoint - 3 + rnd.nextDouble(5));
                        b.setpoint(room, room.equals("bed") ? setpoint - 1 : setpoint);
                    }
                }
                minute += 1 + rnd.nextInt(rnd.nextInt(30) == 0 ? 5000 : 150);
            }
            out.add(b.build());
        }
        return out;
    }

    static Map<String, HourlyWeather> weather(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5eed);
        Map<String, HourlyWeather> out = new HashMap<>();
        for (String building : List.of("b1", "b2")) {
            int hours = DAYS * 24;
            long[] h = new long[hours];
            double[] t = new double[hours];
            for (int i = 0; i < hours; i++) {
                h[i] = T0 / 1_000_000_000L + i * 3600L;
                t[i] = rnd.nextInt(40) == 0 ? Double.NaN : rnd.nextDouble(-5, 19);
            }
            double[] nan = new double[hours];
            Arrays.fill(nan, Double.NaN);
            out.put(building, new HourlyWeather(building, h, t, nan, nan.clone()));
        }
        return out;
    }

    static ApartmentReadings until(ApartmentReadings r, long cut) {
        List<SensorSeries> kept = new ArrayList<>();
        for (SensorSeries s : r.series()) {
            int n = 0;
            while (n < s.epochNanos().length && s.epochNanos()[n] <= cut) {
                n++;
            }
            if (n > 0) {
                kept.add(new SensorSeries(s.sensorType(), s.roomName(), Arrays.copyOf(s.epochNanos(), n), Arrays.copyOf(s.values(), n)));
            }
        }
        long[] reports = Arrays.stream(r.reportInstants()).filter(t -> t <= cut).toArray();
        return new ApartmentReadings(r.apartmentId(), r.buildingId(), kept, reports);
    }

    static HourlyWeather until(HourlyWeather w, long cutSeconds) {
        int n = 0;
        while (n < w.hourStartEpochSeconds().length && w.hourStartEpochSeconds()[n] < cutSeconds) {
            n++;
        }
        return new HourlyWeather(w.buildingId(), Arrays.copyOf(w.hourStartEpochSeconds(), n), Arrays.copyOf(w.temperatureC(), n),
                Arrays.copyOf(w.humidityPct(), n), Arrays.copyOf(w.solarIrradianceWm2(), n));
    }

    @Property(tries = 40)
    void every_feature_of_a_day_is_unchanged_when_the_data_after_it_is_removed(@ForAll long seed,
                                                                                  @ForAll @IntRange(min = 0, max = DAYS - 1) int day) {
        FeaturePipeline pipeline = new FeaturePipeline(spec(), 1);
        List<ApartmentReadings> all = readings(seed);
        Map<String, HourlyWeather> weather = weather(seed);
        long cut = T0 + (day + 1) * DAY; // the end of day D (UTC calendar)
        List<ApartmentReadings> before = new ArrayList<>();
        for (ApartmentReadings r : all) {
            ApartmentReadings kept = until(r, cut);
            if (kept.reportInstants().length > 0) {
                before.add(kept);
            }
        }
        Map<String, HourlyWeather> weatherBefore = new HashMap<>();
        weather.forEach((b, w) -> weatherBefore.put(b, until(w, cut / 1_000_000_000L)));

        FeatureFrame full = pipeline.run(all, weather, ProgressListener.NONE);
        FeatureFrame truncated = pipeline.run(before, weatherBefore, ProgressListener.NONE);

        Map<String, Integer> fullRow = new HashMap<>();
        for (int i = 0; i < full.rowCount(); i++) {
            fullRow.put(full.apartmentId(i) + "/" + full.eventDate(i), i);
        }
        assertThat(truncated.rowCount()).isPositive();
        LocalDate lastDay = LocalDate.of(2024, 1, 1).plusDays(day);
        for (int i = 0; i < truncated.rowCount(); i++) {
            if (truncated.eventDate(i).isAfter(lastDay)) {
                continue; // a reading at exactly the end of D opens day D+1's row, which this property says nothing about
            }
            Integer j = fullRow.get(truncated.apartmentId(i) + "/" + truncated.eventDate(i));
            assertThat(j).as("row %s %s", truncated.apartmentId(i), truncated.eventDate(i)).isNotNull();
            for (int c = 0; c < full.schema().size(); c++) {
                assertThat(Double.doubleToLongBits(truncated.value(i, c)))
                        .as("%s of %s on %s (data to the end of day %d)", full.schema().names().get(c), truncated.apartmentId(i),
                                truncated.eventDate(i), day)
                        .isEqualTo(Double.doubleToLongBits(full.value(j, c)));
            }
        }
    }
}
