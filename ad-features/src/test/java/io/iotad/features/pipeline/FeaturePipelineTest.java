package io.iotad.features.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.data.DataException;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class FeaturePipelineTest {
    static List<ApartmentReadings> randomFixture() throws Exception {
        Path dir = GoldenFixtureTest.resource("golden/random");
        return ReferenceInput.apartments(ReferenceInput.rows(dir.resolve("raw")));
    }

    static Map<String, HourlyWeather> randomWeather() throws Exception {
        return ReferenceInput.weather(GoldenFixtureTest.resource("golden/random/weather.csv"));
    }

    @Test
    void given_any_thread_count_and_input_order_when_running_then_the_frame_is_the_same_and_sorted() throws Exception {
        List<ApartmentReadings> apartments = new ArrayList<>(randomFixture());
        FeatureFrame one = new FeaturePipeline(FeaturePipelineSpec.standard(), 1).run(apartments, randomWeather(), ProgressListener.NONE);
        Collections.reverse(apartments);

        FeatureFrame four = new FeaturePipeline(FeaturePipelineSpec.standard(), 4).run(apartments, randomWeather(), ProgressListener.NONE);

        GoldenFixtureTest.assertFramesMatch(four, one);
        for (int i = 1; i < one.rowCount(); i++) {
            int byApartment = one.apartmentId(i).compareTo(one.apartmentId(i - 1));
            assertThat(byApartment > 0 || byApartment == 0 && one.eventDate(i).isAfter(one.eventDate(i - 1))).isTrue();
        }
    }

    @Test
    void given_a_mutable_list_when_computing_releasing_then_the_frame_is_the_same_and_every_entry_is_dropped() throws Exception {
        List<ApartmentReadings> apartments = new ArrayList<>(randomFixture());
        FeatureFrame kept = new FeaturePipeline(FeaturePipelineSpec.standard(), 2).run(apartments, randomWeather(), ProgressListener.NONE);
        Collections.reverse(apartments);
        int n = apartments.size();

        FeaturePipelineResult released = new FeaturePipeline(FeaturePipelineSpec.standard(), 2)
                .computeReleasing(apartments, randomWeather(), ProgressListener.NONE);

        GoldenFixtureTest.assertFramesMatch(released.frame(), kept);
        assertThat(apartments).hasSize(n).containsOnlyNulls();
    }

    @Test
    void given_a_run_when_it_finishes_then_progress_was_reported_up_to_the_total() throws Exception {
        List<long[]> calls = new CopyOnWriteArrayList<>();
        List<ApartmentReadings> apartments = randomFixture();

        new FeaturePipeline(FeaturePipelineSpec.standard(), 2).run(apartments, randomWeather(),
                (step, done, total) -> calls.add(new long[] {done, total}));

        assertThat(calls).isNotEmpty();
        assertThat(calls.stream().mapToLong(c -> c[0]).max().getAsLong()).isEqualTo(apartments.size());
        assertThat(calls).allMatch(c -> c[1] == apartments.size());
    }

    @Test
    void given_an_apartment_twice_when_running_then_it_fails_naming_the_apartment_and_buildings() {
        ApartmentReadings a = new ApartmentReadings("apt_1", "b1", List.of(), new long[0]);
        ApartmentReadings b = new ApartmentReadings("apt_1", "b2", List.of(), new long[0]);

        assertThatThrownBy(() -> new FeaturePipeline(FeaturePipelineSpec.standard()).run(List.of(a, b), Map.of(), ProgressListener.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("apt_1").hasMessageContaining("b1 and b2");
    }
}
