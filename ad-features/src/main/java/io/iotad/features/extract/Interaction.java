package io.iotad.features.extract;

import java.util.Map;

/**
 * The product of two columns, an interaction term (for example {@code outdoor_temp_x_temp_diff} =
 * {@code avg_outdoor_temp_c × avg_temp_diff}, in °C²); missing when either factor is.
 *
 * @param left the first factor's column
 * @param right the second factor's column
 * @param output the column written
 */
public record Interaction(String left, String right, String output) implements DeclaredExtractor {
    /** Registry key. */
    public static final String KIND = "interaction";

    /** Validates the names. */
    public Interaction {
        FeatureExtractors.requireName("left", left);
        FeatureExtractors.requireName("right", right);
        FeatureExtractors.requireName("output", output);
    }

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, output).reading(left, right)
                .withParameters("left", left, "right", right, "output", output);
    }

    @Override
    public void extract(ApartmentDays days, DailyColumns columns) {
        double[] a = columns.get(left);
        double[] b = columns.get(right);
        double[] out = new double[a.length];
        for (int d = 0; d < out.length; d++) {
            out[d] = a[d] * b[d];
        }
        columns.put(output, out);
    }

    /** This extractor's kind, found through {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers the kind and its catalogue names. */
        public Kind() {
            super(KIND, p -> new Interaction(p.string("left"), p.string("right"), p.string("output")),
                    Map.of("outdoor_temp_x_temp_diff",
                            new Interaction("avg_outdoor_temp_c", "avg_temp_diff", "outdoor_temp_x_temp_diff")));
        }
    }
}
