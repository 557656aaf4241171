package io.iotad.models.svm;

import io.iotad.core.detect.AbstractDetector;
import io.iotad.core.detect.MissingValuePolicy;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;
import java.util.Objects;

/**
 * A fitted {@code one_class_svm} detector. Score = the negated decision value on standardised
 * features: above 0 outside the learned boundary, and higher the farther out (unbounded, in the
 * decision function's units). Missing values: {@link MissingValuePolicy#SKIP_ROW}, a row with a
 * NaN feature scores NaN. Immutable and thread-safe.
 */
public final class OneClassSvmDetector extends AbstractDetector<OneClassSvmOptions> {
    private final Standardisation standardisation;
    private final RbfDecisionFunction function;

    /**
     * @param features the features read, in order
     * @param options the options fitted with
     * @param standardisation the training standardisation, one entry per feature
     * @param function the decision function on standardised features
     */
    public OneClassSvmDetector(FeatureSchema features, OneClassSvmOptions options, Standardisation standardisation,
                               RbfDecisionFunction function) {
        super(OneClassSvmStrategy.NAME, features, MissingValuePolicy.SKIP_ROW, options);
        this.standardisation = Objects.requireNonNull(standardisation, "standardisation");
        this.function = Objects.requireNonNull(function, "function");
        if (standardisation.size() != features.size()) {
            throw new IllegalArgumentException("standardisation has " + standardisation.size() + " features, schema "
                    + features.size());
        }
        if (function.size() > 0 && function.supportVectors()[0].length != features.size()) {
            throw new IllegalArgumentException("support vectors have " + function.supportVectors()[0].length
                    + " values, schema has " + features.size() + " features");
        }
    }

    /** @return the training standardisation */
    public Standardisation standardisation() {
        return standardisation;
    }

    /** @return the decision function on standardised features */
    public RbfDecisionFunction decisionFunction() {
        return function;
    }

    @Override
    public Scores score(FeatureFrame frame) {
        double[][] x = frame.toRowMajor(features());
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = OneClassSvmStrategy.complete(x[i]) ? -function.decision(standardisation.apply(x[i])) : Double.NaN;
        }
        return Scores.of(frame, out);
    }

    @Override
    public String toString() {
        return "OneClassSvmDetector[" + features().size() + " features, " + function.size() + " support vectors]";
    }
}
