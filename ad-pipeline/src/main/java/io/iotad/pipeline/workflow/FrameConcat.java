package io.iotad.pipeline.workflow;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Scores;
import java.util.List;

/** Joins the routed models' frames and scores of one inference run back into one, in order. */
final class FrameConcat {
    private FrameConcat() {
    }

    /** Rows of several frames, in order, in the columns of the first (the routed models share one pipeline spec). */
    static FeatureFrame rows(List<FeatureFrame> frames) {
        if (frames.size() == 1) {
            return frames.get(0);
        }
        io.iotad.core.frame.FeatureSchema schema = frames.get(0).schema();
        FeatureFrame.Builder b = FeatureFrame.builder(schema);
        for (FeatureFrame f : frames) {
            List<String> missing = schema.missingFrom(f.schema());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("the routed models compute different features: " + missing
                        + " missing from one of them; train every archetype's model with the same feature_engineering");
            }
            FeatureFrame g = f.select(schema);
            double[][] rows = g.toRowMajor(schema);
            for (int i = 0; i < g.rowCount(); i++) {
                b.add(g.key(i), rows[i]);
            }
        }
        return b.build();
    }

    /** Scores of several models' rows as one list, in order, reasons kept. */
    static Scores scores(List<Scores> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        FeatureFrame rows = rows(parts.stream().map(Scores::rows).toList());
        double[] values = new double[rows.rowCount()];
        Scores[] part = new Scores[values.length];
        int[] index = new int[values.length];
        int n = 0;
        for (Scores p : parts) {
            for (int i = 0; i < p.size(); i++) {
                values[n] = p.score(i);
                part[n] = p;
                index[n++] = i;
            }
        }
        return Scores.of(rows, values).withReasons(i -> part[i].reason(index[i]));
    }
}
