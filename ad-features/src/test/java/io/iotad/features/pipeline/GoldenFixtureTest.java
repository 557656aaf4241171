package io.iotad.features.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.frame.CsvFrame;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureFrameCsv;
import io.iotad.core.progress.ProgressListener;
import io.iotad.features.ingest.IngestOptions;
import io.iotad.features.ingest.IngestResult;
import io.iotad.features.ingest.RawIngestor;
import io.iotad.features.weather.WeatherLoader;
import io.iotad.features.weather.WeatherOptions;
import io.iotad.features.weather.WeatherSet;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pipeline equals the pandas reference ({@code features_pandas.py}) on the golden fixtures of
 * {@code src/test/resources/golden} to 1e-9 relative (absolute floor 1e-12), missing exactly where it is missing.
 * See the README there for the commands that regenerate the expected files.
 */
class GoldenFixtureTest {
    static final double RELATIVE = 1e-9;
    static final double ABSOLUTE_FLOOR = 1e-12;

    @ParameterizedTest(name = "{0}/{1} tz={2} stale={3} hdd={4}")
    @CsvSource({
        "edge, expected.csv, UTC, 48, 18",
        "random, expected.csv, UTC, 48, 18",
        "random, expected_berlin_stale24_hdd16.csv, Europe/Berlin, 24, 16",
    })
    void given_the_fixture_input_when_computing_features_then_every_value_equals_the_reference(
            String fixture, String expectedFile, String tz, double staleHours, double hddBase) throws Exception {
        Path dir = resource("golden/" + fixture);
        FeaturePipeline pipeline = new FeaturePipeline(FeaturePipelineSpec.standard(ZoneId.of(tz), staleHours, hddBase), 2);

        FeatureFrame actual = pipeline.run(ReferenceInput.apartments(ReferenceInput.rows(dir.resolve("raw"))),
                ReferenceInput.weather(dir.resolve("weather.csv")), ProgressListener.NONE);

        CsvFrame expected = FeatureFrameCsv.read(dir.resolve(expectedFile), pipeline.schema().names(), Set.of());
        assertFramesMatch(actual, expected.frame());
    }

    @ParameterizedTest(name = "{0}/{1} tz={2} stale={3} hdd={4}")
    @CsvSource({
        "edge, expected.csv, UTC, 48, 18",
        "random, expected.csv, UTC, 48, 18",
        "random, expected_berlin_stale24_hdd16.csv, Europe/Berlin, 24, 16",
    })
    void given_the_fixture_files_read_by_the_ingestor_and_weather_loader_when_computing_features_then_every_value_equals_the_reference(
            String fixture, String expectedFile, String tz, double staleHours, double hddBase) throws Exception {
        Path dir = resource("golden/" + fixture);
        FeaturePipeline pipeline = new FeaturePipeline(FeaturePipelineSpec.standard(ZoneId.of(tz), staleHours, hddBase), 2);
        IngestResult ingested = new RawIngestor(IngestOptions.defaults().withMaxQuarantineShare(0.5))
                .ingest(List.of(dir.resolve("raw")), ProgressListener.NONE);

        WeatherSet weather = new WeatherLoader(WeatherOptions.defaults()).load(List.of(dir.resolve("weather.csv")), Map.of());

        FeatureFrame actual = pipeline.run(ingested.apartments(), weather.byBuilding(), ProgressListener.NONE);

        CsvFrame expected = FeatureFrameCsv.read(dir.resolve(expectedFile), pipeline.schema().names(), Set.of());
        assertFramesMatch(actual, expected.frame());
    }

    static void assertFramesMatch(FeatureFrame actual, FeatureFrame expected) {
        assertThat(actual.rowCount()).as("rows").isEqualTo(expected.rowCount());
        assertThat(actual.schema()).isEqualTo(expected.schema());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < expected.rowCount(); i++) {
            assertThat(actual.key(i)).as("row %d", i).isEqualTo(expected.key(i));
            for (int c = 0; c < expected.schema().size(); c++) {
                double e = expected.value(i, c);
                double a = actual.value(i, c);
                boolean ok = Double.isNaN(e) ? Double.isNaN(a)
                        : Math.abs(a - e) <= Math.max(ABSOLUTE_FLOOR, RELATIVE * Math.abs(e));
                if (!ok) {
                    mismatches.add(expected.key(i).recordId() + " " + expected.schema().names().get(c) + ": expected " + e + ", got " + a);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(GoldenFixtureTest.class.getClassLoader().getResource(name).toURI());
    }
}
