package io.iotad.models.context;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.models.matrix.RowMatrix;
import java.util.Objects;

/**
 * The training rows of a detector that scores in context (LOF, Isolation Forest): every feature of the
 * frame checked for infinities, the context's scale floors fitted on it, and the rows standardized by
 * that context. A row missing a feature, or the history its context needs, is marked missing.
 *
 * @param context the fitted context, stored with the detector
 * @param rows the standardized training rows, in frame order
 */
public record ContextualTraining(ContextualStandardization context, RowMatrix rows) {
    /** Validates the fields. */
    public ContextualTraining {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(rows, "rows");
    }

    /**
     * @param strategy the fitting strategy's name, for the error
     * @param train the training frame; its schema is the features read, in order
     * @param options the context options
     * @return the fitted context and the standardized rows, at least 2 of them complete
     * @throws IllegalArgumentException when a feature holds an infinity, or fewer than 2 rows are complete
     *     (every feature present, and the context's history where a context is on)
     */
    public static ContextualTraining fit(String strategy, FeatureFrame train, ContextOptions options) {
        Objects.requireNonNull(options, "options");
        FeatureSchema features = train.schema();
        RowMatrix.of(train, features).requireFinite(features);
        ContextualStandardization context = ContextualStandardization.fit(train, features, options);
        RowMatrix rows = context.apply(train, features);
        int complete = rows.rows() - rows.missingRows();
        if (complete < 2) {
            throw new IllegalArgumentException(strategy + ": need at least 2 training rows without a missing feature"
                    + (options.enabled() ? " and with enough context (" + options + ")" : "") + ", got " + complete
                    + " (of " + train.rowCount() + " rows)");
        }
        return new ContextualTraining(context, rows);
    }
}
