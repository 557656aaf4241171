package io.iotad.features.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.extract.ApartmentDays;
import io.iotad.features.extract.DailyColumns;
import io.iotad.features.extract.FeatureExtractors;
import io.iotad.features.extract.RollingWindow;
import io.iotad.features.ingest.IngestOptions;
import io.iotad.features.ingest.RawIngestor;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.SensorSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class FeaturePropertiesTest {
    private static final long T0 = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() * 1_000_000_000L;
    private static final long MINUTE = 60L * 1_000_000_000L;

    /** Raw lines of a few apartments over about 8 days, without duplicate readings, from a seed. */
    static List<String> rawLines(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>();
        for (int a = 0; a < 1 + rnd.nextInt(3); a++) {
            double energy = rnd.nextDouble(0, 1000);
            long minute = rnd.nextInt(600);
            while (minute < 8 * 24 * 60) {
                StringBuilder r = new StringBuilder();
                if (rnd.nextInt(10) < 8) {
                    energy = rnd.nextInt(200) == 0 ? rnd.nextDouble(0, 5) : energy + rnd.nextDouble(0, 2);
                    r.append("{\"sensor_type\":\"heating_energy_kwh\",\"value\":").append(energy).append('}');
                }
                for (String room : List.of("lr", "bed")) {
                    if (rnd.nextBoolean()) {
                        r.append(r.length() > 0 ? "," : "").append("{\"sensor_type\":\"room_temp_c\",\"room_name\":\"").append(room)
                                .append("\",\"value\":").append(15 + rnd.nextDouble(10)).append('}');
                    }
                }
                if (rnd.nextInt(8) == 0) {
                    r.append(r.length() > 0 ? "," : "").append("{\"sensor_type\":\"setpoint_temp_c\",\"room_name\":\"lr\",\"value\":")
                            .append(18 + rnd.nextInt(5)).append('}');
                }
                if (r.length() > 0) {
                    lines.add("{\"timestamp_str\":\"" + Instant.ofEpochSecond((T0 + minute * MINUTE) / 1_000_000_000L)
                            + "\",\"building_id\":\"b\",\"apartment_id\":\"a" + a + "\",\"readings\":[" + r + "]}");
                }
                minute += 1 + rnd.nextInt(rnd.nextInt(40) == 0 ? 4000 : 120);
            }
        }
        return lines;
    }

    static FeatureFrame features(List<List<String>> files) throws IOException {
        Path dir = Files.createTempDirectory("iotad-features-property");
        try {
            return features(dir, files);
        } finally {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static FeatureFrame features(Path dir, List<List<String>> files) throws IOException {
        for (int i = 0; i < files.size(); i++) {
            Files.write(dir.resolve("part-" + i + ".jsonl"), files.get(i));
        }
        List<ApartmentReadings> apartments = new RawIngestor(IngestOptions.defaults()).ingest(List.of(dir), ProgressListener.NONE).apartments();
        return new FeaturePipeline(FeaturePipelineSpec.standard(), 2).run(apartments, Map.of(), ProgressListener.NONE);
    }

    @Property(tries = 25)
    void shuffling_lines_or_splitting_them_across_files_gives_the_same_features(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int files)
            throws IOException {
        List<String> lines = rawLines(seed);
        List<String> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(seed));
        List<List<String>> split = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            split.add(new ArrayList<>());
        }
        for (int i = 0; i < shuffled.size(); i++) {
            split.get(Math.floorMod(Long.hashCode(seed) + i * 31, files)).add(shuffled.get(i));
        }
        FeatureFrame expected = features(List.of(lines));
        FeatureFrame actual = features(split);

        GoldenFixtureTest.assertFramesMatch(actual, expected);
    }

    @Property(tries = 200)
    void a_counter_reset_never_yields_negative_energy(@ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 1e6) Double> values,
                                                     @ForAll @IntRange(min = 1, max = 600) int stepMinutes) {
        long[] t = new long[values.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = T0 + i * stepMinutes * MINUTE;
        }
        SensorSeries counter = new SensorSeries("heating_energy_kwh", "default", t, values.stream().mapToDouble(Double::doubleValue).toArray());
        ApartmentReadings r = new ApartmentReadings("a", "b", List.of(counter), t);

        FeatureFrame f = new FeaturePipeline(FeaturePipelineSpec.standard().plus(List.of(FeatureExtractors.named("hourly_energy_profile"))), 1)
                .run(List.of(r), Map.of(), ProgressListener.NONE);

        for (double e : f.column("daily_energy_kwh")) {
            assertThat(Double.isNaN(e) || e >= 0).as("energy %s", e).isTrue();
        }
        for (String share : List.of("energy_share_night", "energy_share_morning", "energy_share_evening")) {
            for (double s : f.column(share)) {
                assertThat(Double.isNaN(s) || s >= 0 && s <= 1 + 1e-12).as("%s %s", share, s).isTrue();
            }
        }
    }

    @Property(tries = 200)
    void rolling_features_stay_within_their_windows_min_and_max(
            @ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = -1e4, max = 1e4) Double> raw,
            @ForAll @IntRange(min = 2, max = 10) int window, @ForAll @IntRange(min = 0, max = 3) int nanEvery) {
        double[] values = new double[raw.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = nanEvery > 0 && i % (nanEvery + 1) == 0 ? Double.NaN : raw.get(i);
        }
        ApartmentReadings span = new ApartmentReadings("a", "b", List.of(), new long[] {T0, T0 + (values.length - 1) * 1440 * MINUTE});
        ApartmentDays days = new ApartmentDays(span, null, ZoneId.of("UTC"), 48 * 60 * MINUTE);
        DailyColumns cols = new DailyColumns(days.dayCount());
        cols.put("x", values);

        new RollingWindow("x", RollingWindow.Statistic.MEAN, window, 1, "mean").extract(days, cols);
        new RollingWindow("x", RollingWindow.Statistic.STD, window, 2, "std").extract(days, cols);

        for (int d = 0; d < values.length; d++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = Math.max(0, d - window + 1); i <= d; i++) {
                if (!Double.isNaN(values[i])) {
                    lo = Math.min(lo, values[i]);
                    hi = Math.max(hi, values[i]);
                }
            }
            double mean = cols.get("mean")[d];
            double std = cols.get("std")[d];
            if (lo > hi) {
                assertThat(mean).isNaN();
                assertThat(std).isNaN();
            } else {
                double slack = 1e-9 * Math.max(1, Math.abs(lo) + Math.abs(hi));
                assertThat(mean).isBetween(lo - slack, hi + slack);
                assertThat(Double.isNaN(std) || std >= 0 && std <= hi - lo + slack).as("std %s in [0, %s]", std, hi - lo).isTrue();
            }
        }
    }

    @Property(tries = 25)
    void the_lag_equals_the_previous_days_value(@ForAll long seed) throws IOException {
        FeatureFrame f = features(List.of(rawLines(seed)));

        double[] energy = f.column("daily_energy_kwh");
        double[] lag = f.column("energy_lag_1d");
        for (int i = 0; i < f.rowCount(); i++) {
            boolean first = i == 0 || !f.apartmentId(i).equals(f.apartmentId(i - 1));
            if (first) {
                assertThat(lag[i]).isNaN();
            } else {
                assertThat(f.eventDate(i)).isEqualTo(f.eventDate(i - 1).plusDays(1));
                assertThat(Double.doubleToLongBits(lag[i])).isEqualTo(Double.doubleToLongBits(energy[i - 1]));
            }
        }
    }
}
