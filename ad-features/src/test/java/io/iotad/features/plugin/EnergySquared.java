package io.iotad.features.plugin;

import io.iotad.features.extract.AbstractExtractorKind;
import io.iotad.features.extract.ApartmentDays;
import io.iotad.features.extract.DailyColumns;
import io.iotad.features.extract.Declaration;
import io.iotad.features.extract.DeclaredExtractor;
import java.util.Map;

/**
 * A test-only extractor from outside the extract package, plugged in with one class and one line
 * in {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}: a column's square.
 *
 * @param source the column squared
 * @param output the column written
 */
public record EnergySquared(String source, String output) implements DeclaredExtractor {
    /** Registry key. */
    public static final String KIND = "test_square";

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, output).reading(source).withParameters("source", source, "output", output);
    }

    @Override
    public void extract(ApartmentDays days, DailyColumns columns) {
        double[] in = columns.get(source);
        double[] out = new double[in.length];
        for (int d = 0; d < in.length; d++) {
            out[d] = in[d] * in[d];
        }
        columns.put(output, out);
    }

    /** The plug-in's kind. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers {@code test_square} and its catalogue name {@code energy_squared}. */
        public Kind() {
            super(KIND, p -> new EnergySquared(p.string("source"), p.string("output")),
                    Map.of("energy_squared", new EnergySquared("daily_energy_kwh", "energy_squared")));
        }
    }
}
