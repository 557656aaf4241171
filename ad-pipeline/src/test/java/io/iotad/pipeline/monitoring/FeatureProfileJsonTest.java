package io.iotad.pipeline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The feature profile's JSON form, read by the streaming reader: any field order, unknown fields, refusals. */
class FeatureProfileJsonTest {
    private static String quantiles(double from) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < ReferenceDistribution.LEVELS.length; i++) {
            b.append(i == 0 ? "" : ",").append(from + i);
        }
        return b.append(']').toString();
    }

    private static FeatureProfile read(String json) {
        return FeatureProfile.fromJson(json.getBytes(StandardCharsets.UTF_8), "model-7");
    }

    @Test
    void given_fields_in_any_order_and_unknown_ones_when_read_then_the_profile_is_what_they_say() {
        FeatureProfile p = read("{\"entries\":[{\"quantiles\":" + quantiles(1) + ",\"band\":2,\"note\":{\"a\":[1,2]},"
                + "\"segment\":\"bldg_1\",\"feature\":\"hdd\",\"rows\":40,\"null_rate\":0.25},"
                + "{\"segment\":\"portfolio\",\"feature\":\"daily_energy_kwh\",\"band\":-1,\"rows\":0,\"null_rate\":1.0,"
                + "\"quantiles\":[]}],"
                + "\"features\":[\"daily_energy_kwh\",\"hdd\"],\"extra\":[{\"x\":1}],\"weather_features\":[\"hdd\"],"
                + "\"hdd_band_width\":5.0,\"format_version\":1}");

        assertThat(p.hddBandWidth()).isEqualTo(5.0);
        assertThat(p.features()).containsExactly("daily_energy_kwh", "hdd");
        assertThat(p.weatherFeatures()).containsExactly("hdd");
        ReferenceDistribution d = p.get("bldg_1", "hdd", 2).orElseThrow();
        assertThat(d.rows()).isEqualTo(40);
        assertThat(d.nullRate()).isEqualTo(0.25);
        assertThat(d.quantiles()).containsExactly(java.util.stream.IntStream.range(0, ReferenceDistribution.LEVELS.length)
                .mapToDouble(i -> 1 + i).toArray());
        assertThat(p.get(FeatureProfile.PORTFOLIO, "daily_energy_kwh", HddBands.ALL).orElseThrow().quantiles()).isEmpty();
        // and what it writes it reads back the same
        assertThat(FeatureProfile.fromJson(p.toJson(), "again")).isEqualTo(p);
    }

    @Test
    void given_a_version_this_library_does_not_read_when_read_then_it_is_refused_naming_the_source() {
        assertThatThrownBy(() -> read("{\"format_version\":2,\"hdd_band_width\":5.0,\"entries\":[]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model-7").hasMessageContaining("format_version 2");
        assertThatThrownBy(() -> read("{\"hdd_band_width\":5.0,\"entries\":[]}"))
                .hasMessageContaining("format_version -1");
    }

    @Test
    void given_bytes_that_are_not_a_profile_when_read_then_they_are_refused_with_a_reason() {
        assertThatThrownBy(() -> read("{\"format_version\":1,\"entries\":[{\"segment\":\"b\",")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model-7").hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> read("[1,2]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model-7").hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> read("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model-7");
        // a distribution that breaks its own rules (quantiles decreasing) is refused by it
        assertThatThrownBy(() -> read("{\"format_version\":1,\"hdd_band_width\":5.0,\"entries\":[{\"segment\":\"b\","
                + "\"feature\":\"hdd\",\"band\":0,\"rows\":3,\"null_rate\":0,\"quantiles\":" + quantiles(1).replace("[1.0", "[99.0")
                + "}]}")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-decreasing");
    }
}
